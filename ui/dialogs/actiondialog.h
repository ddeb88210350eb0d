#pragma once

#include "domain/member.h"

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace crm {

/// "Record a member action" (Identity): the whole member_actions/create payload. Action type, technical
/// type, external id, name, description, time and opt-in; consents (public id, level, method, option);
/// source (source, medium, campaign); metadata and survey responses as rows; and the cons_hash, made
/// from the member's cached record and editable as JSON.
class ActionDialog : public QDialog {
    Q_OBJECT
public:
    /// subject: who acted, as the CRM names them (MemberVerbs::actionSubject), shown editable.
    ActionDialog(const Member& member, const QJsonObject& subject, QWidget* parent = nullptr);

    /// The payload as the CRM takes it (without the token).
    QJsonObject payload() const;
    /// Why the form cannot be sent, or an empty string.
    QString problem() const;
    /// Adds a consent row (for tests and the demo).
    void addConsent(const QString& publicId, const QString& level, const QString& method = {},
                    const QString& option = {});
    void addMetadata(const QString& key, const QString& value);

private:
    void validate();

    QLineEdit* m_type;
    QLineEdit* m_technical;
    QLineEdit* m_externalId;
    QLineEdit* m_name;
    QLineEdit* m_description;
    QLineEdit* m_language;
    QDateTimeEdit* m_time;
    QCheckBox* m_optIn;
    QTableWidget* m_consents;
    QLineEdit* m_source;
    QLineEdit* m_medium;
    QLineEdit* m_campaign;
    QTableWidget* m_metadata;
    QTableWidget* m_survey;
    QPlainTextEdit* m_consHash;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace crm
