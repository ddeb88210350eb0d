// CSV imports against crm-sandbox --kind civicrm over real loopback HTTP, with the cache in a real SQLite
// file: the dry run's decisions, the real run with several requests in flight, group additions, and the
// promise that running a file again after a cancel, a lost connection or a crash creates nothing twice.
#include "backends/crmbackend.h"
#include "bulk/importplan.h"
#include "bulk/importrunner.h"
#include "cache/cache.h"
#include "credentials/credentialstore.h"
#include "runhelpers.h"
#include "sandboxprocess.h"
#include "session/profilesession.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace crm;

class TestImportIntegration : public QObject {
    Q_OBJECT
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    CredentialStore m_credentials{QStringLiteral("crm-console-test")};
    QString m_name;
    std::unique_ptr<ProfileSession> m_session;
    int m_file = 0;

    static const QStringList& known()
    {
        static const QStringList k{QStringLiteral("email"), QStringLiteral("first_name"),
                                   QStringLiteral("last_name")};
        return k;
    }

    /// A CSV of n new people (prefix names them) after the header.
    static QByteArray newPeople(const QString& prefix, int n)
    {
        QByteArray csv = "email,first_name,last_name\r\n";
        for (int i = 0; i < n; ++i)
            csv += QStringLiteral("%1.%2@import.example,%1,Person %2\r\n").arg(prefix).arg(i).toUtf8();
        return csv;
    }

    QList<ImportRow> decide(ImportPlan& plan, const QByteArray& csv, const QString& action)
    {
        QString error;
        if (!plan.read(csv, 0, &error))
            return {};
        ImportSettings s;
        ImportSettings::parseAction(action, &s);
        s.mapping = ImportPlan::guessMapping(plan.header(), known());
        const Abilities can = m_session->abilities();
        return plan.decide(s, *m_session->cache(), &can);
    }

    QList<ImportRow> run(const ImportPlan& plan, const QList<ImportRow>& rows, int jobs,
                         CrmError* stopped = nullptr, std::function<void(ImportRunner&, int)> onProgress = {})
    {
        ImportRunner runner(m_session->cache(), m_session->backend());
        runner.setConcurrency(jobs);
        QSignalSpy done(&runner, &ImportRunner::finished);
        if (onProgress)
            connect(&runner, &ImportRunner::progress, this,
                    [&runner, onProgress](int d, int) { onProgress(runner, d); });
        runner.start(plan.journalKey(), rows);
        if (!done.wait(60000))
            return {};
        if (stopped)
            *stopped = done.first().first().value<CrmError>();
        return runner.rows();
    }

    int contactsWithEmail(const QString& email)
    {
        return m_sandbox
            .call(QStringLiteral("Contact"), QStringLiteral("get"),
                  {{QStringLiteral("email"), email}, {QStringLiteral("sequential"), 1}})
            .value(QLatin1String("count"))
            .toInt();
    }

