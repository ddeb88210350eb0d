#pragma once

#include "tones.h"

#include <optional>

#include <QDialog>
#include <QMap>
#include <QPointer>
#include <QVariantMap>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace crm {

class MemberVerbs;
class CrmCall;

/// "New member": the e-mail (checked with the CRM as you type, half a second after the last key), and
/// the optional fields the CRM accepts. A taken e-mail blocks OK; a check that cannot be made (no
/// connection) is said but does not, since the creation then waits in the outbox.
class NewMemberDialog : public QDialog {
    Q_OBJECT
public:
    /// fields: the CRM's optional fields (Abilities::memberFields), lists among them (given comma-
    /// separated, address lines with "|"); checker: the verbs when the CRM can check e-mails now, else null
    /// with noCheck saying why.
    NewMemberDialog(const QStringList& fields, const QStringList& lists, MemberVerbs* checker,
                    QString noCheck, QWidget* parent = nullptr);
    ~NewMemberDialog() override;

    /// "email" and every filled field, flags as "1"/"0".
    QVariantMap values() const;
    /// What the e-mail check said last, for tests: "available", "taken", "checking", "unchecked", "invalid".
    QString emailState() const { return m_state; }

Q_SIGNALS:
    void emailChecked(const QString& state);

private:
    void emailEdited();
    void check();
    /// tone colours the status; none leaves it in the theme's text colour.
    void setState(const QString& state, const QString& text, std::optional<Tones::Tone> tone);
    void validate();

    MemberVerbs* m_checker;
    QString m_noCheck;
    QStringList m_lists;
    QLineEdit* m_email;
    QLabel* m_emailStatus;
    QMap<QString, QLineEdit*> m_texts;
    QMap<QString, QCheckBox*> m_flags;
    QDialogButtonBox* m_buttons;
    QTimer* m_debounce;
    QPointer<CrmCall> m_call;
    QString m_state = QStringLiteral("invalid");
};

} // namespace crm
