#pragma once

#include "domain/member.h"

#include <QGroupBox>
#include <QMap>
#include <QVariantMap>
#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace crm {

/// One field of a section: how it is edited and read.
struct FieldSpec {
    enum class Kind { Text, Date, Choice, Flag, Email, Phone, PostalCode };
    QString key; ///< the CRM's field name
    /// As a person reads it, without an & mnemonic: in the main window a label's Alt+letter would
    /// compete with the menus and tabs. Fields are reached with Tab from the first, which takes the
    /// focus; check boxes get a free letter from MnemonicKeeper.
    QString label;
    Kind kind = Kind::Text;
    QString list; ///< for Choice: the ChoiceList it takes values from
};

/// One section of a member record (names, preferences, a phone...), read as a form and edited in place:
/// Edit (or F2, or Enter on the section) turns the labels into editors, Save sends what changed as one
/// change, Escape or Cancel puts the values back. Values are checked as they are typed
/// (FieldValues::problem), and Save waits until they are right.
class SectionEditor : public QGroupBox {
    Q_OBJECT
public:
    explicit SectionEditor(const QString& title, QWidget* parent = nullptr);

    /// The fields, in form order, and where Choice fields find their values and names.
    void setFields(const QList<FieldSpec>& fields);
    void setChoices(const QMap<QString, QList<Choice>>& choices);
    /// The country whose postal code shape applies (its ISO code), read from the section's own
    /// country_id field when it has one.
    void setCountryCode(const QString& iso) { m_countryCode = iso; }
    /// What the section shows; the editors start from it.
    void setValues(const QVariantMap& values);
    QVariantMap values() const { return m_values; }
    /// Opens the editors, filled with values (what was shown, or a refused change to correct).
    void edit(const QVariantMap& values);
    void edit() { edit(m_values); }
    bool isEditing() const;
    /// Whether Edit is offered (off while not connected to a CRM that edits these).
    void setEditable(bool editable);
    /// The Edit button's text (with its mnemonic), e.g. "&Edit names".
    void setEditText(const QString& text);

Q_SIGNALS:
    /// Save: the fields whose values changed (all of them, for a section that adds), and the values
    /// they had.
    void saved(const QVariantMap& changed, const QVariantMap& before);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QWidget* makeEditor(const FieldSpec& f);
    QVariant editorValue(const FieldSpec& f) const;
    void setEditorValue(const FieldSpec& f, const QVariant& v);
    QString shown(const FieldSpec& f, const QVariant& v) const;
    void check();
    void save();
    void cancel();

    QList<FieldSpec> m_fields;
    QMap<QString, QList<Choice>> m_choices;
    QVariantMap m_values;
    QString m_countryCode;
    QStackedWidget* m_stack;
    QFormLayout* m_view;
    QFormLayout* m_form;
    QMap<QString, QLabel*> m_labels;
    QMap<QString, QWidget*> m_editors;
    QLabel* m_problem;
    QPushButton* m_editButton;
    QDialogButtonBox* m_buttons;
    bool m_editable = true;
};

} // namespace crm
