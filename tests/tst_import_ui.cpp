// The import wizard in the real main window, offscreen, against crm-sandbox --kind civicrm: a file with
// changes, new people and mistakes goes through every page; the dry run lists each row, the run sends
// the planned ones and the report can be saved.
#include "cache/cache.h"
#include "credentials/credentialstore.h"
#include "dialogs/accountsdialog.h"
#include "import/importwizard.h"
#include "mainwindow.h"
#include "models/memberstablemodel.h"
#include "profiles/profilestore.h"
#include "runhelpers.h"
#include "sandboxprocess.h"
#include "session/profilesession.h"
#include "windowhelpers.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace crm;

class TestImportUi : public QObject {
    Q_OBJECT
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    CredentialStore m_credentials{QStringLiteral("crm-console-test")};
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MainWindow> m_window;
    QString m_name;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("CRM_CONSOLE_NO_DIALOGS", "1");
        qRegisterMetaType<CrmError>();
        QVERIFY(m_sandbox.start(120, {QStringLiteral("--kind"), QStringLiteral("civicrm")}));
        m_name = QStringLiteral("import-ui-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
        Profile p;
        p.name = m_name;
        p.kind = QStringLiteral("civicrm");
        p.baseUrl = m_sandbox.url();
        p.options.insert(QStringLiteral("timeout_ms"), QStringLiteral("3000"));
        m_window = WindowTest::openWindow(m_profiles.get(), &m_credentials, &m_nam, p,
                                          {{QStringLiteral("api_key"), SandboxProcess::apiKey()},
                                           {QStringLiteral("site_key"), SandboxProcess::siteKey()}});
        QVERIFY(m_window);
        QSignalSpy synced(m_window.get(), &MainWindow::syncFinished);
        m_window->startSync();
        QVERIFY(synced.wait(30000));
    }
    void cleanupTestCase()
    {
        m_window.reset();
        await<int>(m_credentials.remove(m_name, {QStringLiteral("api_key"), QStringLiteral("site_key")}));
    }

