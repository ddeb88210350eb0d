#include "connectionsetup.h"

#include "credentials/credentialstore.h"
#include "dialogs/connectiondialog.h"
#include "net/crmcall.h"
#include "profiles/profilestore.h"
#include "recoveryprompts.h"

#include <QWidget>

namespace crm {

ConnectionSetup::ConnectionSetup(QWidget* window, ProfileStore* profiles, CredentialStore* credentials,
                                 QNetworkAccessManager* nam, QObject* parent)
    : QObject(parent), m_window(window), m_profiles(profiles), m_credentials(credentials), m_nam(nam)
{
}

void ConnectionSetup::newConnection()
{
    QStringList taken;
    for (const Profile& p : m_profiles->profiles())
        taken.append(p.name);
    ConnectionDialog dialog(m_nam, taken, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Profile p = dialog.profile();
    CrmCall* write = m_credentials->write(p.name, dialog.secrets());
    connect(write, &CrmCall::finished, this, [this, write, p] {
        if (!write->ok() && write->error().kind != CrmError::Kind::Keychain) {
            Q_EMIT failed(tr("Cannot store the keys"), write->error());
            return;
        }
        m_profiles->save(p);
        Q_EMIT created(p, write->ok());
    });
}

void ConnectionSetup::askSessionKeys(const Profile& profile, const CrmError& error)
{
    if (!RecoveryPrompts::askSessionOnly(m_window, error))
        return;
    m_credentials->setSessionOnly(true);
    ConnectionDialog dialog(m_nam, {}, m_window);
    dialog.setWindowTitle(tr("Keys for this session"));
    dialog.setValues(profile, {});
    if (dialog.exec() != QDialog::Accepted)
        return;
    CrmCall* write = m_credentials->write(profile.name, dialog.secrets());
    connect(write, &CrmCall::finished, this, &ConnectionSetup::sessionKeysKept);
}

void ConnectionSetup::pinCertificate(Profile profile, const QString& sha256)
{
    profile.options.insert(QStringLiteral("tls_certificate_sha256"), sha256);
    m_profiles->save(profile);
}

} // namespace crm
