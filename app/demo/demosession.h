#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

class QNetworkAccessManager;

namespace crm {

class CredentialStore;
class MainWindow;
class ProfileStore;

/// "crm-console --demo": starts crm-sandbox on a free loopback port emulating one kind of CRM (the
/// registry entry names its emulator and its demo connection), saves that connection with the sandbox's
/// published keys in the keychain (in memory when no keychain answers), opens it and syncs. Two more
/// kinds show CiviCRM another way: "civicrm-oauth2" signs in through the sandbox site's OAuth2 pages,
/// "civicrm-import" names a connection for trying imports.
class DemoSession : public QObject {
    Q_OBJECT
public:
    DemoSession(MainWindow* window, ProfileStore* profiles, CredentialStore* credentials,
                QNetworkAccessManager* nam, QObject* parent = nullptr);
    ~DemoSession() override;

    /// Every kind start() takes.
    static QStringList kinds();
    /// Starts the sandbox with members members and opens its connection; an unknown kind is civicrm.
    void start(int members, const QString& kind);
    QString kind() const { return m_kind; }
    QUrl sandboxUrl() const { return m_url; }
    /// Changes the sandbox's faults (its /_sandbox/faults document), e.g. {"latency_ms":400}.
    void setSandboxFaults(const QByteArray& json);
    /// Stops the sandbox: the CRM is gone.
    void stopSandbox();

Q_SIGNALS:
    /// The connection is open and its first sync started.
    void opened();
    /// An OAuth2 connection is about to sign in (a browser is about to open).
    void aboutToSignIn();

private:
    void onSandboxReady(const QUrl& url);

    MainWindow* m_window;
    ProfileStore* m_profiles;
    CredentialStore* m_credentials;
    QNetworkAccessManager* m_nam;
    QProcess m_sandbox;
    QUrl m_url;
    QString m_kind;
};

} // namespace crm