    static int count(const QList<ImportRow>& rows, ImportRow::Outcome o)
    {
        return int(
            std::count_if(rows.begin(), rows.end(), [o](const ImportRow& r) { return r.outcome == o; }));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<CrmError>();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.start(200, {QStringLiteral("--kind"), QStringLiteral("civicrm")}));
        m_name = QStringLiteral("import-") + QUuid::createUuid().toString(QUuid::Id128);
        auto [w, _] = await<int>(
            m_credentials.write(m_name, {{QStringLiteral("api_key"), SandboxProcess::apiKey()},
                                         {QStringLiteral("site_key"), SandboxProcess::siteKey()}}));
        QVERIFY(!w);
        Profile p;
        p.name = m_name;
        p.kind = QStringLiteral("civicrm");
        p.baseUrl = m_sandbox.url();
        p.options.insert(QStringLiteral("timeout_ms"), QStringLiteral("2000"));
        m_session = std::make_unique<ProfileSession>(p, &m_credentials, &m_nam);
        QVERIFY(!m_session->openCache(m_dir.filePath(QStringLiteral("import.sqlite"))));
        auto [c, __] = await<int>(m_session->connectBackend());
        QVERIFY2(!c, qPrintable(c.userMessage()));
        QVERIFY(!runSync(m_session->syncEngine()));
    }
    void init() { m_sandbox.setFaults({}); }
    void cleanupTestCase()
    {
        m_session.reset();
        await<int>(m_credentials.remove(m_name, {QStringLiteral("api_key"), QStringLiteral("site_key")}));
    }

    void upsertCreatesAndUpdates()
    {
        const Member first = *m_session->cache()->member(QStringLiteral("1"));
        const Member second = *m_session->cache()->member(QStringLiteral("2"));
        QByteArray csv = newPeople(QStringLiteral("upsert"), 3);
        csv += QStringLiteral("%1,%2,Renamed\r\n").arg(first.email.toUpper(), first.firstName).toUtf8();
        csv += QStringLiteral(" %1 ,%2,%3\r\n").arg(second.email, second.firstName, second.lastName).toUtf8();
        ImportPlan plan;
        const QList<ImportRow> rows = decide(plan, csv, QStringLiteral("upsert"));
        QCOMPARE(count(rows, ImportRow::Outcome::Create), 3);
        QCOMPARE(count(rows, ImportRow::Outcome::Update), 1);
        QCOMPARE(count(rows, ImportRow::Outcome::Unchanged), 1);
        QCOMPARE(rows[3].fields, (QVariantMap{{QStringLiteral("last_name"), QStringLiteral("Renamed")}}));

        const QList<ImportRow> result = run(plan, rows, 4);
        QCOMPARE(count(result, ImportRow::Outcome::Created), 3);
        QCOMPARE(count(result, ImportRow::Outcome::Updated), 1);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(!result[i].memberId.isEmpty());
            const auto made = m_session->cache()->member(result[i].memberId);
            QVERIFY(made);
            QCOMPARE(made->lastName, QStringLiteral("Person %1").arg(i));
            QCOMPARE(contactsWithEmail(result[i].email), 1);
        }
        QCOMPARE(m_session->cache()->member(QStringLiteral("1"))->lastName, QStringLiteral("Renamed"));
        // The report has one line a row.
        QCOMPARE(ImportPlan::reportCsv(result).count("\r\n"), qsizetype(result.size() + 1));
    }

    void runningAFileAgainCreatesNothingTwice()
    {
        const QByteArray csv = newPeople(QStringLiteral("again"), 30);
        ImportPlan plan;
        const QList<ImportRow> rows = decide(plan, csv, QStringLiteral("create"));
        QCOMPARE(count(rows, ImportRow::Outcome::Create), 30);
        // Cancelled after ten.
        CrmError stopped;
        const QList<ImportRow> first = run(plan, rows, 1, &stopped, [](ImportRunner& r, int done) {
            if (done == 10)
                r.cancel();
        });
        QCOMPARE(stopped.kind, CrmError::Kind::Cancelled);
        QCOMPARE(count(first, ImportRow::Outcome::Created), 10);
        QCOMPARE(count(first, ImportRow::Outcome::NotSent), 20);
        // The same decisions sent again (as after a crash that lost the window): the journal knows the ten.
        const QList<ImportRow> second = run(plan, rows, 4);
        QCOMPARE(count(second, ImportRow::Outcome::Unchanged), 10);
        QCOMPARE(count(second, ImportRow::Outcome::Created), 20);
        // Decided afresh from the cache: nothing left to create.
        ImportPlan again;
        const QList<ImportRow> third = decide(again, csv, QStringLiteral("create"));
        QCOMPARE(count(third, ImportRow::Outcome::Unchanged), 30);
        for (int i = 0; i < 30; ++i)
            QCOMPARE(contactsWithEmail(QStringLiteral("again.%1@import.example").arg(i)), 1);
    }

    void aCreationSentBeforeACrashIsFoundNotRepeated()
    {
        const QByteArray csv = newPeople(QStringLiteral("crash"), 2);
        ImportPlan plan;
        const QList<ImportRow> rows = decide(plan, csv, QStringLiteral("create"));
        // As if the last run died after the CRM made row 1's contact but before the answer was kept.
        m_sandbox.call(QStringLiteral("Contact"), QStringLiteral("create"),
                       {{QStringLiteral("contact_type"), QStringLiteral("Individual")},
                        {QStringLiteral("email"), QStringLiteral("crash.0@import.example")},
                        {QStringLiteral("first_name"), QStringLiteral("crash")}});
        QSqlQuery q(m_session->cache()->database());
        q.prepare(QStringLiteral("INSERT INTO import_journal(file, row, state) VALUES(?, 1, 'sending')"));
        q.addBindValue(QString::fromLatin1(plan.journalKey()));
        QVERIFY(q.exec());
        const QList<ImportRow> result = run(plan, rows, 2);
        QCOMPARE(count(result, ImportRow::Outcome::Created), 2);
        QVERIFY2(result[0].reason.contains(QStringLiteral("earlier run")), qPrintable(result[0].reason));
        QCOMPARE(contactsWithEmail(QStringLiteral("crash.0@import.example")), 1);
        QCOMPARE(contactsWithEmail(QStringLiteral("crash.1@import.example")), 1);
    }

    void aLostConnectionStopsTheRunAndTheNextRunFinishesIt()
    {
        const QByteArray csv = newPeople(QStringLiteral("lost"), 8);
        ImportPlan plan;
        const QList<ImportRow> rows = decide(plan, csv, QStringLiteral("create"));
        QVERIFY(m_sandbox.setFaults({{QStringLiteral("drop_every"), 1}}));
        CrmError stopped;
        const QList<ImportRow> first = run(plan, rows, 4, &stopped);
        m_sandbox.setFaults({});
        QVERIFY2(stopped.isUnreachable(), qPrintable(stopped.userMessage()));
        QCOMPARE(count(first, ImportRow::Outcome::Created), 0);
        QCOMPARE(count(first, ImportRow::Outcome::Failed) + count(first, ImportRow::Outcome::NotSent), 8);
        for (const ImportRow& r : first)
            QVERIFY(!r.reason.isEmpty());
        const QList<ImportRow> second = run(plan, rows, 4);
        QCOMPARE(count(second, ImportRow::Outcome::Created), 8);
        for (int i = 0; i < 8; ++i)
            QCOMPARE(contactsWithEmail(QStringLiteral("lost.%1@import.example").arg(i)), 1);
    }

    void theSameFileWithAnotherActionIsAnotherImport()
    {
        const QByteArray csv = newPeople(QStringLiteral("twice"), 3);
        ImportPlan plan;
        QList<ImportRow> rows = decide(plan, csv, QStringLiteral("create"));
        QCOMPARE(count(run(plan, rows, 2), ImportRow::Outcome::Created), 3);
        // Then the same file adds them to a group: the journal of the creation does not stand in the way.
        ImportPlan again;
        rows = decide(again, csv, QStringLiteral("group:2"));
        QVERIFY(again.journalKey() != plan.journalKey());
        QCOMPARE(count(rows, ImportRow::Outcome::AddToGroup), 3);
        QCOMPARE(count(run(again, rows, 2), ImportRow::Outcome::Added), 3);
    }

    void addToAGroup()
    {
        QByteArray csv = "email\r\n";
        QStringList ids;
        for (const QString& id : {QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("7")}) {
            const auto m = m_session->cache()->member(id);
            QVERIFY(m && !m->email.isEmpty());
            csv += m->email.toUtf8() + "\r\n";
            ids.append(id);
        }
        csv += "nobody@import.example\r\n";
        ImportPlan plan;
        QList<ImportRow> rows = decide(plan, csv, QStringLiteral("group:3"));
        QCOMPARE(count(rows, ImportRow::Outcome::AddToGroup), 3);
        QCOMPARE(count(rows, ImportRow::Outcome::Skipped), 1);
        const QList<ImportRow> result = run(plan, rows, 3);
        QCOMPARE(count(result, ImportRow::Outcome::Added), 3);
        for (const QString& id : ids)
            QVERIFY(m_session->cache()->groupsOf(id).contains(QStringLiteral("3")));
        // A smart group is refused row by row, before anything is sent.
        ImportPlan smart;
        rows = decide(smart, csv, QStringLiteral("group:5"));
        QCOMPARE(count(rows, ImportRow::Outcome::Invalid), 3);
        QVERIFY(rows.first().reason.contains(QStringLiteral("smart")));
    }
};

QTEST_GUILESS_MAIN(TestImportIntegration)
#include "tst_import_integration.moc"
