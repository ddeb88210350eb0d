// The REMP adapter, sync engine and outbox against crm-sandbox --kind remp over real loopback HTTP,
// with the API token in the real keychain and the cache in a real SQLite file.
#include "backends/crmbackend.h"
#include "cache/cache.h"
#include "credentials/credentialstore.h"
#include "outbox/outboxstore.h"
#include "runhelpers.h"
#include "sandboxprocess.h"
#include "session/profilesession.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace crm;

class TestRempIntegration : public QObject {
    Q_OBJECT
    static constexpr int Users = 2500; // every 97th is anonymized and every 50th deactivated: not listed
    static constexpr int Listed = 2425;

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    CredentialStore m_credentials{QStringLiteral("crm-console-test")};
    QString m_profileName;

    std::unique_ptr<ProfileSession> session(const QString& cacheName)
    {
        Profile p;
        p.name = m_profileName;
        p.kind = QStringLiteral("remp");
        p.baseUrl = m_sandbox.url();
        p.options.insert(QStringLiteral("groups"), QStringLiteral("1:Newsletter;2:Premium readers;9:Gone"));
        p.options.insert(QStringLiteral("timeout_ms"), QStringLiteral("1500"));
        auto s = std::make_unique<ProfileSession>(p, &m_credentials, &m_nam);
        if (s->openCache(m_dir.filePath(cacheName)))
            return nullptr;
        auto [e, _] = await<int>(s->connectBackend());
        return e ? nullptr : std::move(s);
    }

    void setToken(const QString& token)
    {
        auto [e, _] = await<int>(m_credentials.write(m_profileName, {{QStringLiteral("api_token"), token}}));
        QVERIFY2(!e, qPrintable(e.userMessage()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<CrmError>();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.start(Users, {QStringLiteral("--kind"), QStringLiteral("remp")}));
        m_profileName = QStringLiteral("remp-") + QUuid::createUuid().toString(QUuid::Id128);
    }

    void init()
    {
        m_sandbox.setFaults({});
        setToken(QStringLiteral("sandbox-api-token"));
    }

    void cleanupTestCase() { await<int>(m_credentials.remove(m_profileName, {QStringLiteral("api_token")})); }

    void syncListsEveryUserOverPagesOfAThousand()
    {
        auto s = session(QStringLiteral("sync.sqlite"));
        QVERIFY(s);
        QVERIFY(s->backend()->capabilities() & CrmBackend::Groups);
        QVERIFY(!(s->backend()->capabilities() & CrmBackend::GroupMembersListed));
        const CrmError e = runSync(s->syncEngine());
        QVERIFY2(!e, qPrintable(e.userMessage()));
        QCOMPARE(s->cache()->countMembers({}), Listed);
        QCOMPARE(m_sandbox.stats()
                     .value(QLatin1String("by_call"))
                     .toObject()
                     .value(QLatin1String("/api/v1/users/list"))
                     .toInt(),
                 1 + 3); // the count, then pages 1, 2 and 3
        QCOMPARE(s->cache()->member(QStringLiteral("1"))->email, QStringLiteral("admin@crm.press"));
        QVERIFY(!s->cache()->member(QStringLiteral("97"))); // anonymized
        QVERIFY(!s->cache()->member(QStringLiteral("50"))); // deactivated
        MemberQuery q;
        q.search = QStringLiteral("admin");
        QCOMPARE(s->cache()->countMembers(q), 1);
        // The groups are the profile's list.
        QCOMPARE(s->cache()->groups().size(), 3);
        QCOMPARE(s->cache()->group(QStringLiteral("2"))->title, QStringLiteral("Premium readers"));
    }

    void groupChangesGoByEmailAndSurviveTheNextSync()
    {
        auto s = session(QStringLiteral("groups.sqlite"));
        QVERIFY(s);
        QVERIFY(!runSync(s->syncEngine()));
        QVERIFY(s->outbox().recordMembership(OutboxEntry::Op::GroupAdd, QStringLiteral("2"),
                                             QStringLiteral("5")));
        QVERIFY(s->outbox().recordMembership(OutboxEntry::Op::GroupAdd, QStringLiteral("1"),
                                             QStringLiteral("6")));
        QVERIFY(s->outbox().recordMembership(OutboxEntry::Op::GroupRemove, QStringLiteral("1"),
                                             QStringLiteral("6")));
        RunResult r = runOutbox(s->outboxRunner());
        QVERIFY2(!r.error, qPrintable(r.error.userMessage()));
        QCOMPARE(r.sent, 3);
        QVERIFY(s->cache()->groupsOf(QStringLiteral("5")).contains(QStringLiteral("2")));
        QVERIFY(!s->cache()->groupsOf(QStringLiteral("6")).contains(QStringLiteral("1")));
        // REMP cannot list memberships: a sync keeps what the console did.
        QVERIFY(!runSync(s->syncEngine()));
        QVERIFY(s->cache()->groupsOf(QStringLiteral("5")).contains(QStringLiteral("2")));

        // A group the server does not have: refused with REMP's own words, nothing else lost.
        QVERIFY(s->outbox().recordMembership(OutboxEntry::Op::GroupAdd, QStringLiteral("9"),
                                             QStringLiteral("5")));
        r = runOutbox(s->outboxRunner());
        QCOMPARE(r.failed, 1);
        QList<OutboxEntry> failed;
        for (const OutboxEntry& entry : s->outbox().open())
            if (entry.state == OutboxEntry::State::Failed)
                failed.append(entry);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().error.contains(QLatin1String("Group doesn't exists")),
                 qPrintable(failed.first().error));
    }

