// The window when the data cannot be trusted: a server certificate nobody vouches for (shown with its
// fingerprint, trusted for the one connection on request), and a damaged local copy (said so, rebuilt
// by a full sync that keeps the unsent edits). Real dialogs, clicked as a person would.
#include "cache/cache.h"
#include "credentials/credentialstore.h"
#include "dialogs/connectiondialog.h"
#include "mainwindow.h"
#include "models/memberstablemodel.h"
#include "profiles/profilestore.h"
#include "sandboxprocess.h"
#include "session/profilesession.h"
#include "windowhelpers.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace crm;

class TestRecoveryUi : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    CredentialStore m_credentials{QStringLiteral("crm-console-test")};
    std::unique_ptr<ProfileStore> m_profiles;

    /// Clicks the button labelled like label in the message box named name once it shows; saves a
    /// screenshot of it first when CRM_SCREENSHOT_DIR is set.
    void clickWhenShown(const QString& name, const QString& label, bool* clicked)
    {
        auto* poll = new QTimer(this);
        connect(poll, &QTimer::timeout, this, [poll, name, label, clicked] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box || box->objectName() != name)
                return;
            poll->deleteLater();
            if (const QByteArray dir = qgetenv("CRM_SCREENSHOT_DIR"); !dir.isEmpty())
                box->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name +
                                 QStringLiteral(".png"));
            for (QAbstractButton* b : box->buttons())
                if (b->text().remove(QLatin1Char('&')).startsWith(label)) {
                    *clicked = true;
                    b->click();
                    return;
                }
        });
        poll->start(50);
    }

    static bool makeCertificate(const QString& dir)
    {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                       dir + QStringLiteral("/c.key"), QStringLiteral("-out"), dir + QStringLiteral("/c.pem"),
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")});
        return openssl.waitForFinished(60000) && openssl.exitCode() == 0;
    }

    /// A REMP sandbox answering over https with a self-signed certificate made in dir (c.pem, c.key).
    static bool startSelfSigned(SandboxProcess& site, const QString& dir, int members)
    {
        return makeCertificate(dir) &&
               site.start(members, {QStringLiteral("--kind"), QStringLiteral("remp"),
                                    QStringLiteral("--tls-cert"), dir + QStringLiteral("/c.pem"),
                                    QStringLiteral("--tls-key"), dir + QStringLiteral("/c.key")});
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<CrmError>();
        // The rebuild saves unsent edits in Documents: this test's own.
        qputenv("HOME", m_dir.path().toLocal8Bit());
        m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
    }

    void untrustedCertificateIsShownAndTrustedOnRequest()
    {
        QTemporaryDir certs;
        SandboxProcess site;
        QVERIFY(startSelfSigned(site, certs.path(), 40));
        Profile p;
        p.name = QStringLiteral("tls-") + QUuid::createUuid().toString(QUuid::Id128).left(6);
        p.kind = QStringLiteral("remp");
        p.baseUrl = site.url();
        p.options.insert(QStringLiteral("groups"), QStringLiteral("1:Newsletter"));
        auto window =
            WindowTest::openWindow(m_profiles.get(), &m_credentials, &m_nam, p,
                                   {{QStringLiteral("api_token"), QStringLiteral("sandbox-api-token")}});
        QVERIFY(window);
        QSignalSpy finished(window.get(), &MainWindow::syncFinished);
        bool trusted = false;
        clickWhenShown(QStringLiteral("trustCertificateBox"), QStringLiteral("Trust this certificate"),
                       &trusted);
        window->startSync();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().value<CrmError>().kind, CrmError::Kind::Certificate);
        QTRY_VERIFY(trusted);
        // Trusted: the pin is with the profile, and the sync that follows gets through.
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 2, 20000);
        QVERIFY2(!finished.at(1).first().value<CrmError>(),
                 qPrintable(finished.at(1).first().value<CrmError>().userMessage()));
        QFile pem(certs.filePath(QStringLiteral("c.pem")));
        QVERIFY(pem.open(QIODevice::ReadOnly));
        QCOMPARE(m_profiles->profile(p.name)->options.value(QStringLiteral("tls_certificate_sha256")),
                 QString::fromLatin1(QSslCertificate(&pem).digest(QCryptographicHash::Sha256).toHex()));
        QVERIFY(window->membersModel()->rowCount() > 0);
    }

    void connectionDialogOffersToTrustTheCertificate()
    {
        QTemporaryDir certs;
        SandboxProcess site;
        QVERIFY(startSelfSigned(site, certs.path(), 20));
        ConnectionDialog dialog(&m_nam, {});
        Profile p;
        p.name = QStringLiteral("New self-signed");
        p.kind = QStringLiteral("remp");
        p.baseUrl = site.url();
        dialog.setValues(p, {{QStringLiteral("api_token"), QStringLiteral("sandbox-api-token")}});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* trust = WindowTest::find<QCheckBox>(&dialog, "trustCertificate");
        QVERIFY(!trust->isVisible());
        QSignalSpy tested(&dialog, &ConnectionDialog::testFinished);
        dialog.testConnection();
        QVERIFY(tested.wait(20000));
        QVERIFY(!tested.first().first().toBool());
        // Refused, and the choice to trust it shows its fingerprint; nothing is trusted until ticked.
        QVERIFY(trust->isVisible());
        QVERIFY(!trust->isChecked());
        QFile pem(certs.filePath(QStringLiteral("c.pem")));
        QVERIFY(pem.open(QIODevice::ReadOnly));
        const QString sha =
            QString::fromLatin1(QSslCertificate(&pem).digest(QCryptographicHash::Sha256).toHex());
        const QString said = WindowTest::find<QLabel>(&dialog, "testResult")->text();
        QVERIFY2(said.contains(sha.left(4).toUpper().insert(2, QLatin1Char(':'))), qPrintable(said));
        QVERIFY(!dialog.profile().options.contains(QStringLiteral("tls_certificate_sha256")));
        if (const QByteArray dir = qgetenv("CRM_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/connection-trust.png"));
        trust->setChecked(true); // tested again, with the pin
        QVERIFY(tested.wait(20000));
        QVERIFY(tested.last().first().toBool());
        QCOMPARE(dialog.profile().options.value(QStringLiteral("tls_certificate_sha256")), sha);
    }

    void damagedCacheIsRebuiltKeepingTheEdits()
    {
        SandboxProcess site;
        QVERIFY(site.start(400));
        Profile p;
        p.name = QStringLiteral("damaged-") + QUuid::createUuid().toString(QUuid::Id128).left(6);
        p.kind = QStringLiteral("civicrm");
        p.baseUrl = site.url();
        p.options.insert(QStringLiteral("timeout_ms"), QStringLiteral("3000"));
        const QMap<QString, QString> keys{{QStringLiteral("api_key"), SandboxProcess::apiKey()},
                                          {QStringLiteral("site_key"), SandboxProcess::siteKey()}};
        QString file;
        qint64 members = 0;
        {
            auto window = WindowTest::openWindow(m_profiles.get(), &m_credentials, &m_nam, p, keys);
            QVERIFY(window);
            QSignalSpy finished(window.get(), &MainWindow::syncFinished);
            window->startSync();
            QVERIFY(finished.wait(30000));
            members = window->session()->cache()->countMembers({});
            // An edit waits: the CRM is down for a moment.
            QVERIFY(
                site.setFaults({{QStringLiteral("fail_every"), 1}, {QStringLiteral("fail_status"), 503}}));
            QVERIFY(window->session()->outbox().recordUpdate(
                QStringLiteral("12"), {{QStringLiteral("last_name"), QStringLiteral("Kept")}}));
            file = window->session()->cache()->filePath();
        }
        site.setFaults({});
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek((f.size() / 3) & ~qint64(4095)));
            QVERIFY(f.write(QByteArray(64 * 1024, 'Z')) > 0);
        }
        QVERIFY(!Cache(file).open()); // (a first open notices nothing without a reason to check)
        QFile note(Cache::damageNoteFor(file));
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write("found damaged by an earlier use");
        note.close();
        // The window says so and offers the rebuild; a person presses Rebuild.
        MainWindow window(m_profiles.get(), &m_credentials, &m_nam);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(&window, &MainWindow::syncFinished);
        bool rebuilt = false;
        clickWhenShown(QStringLiteral("rebuildBox"), QStringLiteral("Rebuild"), &rebuilt);
        window.openProfile(p.name);
        QTRY_VERIFY(rebuilt);
        QVERIFY(finished.wait(30000));
        QVERIFY2(!finished.first().first().value<CrmError>(),
                 qPrintable(finished.first().first().value<CrmError>().userMessage()));
        QCOMPARE(window.session()->cache()->countMembers({}), members);
        QCOMPARE(window.session()->cache()->member(QStringLiteral("12"))->lastName, QStringLiteral("Kept"));
        QTRY_COMPARE(window.session()->outbox().openCount(), 0);
        const QStringList saved =
            QDir(m_dir.filePath(QStringLiteral("Documents"))).entryList({QStringLiteral("*.json")});
        QCOMPARE(saved.size(), 1);
        if (const QByteArray dir = qgetenv("CRM_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(100);
            window.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/rebuilt.png"));
        }
    }
};

QTEST_MAIN(TestRecoveryUi)
#include "tst_recovery_ui.moc"