    void wizardImportsAFileWithMistakes()
    {
        const int before = m_window->membersModel()->rowCount();
        const Member known = *m_window->session()->cache()->member(QStringLiteral("3"));
        QByteArray csv = "\xEF\xBB\xBF"
                         "Mail;Given name;Family name\r\n";
        csv += known.email.toUpper().toUtf8() + ";" + known.firstName.toUtf8() + ";Changed\r\n";
        csv += "new.one@import.example;New;One\r\n"
               "\"new.two@import.example\";\"Two, the\";Second\r\n"
               "broken-address;X;Y\r\n"
               "new.one@import.example;Again;Again\r\n"
               "short@import.example;Short\r\n";
        const QString path = m_dir.filePath(QStringLiteral("people.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(csv) == csv.size());
        f.close();

        m_window->findChild<QAction*>(QStringLiteral("importAction"))->trigger();
        ImportWizard* wizard = nullptr;
        QTRY_VERIFY((wizard = m_window->findChild<ImportWizard*>()));
        QVERIFY(wizard->openFile(path));
        QVERIFY(wizard->currentPage()->isComplete());
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPage));
        // "Mail", "Given name" and "Family name" are guessed.
        QCOMPARE(WindowTest::find<QComboBox>(wizard, "map_0")->currentData().toString(),
                 QStringLiteral("email"));
        QCOMPARE(WindowTest::find<QComboBox>(wizard, "map_1")->currentData().toString(),
                 QStringLiteral("first_name"));
        QCOMPARE(WindowTest::find<QComboBox>(wizard, "map_2")->currentData().toString(),
                 QStringLiteral("last_name"));
        // Without an e-mail column nothing can be matched: the page does not let you on.
        wizard->setColumnField(0, {});
        QVERIFY(!wizard->currentPage()->isComplete());
        wizard->setColumnField(0, QStringLiteral("email"));
        QVERIFY(wizard->currentPage()->isComplete());
        wizard->next();
        wizard->setAction(ImportSettings::Action::CreateOrUpdate);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPage));
        auto* preview = WindowTest::find<QTableWidget>(wizard, "previewTable");
        QCOMPARE(preview->rowCount(), 6);
        using O = ImportRow::Outcome;
        const QList<O> planned{O::Update, O::Create, O::Create, O::Invalid, O::Skipped, O::Invalid};
        for (int i = 0; i < planned.size(); ++i)
            QCOMPARE(wizard->decided().at(i).outcome, planned[i]);
        QVERIFY(wizard->saveReport(m_dir.filePath(QStringLiteral("dry.csv"))));

        QSignalSpy finished(wizard, &ImportWizard::importFinished);
        wizard->next();
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.first().first().value<CrmError>());
        const QList<ImportRow> results = wizard->results();
        const QList<O> done{O::Updated, O::Created, O::Created, O::Invalid, O::Skipped, O::Invalid};
        for (int i = 0; i < done.size(); ++i)
            QCOMPARE(results.at(i).outcome, done[i]);
        QVERIFY(wizard->currentPage()->isComplete());
        const QString report = m_dir.filePath(QStringLiteral("report.csv"));
        QVERIFY(wizard->saveReport(report));
        QFile r(report);
        QVERIFY(r.open(QIODevice::ReadOnly));
        const QByteArray text = r.readAll();
        QVERIFY(text.contains("created") && text.contains("not a valid e-mail"));
        wizard->accept();
        QTRY_COMPARE(m_window->membersModel()->rowCount(), before + 2);
        QCOMPARE(m_window->session()->cache()->member(QStringLiteral("3"))->lastName,
                 QStringLiteral("Changed"));

        // The mapping is remembered for a file with the same header.
        m_window->findChild<QAction*>(QStringLiteral("importAction"))->trigger();
        QTRY_VERIFY((wizard = m_window->findChild<ImportWizard*>()));
        QVERIFY(wizard->openFile(path));
        wizard->next();
        QCOMPARE(WindowTest::find<QComboBox>(wizard, "map_2")->currentData().toString(),
                 QStringLiteral("last_name"));
        wizard->reject();
    }

    void userAccountsForContactsWithoutOne()
    {
        auto* action = m_window->findChild<QAction*>(QStringLiteral("accountsAction"));
        QVERIFY(action->isVisible()); // CiviCRM contacts may lack a CMS account
        m_window->findChild<QTableView*>(QStringLiteral("memberTable"))->clearSelection();
        action->trigger();
        AccountsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<AccountsDialog*>()));
        QCOMPARE(dialog->rows().size(), m_window->membersModel()->rowCount());
        int create = 0;
        for (const AccountPlan::Row& r : dialog->rows()) {
            const auto m = m_window->session()->cache()->member(r.memberId);
            if (r.outcome == AccountPlan::Row::Outcome::Create) {
                ++create;
                QVERIFY(m->userId.isEmpty() && !r.userName.isEmpty());
            }
            if (r.outcome == AccountPlan::Row::Outcome::HasAccount)
                QVERIFY(!m->userId.isEmpty());
        }
        QVERIFY(create > 0);
        const QString path = m_dir.filePath(QStringLiteral("user-import.csv"));
        QVERIFY(dialog->welcomeEmail());
        QVERIFY(dialog->saveImportFile(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count("\r\n"), qsizetype(create + 1));
        dialog->close();
    }

    void tenThousandRowsFromTheWizard()
    {
        QByteArray csv = "email,first_name,last_name\r\n";
        for (int i = 0; i < 10000; ++i)
            csv += QStringLiteral("wizard.%1@import.example,Wizard,Row %1\r\n").arg(i).toUtf8();
        const QString path = m_dir.filePath(QStringLiteral("tenthousand.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(csv) == csv.size());
        f.close();
        const int before = m_window->membersModel()->rowCount();
        m_window->findChild<QAction*>(QStringLiteral("importAction"))->trigger();
        ImportWizard* wizard = nullptr;
        QTRY_VERIFY((wizard = m_window->findChild<ImportWizard*>()));
        QVERIFY(wizard->openFile(path));
        wizard->next();
        wizard->next();
        wizard->setAction(ImportSettings::Action::Create);
        wizard->next();
        QCOMPARE(wizard->decided().size(), 10000);
        QSignalSpy finished(wizard, &ImportWizard::importFinished);
        wizard->next();
        QVERIFY(finished.wait(180000));
        QVERIFY(!finished.first().first().value<CrmError>());
        const QList<ImportRow> results = wizard->results();
        QCOMPARE(results.size(), 10000);
        for (const ImportRow& r : results)
            QVERIFY2(r.outcome == ImportRow::Outcome::Created && !r.memberId.isEmpty(), qPrintable(r.reason));
        const QString report = m_dir.filePath(QStringLiteral("tenthousand-report.csv"));
        QVERIFY(wizard->saveReport(report));
        QFile r(report);
        QVERIFY(r.open(QIODevice::ReadOnly));
        QCOMPARE(r.readAll().count("created"), qsizetype(10000));
        wizard->accept();
        QTRY_COMPARE(m_window->membersModel()->rowCount(), before + 10000);
    }
};

QTEST_MAIN(TestImportUi)
#include "tst_import_ui.moc"