    void failureMatrix_data()
    {
        QTest::addColumn<QJsonObject>("faults");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("kind");
        using K = CrmError::Kind;
        const QString good = QStringLiteral("sandbox-api-token");
        QTest::newRow("bad token") << QJsonObject{} << QStringLiteral("not-the-token") << int(K::Auth);
        QTest::newRow("500") << QJsonObject{{QStringLiteral("fail_every"), 1},
                                            {QStringLiteral("fail_status"), 500}}
                             << good << int(K::Protocol);
        QTest::newRow("html") << QJsonObject{{QStringLiteral("html_every"), 1}} << good << int(K::Protocol);
        QTest::newRow("truncated json")
            << QJsonObject{{QStringLiteral("truncate_every"), 1}} << good << int(K::Protocol);
        QTest::newRow("malformed json")
            << QJsonObject{{QStringLiteral("malformed_every"), 1}} << good << int(K::Protocol);
        QTest::newRow("dropped connection")
            << QJsonObject{{QStringLiteral("drop_every"), 1}} << good << int(K::Network);
        QTest::newRow("timeout") << QJsonObject{{QStringLiteral("hang_every"), 1}} << good << int(K::Timeout);
        QTest::newRow("fails mid-sync")
            << QJsonObject{{QStringLiteral("fail_every"), 3}} << good << int(K::Protocol);
    }
    void failureMatrix()
    {
        QFETCH(QJsonObject, faults);
        QFETCH(QString, token);
        QFETCH(int, kind);
        auto s = session(QStringLiteral("matrix-%1.sqlite")
                             .arg(QString::fromLatin1(QTest::currentDataTag())
                                      .replace(QLatin1Char(' '), QLatin1Char('_'))));
        QVERIFY(s);
        QVERIFY(!runSync(s->syncEngine()));
        QVERIFY(s->outbox().recordMembership(OutboxEntry::Op::GroupAdd, QStringLiteral("2"),
                                             QStringLiteral("7")));

        setToken(token);
        auto broken = session(QStringLiteral("matrix-%1.sqlite")
                                  .arg(QString::fromLatin1(QTest::currentDataTag())
                                           .replace(QLatin1Char(' '), QLatin1Char('_'))));
        QVERIFY(broken);
        s.reset();
        QVERIFY(m_sandbox.setFaults(faults));
        const CrmError e = runSync(broken->syncEngine());
        const RunResult r = runOutbox(broken->outboxRunner());
        m_sandbox.setFaults({});
        QVERIFY(e);
        QCOMPARE(int(e.kind), kind);
        QVERIFY(!e.userMessage().isEmpty());
        // Nothing lost: every cached user and the pending change are still there.
        QCOMPARE(broken->cache()->countMembers({}), Listed);
        QCOMPARE(broken->outbox().pending().size(),
                 QTest::currentDataTag() == QByteArray("fails mid-sync") && !r.error ? 0 : 1);
        QString report;
        QVERIFY2(broken->cache()->checkIntegrity(&report), qPrintable(report));
    }
};

QTEST_GUILESS_MAIN(TestRempIntegration)
#include "tst_remp_integration.moc"
