#pragma once

#include "domain/crmerror.h"
#include "profiles/profile.h"

#include <QObject>

class QNetworkAccessManager;
class QWidget;

namespace crm {

class CredentialStore;
class ProfileStore;

/// Sets connections up: New connection… (the form, then its keys into the keychain and the profile
/// saved), keys kept for this session only when there is no keychain, and a server certificate pinned
/// for a connection. It says when a connection is ready to open; the window opens it.
class ConnectionSetup : public QObject {
    Q_OBJECT
public:
    ConnectionSetup(QWidget* window, ProfileStore* profiles, CredentialStore* credentials,
                    QNetworkAccessManager* nam, QObject* parent = nullptr);

    /// Asks for a new connection. created() follows once its keys are kept.
    void newConnection();
    /// No keychain: offers to keep profile's keys in memory until the console quits, and asks for them.
    /// sessionKeysKept() follows when they are.
    void askSessionKeys(const Profile& profile, const CrmError& error);
    /// Trusts the certificate with this SHA-256 fingerprint for the connection (a pin saved with the
    /// profile, never "ignore errors").
    void pinCertificate(Profile profile, const QString& sha256);

Q_SIGNALS:
    /// A new connection is saved; keysKept is false when the keychain could not take them (the window
    /// opens it and asks again).
    void created(const crm::Profile& profile, bool keysKept);
    void sessionKeysKept();
    void failed(const QString& title, const crm::CrmError& error);

private:
    QWidget* m_window;
    ProfileStore* m_profiles;
    CredentialStore* m_credentials;
    QNetworkAccessManager* m_nam;
};

} // namespace crm
