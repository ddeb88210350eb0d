#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>
#include <functional>
#include <memory>

class QTemporaryDir;
class SandboxBrowser;

class QNetworkAccessManager;

namespace crm {
class CredentialStore;
class MainWindow;
class ProfileStore;
} // namespace crm

/// "crm-console --demo": starts crm-sandbox on a free loopback port, saves a "Demo sandbox" profile
/// with the sandbox's keys in the keychain (or in memory when no keychain answers), opens it and syncs.
/// With a screenshot folder it then walks through the main views, saves a PNG of each and quits.
/// The sandbox emulates CiviCRM, REMP CRM with kind "remp" (profile "Demo REMP"), or SheepCRM with kind
/// "sheep" (profile "Demo SheepCRM", which starts empty: members are looked up by e-mail). Kind
/// "civicrm-oauth2" opens a CiviCRM profile that signs in through the sandbox site's OAuth2 pages.
class Demo : public QObject {
    Q_OBJECT
public:
    Demo(crm::MainWindow* window, crm::ProfileStore* profiles, crm::CredentialStore* credentials,
         QNetworkAccessManager* nam, QObject* parent = nullptr);
    ~Demo() override;

    void start(int members, const QString& screenshotDir, const QString& kind = QStringLiteral("civicrm"));

private:
    void onSandboxReady(const QUrl& url);
    void tour();
    void rempTour();
    void sheepTour();
    void identityTour();
    /// Signs the OAuth2 demo profile in (in screenshot mode through a SandboxBrowser).
    void signIn();
    void signInTour();
    /// The import wizard's pages on a file with changes, new people and mistakes; the export dialog.
    void importTour();
    /// Runs the steps one after another, waiting ms between them.
    void steps(QList<std::function<void()>> list, int ms = 400);
    void setSandboxFaults(const QByteArray& json);
    void shot(QWidget* widget, const QString& name);

    crm::MainWindow* m_window;
    crm::ProfileStore* m_profiles;
    crm::CredentialStore* m_credentials;
    QNetworkAccessManager* m_nam;
    QProcess m_sandbox;
    QUrl m_url;
    QString m_shots;
    QString m_kind;
    std::unique_ptr<SandboxBrowser> m_browser;
    std::unique_ptr<QTemporaryDir> m_temp;
};
