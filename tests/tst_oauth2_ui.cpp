// The real main window on a CiviCRM connection that signs in through the site (OAuth2), offscreen,
// against crm-sandbox --kind civicrm: "open in the browser" goes to a SandboxBrowser that answers the
// site's consent page, so the whole sign-in runs as it does for a person, up to the signed-in name and
// picture in the status bar and the person's groups.
#include "backends/crmbackend.h"
#include "credentials/credentialstore.h"
#include "dialogs/connectiondialog.h"
#include "mainwindow.h"
#include "models/memberstablemodel.h"
#include "profiles/crmkinds.h"
#include "profiles/profilestore.h"
#include "runhelpers.h"
#include "sandboxbrowser.h"
#include "sandboxprocess.h"
#include "session/profilesession.h"
#include "widgets/signedinbadge.h"
#include "windowhelpers.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUuid>

using namespace crm;

class TestOAuth2Ui : public QObject {
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    CredentialStore m_credentials{QStringLiteral("crm-console-test")};
    SandboxBrowser m_browser;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MainWindow> m_window;
    QString m_name;

    template <class T> T* find(const char* name) const { return WindowTest::find<T>(m_window.get(), name); }
    QString badgeText() const { return find<QToolButton>("signedInButton")->text(); }
    QAction* action(const char* name) const { return find<QAction>(name); }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("CRM_CONSOLE_NO_DIALOGS", "1");
        qRegisterMetaType<CrmError>();
        QVERIFY(m_sandbox.start(80, {QStringLiteral("--kind"), QStringLiteral("civicrm")}));
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "openUrl");
        m_name = QStringLiteral("oauth2-ui-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
        Profile p;
        p.name = m_name;
        p.kind = QStringLiteral("civicrm");
        p.baseUrl = m_sandbox.url().resolved(QUrl(QStringLiteral("/civicrm/ajax/rest")));
        p.options.insert(QStringLiteral("auth"), QStringLiteral("oauth2"));
        p.options.insert(QStringLiteral("oauth_redirect_port"),
                         QStringLiteral("0")); // tests run side by side
        p.options.insert(QStringLiteral("oauth_client_id"), QStringLiteral("crm-console"));
        p.options.insert(QStringLiteral("timeout_ms"), QStringLiteral("3000"));
        m_profiles->save(p);
        auto [e, _] = await<int>(
            m_credentials.write(m_name, {{QStringLiteral("site_key"), SandboxProcess::siteKey()}}));
        QVERIFY(!e);
        await<int>(m_credentials.remove(m_name, {QStringLiteral("oauth2_tokens")}));
        m_window = std::make_unique<MainWindow>(m_profiles.get(), &m_credentials, &m_nam);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy ready(m_window.get(), &MainWindow::backendReady);
        m_window->openProfile(m_name);
        QVERIFY(ready.wait(20000));
        QCOMPARE(ready.first().first().toBool(), false); // nobody signed in yet
    }
    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        m_window.reset();
        await<int>(m_credentials.remove(m_name, Backends::allSecretNames(QStringLiteral("civicrm"))));
    }

    void notSignedInOffersSignIn()
    {
        QVERIFY(find<SignedInBadge>("signedInBadge")->isVisible());
        QVERIFY(badgeText().startsWith(QStringLiteral("Sign in")));
        QVERIFY(action("signInAction")->isVisible());
        QVERIFY(action("signInAction")->isEnabled());
        QVERIFY(!action("whoAmIAction")->isEnabled());
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Sign in")),
                 qPrintable(m_window->statusBar()->currentMessage()));
    }

    void refusedConsentIsSaid()
    {
        m_browser.setChoice(SandboxBrowser::Choice::Deny);
        action("signInAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().contains(QStringLiteral("Allow")),
                                 20000);
        QVERIFY(badgeText().startsWith(QStringLiteral("Sign in")));
        QVERIFY(m_browser.lastOpened().toString().contains(QStringLiteral("/oauth2/authorize?")));
        QVERIFY(!m_window->findChild<QDialog*>(QStringLiteral("signInDialog")) ||
                !m_window->findChild<QDialog*>(QStringLiteral("signInDialog"))->isVisible());
    }

    void signInShowsWhoInTheStatusBar()
    {
        m_browser.setChoice(SandboxBrowser::Choice::Allow);
        QSignalSpy synced(m_window.get(), &MainWindow::syncFinished);
        action("signInAction")->trigger();
        // The first sign-in of a connection starts its first sync.
        QVERIFY(synced.wait(30000));
        QVERIFY(!synced.first().first().value<CrmError>());
        QCOMPARE(m_window->membersModel()->rowCount(), 79);
        QTRY_VERIFY_WITH_TIMEOUT(badgeText().startsWith(QStringLiteral("Signed in as ")), 20000);
        auto* picture = find<QLabel>("signedInPicture");
        QVERIFY(picture->isVisible());
        QVERIFY(!picture->pixmap().isNull());
        QVERIFY(find<QToolButton>("signedInButton")->toolTip().contains(QStringLiteral("(smart)")));
        QVERIFY(action("whoAmIAction")->isEnabled());
    }

    void whoIsSignedInListsTheirGroups()
    {
        action("whoAmIAction")->trigger();
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog*>(QStringLiteral("signedInUserDialog"))));
        auto* groups = WindowTest::find<QTableWidget>(dialog, "signedInGroups");
        QCOMPARE(groups->rowCount(), 3);
        QStringList kinds;
        for (int i = 0; i < groups->rowCount(); ++i)
            kinds.append(groups->item(i, 1)->text());
        QCOMPARE(kinds.filter(QStringLiteral("Smart")).size(), 1);
        QCOMPARE(WindowTest::find<QLabel>(dialog, "sub")->text(), QStringLiteral("1021"));
        QCOMPARE(WindowTest::find<QLabel>(dialog, "contactId")->text(), QStringLiteral("21"));
        dialog->close();
    }

    void withdrawnSignInAsksAgainAndKeepsTheCache()
    {
        m_sandbox.control(QStringLiteral("/_sandbox/oauth2/revoke"));
        const int rows = m_window->membersModel()->rowCount();
        QSignalSpy synced(m_window.get(), &MainWindow::syncFinished);
        m_window->startSync();
        QVERIFY(synced.wait(30000));
        QCOMPARE(synced.first().first().value<CrmError>().code, CrmError::SignInNeeded);
        QTRY_VERIFY(badgeText().startsWith(QStringLiteral("Sign in")));
        QCOMPARE(m_window->membersModel()->rowCount(), rows);
        // Signing in again brings the badge back.
        action("signInAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(badgeText().startsWith(QStringLiteral("Signed in as ")), 20000);
    }

    void signOutForgetsTheSignIn()
    {
        action("signOutAction")->trigger();
        QTRY_VERIFY(badgeText().startsWith(QStringLiteral("Sign in")));
        auto [e, secrets] =
            await<QMap<QString, QString>>(m_credentials.read(m_name, {QStringLiteral("oauth2_tokens")}));
        QVERIFY(secrets.value(QStringLiteral("oauth2_tokens")).isEmpty());
    }

    void connectionDialogAsksForTheClientNotTheKey()
    {
        ConnectionDialog dialog(&m_nam, {});
        auto* kind = WindowTest::find<QComboBox>(&dialog, "kind");
        kind->setCurrentIndex(kind->findData(QStringLiteral("civicrm")));
        auto* auth = WindowTest::find<QComboBox>(&dialog, "auth");
        auth->setCurrentIndex(auth->findData(QStringLiteral("oauth2")));
        WindowTest::find<QLineEdit>(&dialog, "name")->setText(QStringLiteral("Signed"));
        WindowTest::find<QLineEdit>(&dialog, "url")
            ->setText(m_sandbox.url().resolved(QUrl(QStringLiteral("/civicrm/ajax/rest"))).toString());
        QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("api_key")));
        WindowTest::find<QLineEdit>(&dialog, "site_key")->setText(SandboxProcess::siteKey());
        auto* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
        QVERIFY(!save->isEnabled()); // no client id yet
        WindowTest::find<QLineEdit>(&dialog, "clientId")->setText(QStringLiteral("crm-console"));
        QVERIFY(save->isEnabled());
        QVERIFY(!WindowTest::find<QPushButton>(&dialog, "testButton")->isEnabled());
        const Profile p = dialog.profile();
        QVERIFY(p.usesOAuth2());
        QCOMPARE(p.options.value(QStringLiteral("oauth_client_id")), QStringLiteral("crm-console"));
        QCOMPARE(dialog.secrets().keys(), QStringList{QStringLiteral("site_key")});
    }
};

QTEST_MAIN(TestOAuth2Ui)
#include "tst_oauth2_ui.moc"
