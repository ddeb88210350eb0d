#pragma once

#include "profiles/profile.h"

#include <QDialog>
#include <QMap>
#include <QPointer>
#include <QSet>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace crm {

struct BackendKind;
class CrmCall;
struct KindOption;

/// Creates or edits a connection: name, CRM kind, address, the kind's secrets (never echoed; optional
/// ones such as a REMP staff password may stay empty), a staff e-mail where the CRM has staff logins,
/// the flock for SheepCRM, and custom-field labels for CiviCRM. A CiviCRM connection may sign in through
/// the site's OAuth2 server instead of an API key: then it takes the client id (and an optional client
/// secret), and the caller signs in after saving. "Test connection" makes one call with what is
/// typed and says what is wrong: unreachable, wrong site key, wrong API key, or not a CRM endpoint at all.
/// The caller stores the profile and puts the secrets in the keychain.
class ConnectionDialog : public QDialog {
    Q_OBJECT
public:
    ConnectionDialog(QNetworkAccessManager* nam, QStringList takenNames, QWidget* parent = nullptr);

    Profile profile() const;
    QMap<QString, QString> secrets() const;
    /// Fills the form (for tests and the demo).
    void setValues(const Profile& profile, const QMap<QString, QString>& secrets);
    /// Runs "Test connection" as the button does.
    void testConnection();
    QString testResult() const;

Q_SIGNALS:
    void testFinished(bool ok);

private:
    void validate();
    /// Shows the choice to trust the certificate a test met (trusted: it is the profile's pin already).
    void offerCertificate(const QString& sha256, bool trusted);
    void kindChanged();
    void rebuildSecrets();
    const BackendKind* currentKind() const;
    bool optionShown(const KindOption& option) const;

    QNetworkAccessManager* m_nam;
    QStringList m_taken;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QLineEdit* m_url;
    QMap<QString, QLineEdit*> m_secretEdits;
    QFormLayout* m_form;
    QLineEdit* m_customFields;
    QMap<QString, QLineEdit*> m_optionEdits; ///< every kind's options, by option name
    QComboBox* m_auth;
    QCheckBox* m_trust = nullptr;
    QString m_offeredCertificate; ///< SHA-256 of the certificate m_trust offers, lower-case hex
    QSet<QString> m_optional;     ///< secrets the kind may have but does not need
    QPushButton* m_test;
    QLabel* m_result;
    QDialogButtonBox* m_buttons;
    QPointer<CrmCall> m_testCall;
};

} // namespace crm
