// The CiviCRM adapter, sync engine and outbox against crm-sandbox over real loopback HTTP, with the
// profile's keys in the real keychain and the cache in a real SQLite file.
#include "appversion.h"
#include "backends/crmbackend.h"
#include "cache/cache.h"
#include "credentials/credentialstore.h"
#include "net/crmcall.h"
#include "outbox/outboxrunner.h"
#include "runhelpers.h"
#include "sandboxprocess.h"
#include "session/profilesession.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace crm;

class TestCiviCrmIntegration : public QObject {
    Q_OBJECT
    static constexpr int Members = 2600;

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    CredentialStore m_credentials{QStringLiteral("crm-console-test")};
    QString m_profileName;

    Profile profile(const QUrl& url) const
    {
        Profile p;
        p.name = m_profileName;
        p.kind = QStringLiteral("civicrm");
        p.baseUrl = url;
        p.options.insert(QStringLiteral("custom_23"), QStringLiteral("Regional scope"));
        p.options.insert(QStringLiteral("timeout_ms"), QStringLiteral("3000"));
        return p;
    }

    std::unique_ptr<ProfileSession> session(const QString& cacheName, const QUrl& url = {})
    {
        auto s = std::make_unique<ProfileSession>(profile(url.isEmpty() ? m_sandbox.url() : url),
                                                  &m_credentials, &m_nam);
        if (s->openCache(m_dir.filePath(cacheName)))
            return nullptr;
        auto [e, _] = await<int>(s->connectBackend());
        if (e)
            qWarning() << e.userMessage();
        return e ? nullptr : std::move(s);
    }

    void setKeys(const QString& api, const QString& site)
    {
        auto [e, _] = await<int>(m_credentials.write(
            m_profileName, {{QStringLiteral("api_key"), api}, {QStringLiteral("site_key"), site}}));
        QVERIFY2(!e, qPrintable(e.userMessage()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<CrmError>();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.start(Members));
        m_profileName = QStringLiteral("it-") + QUuid::createUuid().toString(QUuid::Id128);
        setKeys(SandboxProcess::apiKey(), SandboxProcess::siteKey());
    }

    void init()
    {
        m_sandbox.setFaults({});
        setKeys(SandboxProcess::apiKey(), SandboxProcess::siteKey());
    }

    void cleanupTestCase()
    {
        await<int>(
            m_credentials.remove(m_profileName, {QStringLiteral("api_key"), QStringLiteral("site_key")}));
    }

    void sandboxChargesAChainOncePerRecord()
    {
        // As CiviCRM's API runs a chained call once per returned record, the sandbox counts (and with
        // --cost charges) it so: ten contacts with their addresses are eleven calls; without, one.
        const auto costOf = [this](const QJsonObject& params) {
            m_sandbox.control(QStringLiteral("/_sandbox/stats"));
            m_sandbox.call(QStringLiteral("Contact"), QStringLiteral("get"), params);
            return m_sandbox.stats();
        };
        const QJsonObject ten{{QStringLiteral("limit"), 10}};
        QJsonObject chained =
            costOf({{QStringLiteral("options"), ten},
                    {QStringLiteral("api.Address.get"),
                     QJsonObject{{QStringLiteral("contact_id"), QStringLiteral("$value.id")}}}});
        QCOMPARE(chained.value(QLatin1String("api_calls")).toInt(), 11);
        QVERIFY(chained.value(QLatin1String("rows")).toInt() >= 10);
        // The same again, answered from the sandbox's kept records, costs the same.
        chained = costOf({{QStringLiteral("options"), ten},
                          {QStringLiteral("api.Address.get"),
                           QJsonObject{{QStringLiteral("contact_id"), QStringLiteral("$value.id")}}},
                          {QStringLiteral("sequential"), 1}});
        QCOMPARE(chained.value(QLatin1String("api_calls")).toInt(), 11);
        const QJsonObject plain = costOf({{QStringLiteral("options"), ten}});
        QCOMPARE(plain.value(QLatin1String("api_calls")).toInt(), 1);
        QCOMPARE(plain.value(QLatin1String("rows")).toInt(), 10);
    }

    void fullSyncOverManyPages()
    {
        auto s = session(QStringLiteral("full.sqlite"));
        QVERIFY(s);
        s->syncEngine()->setPageSize(250);
        QSignalSpy progress(s->syncEngine(), &SyncEngine::progress);
        m_sandbox.takeStats();
        const CrmError e = runSync(s->syncEngine());
        QVERIFY2(!e, qPrintable(e.userMessage()));
        // Every live contact, not the server's default 25; deleted contacts (every 47th) are not listed.
        const int expected = Members - Members / 47;
        QCOMPARE(s->cache()->countMembers({}), expected);
        QVERIFY(progress.size() > Members / 250);
        QVERIFY(m_sandbox.stats().value(QLatin1String("api_requests")).toInt() > Members / 250);
        // The CRM's access log names the program and its version, for every request.
        QCOMPARE(m_sandbox.stats().value(QLatin1String("user_agents")).toArray(),
                 QJsonArray{QStringLiteral("CRM-Console/%1").arg(QString::fromLatin1(AppVersion))});

        // Accents, apostrophes, missing e-mails, users, addresses with the custom field.
        MemberQuery q;
        q.search = QStringLiteral("o'brien");
        QVERIFY(s->cache()->countMembers(q) > 0);
        const auto noEmail = s->cache()->member(QStringLiteral("13"));
        QVERIFY(noEmail);
        QCOMPARE(noEmail->email, QString());
        QVERIFY(!s->cache()->member(QStringLiteral("47"))); // deleted in the CRM
        const auto withUser = s->cache()->member(QStringLiteral("1"));
        QCOMPARE(withUser->userId, QStringLiteral("1001"));
        QVERIFY(!withUser->username.isEmpty());
        QCOMPARE(withUser->addresses.size(), 1);
        QVERIFY(withUser->addresses.first()
                    .customFields.value(QStringLiteral("custom_23"))
                    .startsWith(QLatin1String("AT0")));

        // Groups: static and smart, with their members.
        const auto groups = s->cache()->groups();
        QCOMPARE(groups.size(), 6);
        const auto smart = s->cache()->group(QStringLiteral("5"));
        QVERIFY(smart && smart->smart);
        QCOMPARE(smart->memberCount, qint64(Members / 7 - Members / (7 * 47)));
        QCOMPARE(s->cache()->group(QStringLiteral("4"))->memberCount, 5);
        QVERIFY(s->cache()->groupsOf(QStringLiteral("21")).contains(QStringLiteral("3")));
        QVERIFY(s->cache()->lastSync().isValid());
        QString report;
        QVERIFY2(s->cache()->checkIntegrity(&report), qPrintable(report));
    }

    void sameCacheWhicheverWayThePagesCome()
    {
        // One page at a time, and from a server that ignores the id ranges (read page after page once
        // that shows), the cache holds what the sliced sync gives.
        const int expected = Members - Members / 47;
        auto one = session(QStringLiteral("one-at-a-time.sqlite"));
        QVERIFY(one);
        one->syncEngine()->setPageSize(250);
        one->syncEngine()->setRequestsInFlight(1);
        CrmError e = runSync(one->syncEngine());
        QVERIFY2(!e, qPrintable(e.userMessage()));
        QCOMPARE(one->cache()->countMembers({}), expected);
        m_sandbox.setFaults({{QStringLiteral("ignore_ranges"), true}});
        auto ignored = session(QStringLiteral("ranges-ignored.sqlite"));
        QVERIFY(ignored);
        ignored->syncEngine()->setPageSize(250);
        e = runSync(ignored->syncEngine());
        QVERIFY2(!e, qPrintable(e.userMessage()));
        QCOMPARE(ignored->cache()->countMembers({}), expected);
        QCOMPARE(ignored->cache()->member(QStringLiteral("1"))->addresses.size(), 1);
        QCOMPARE(ignored->cache()->group(QStringLiteral("4"))->memberCount, 5);
    }

    void cancelledSyncResumesWhereItStopped()
    {
        auto s = session(QStringLiteral("resume.sqlite"));
        QVERIFY(s);
        s->syncEngine()->setPageSize(100);
        // Every fifth page of contacts never answers: the pages before it are written, then the sync waits
        // there until it is cancelled, however fast this machine is.
        m_sandbox.setFaults({{QStringLiteral("hang_every"), 5},
                             {QStringLiteral("only_matching"), QStringLiteral("contact_is_deleted")}});
        QSignalSpy progress(s->syncEngine(), &SyncEngine::progress);
        QSignalSpy finished(s->syncEngine(), &SyncEngine::finished);
        s->syncEngine()->start();
        QTRY_VERIFY_WITH_TIMEOUT(s->cache()->countMembers({}) >= 100, 20000);
        s->syncEngine()->cancel();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().value<CrmError>().kind, CrmError::Kind::Cancelled);
        const qint64 partial = s->cache()->countMembers({});
        QVERIFY(partial < Members - Members / 47);
        QVERIFY(SyncEngine::hasInterruptedSync(*s->cache()));
        QString report;
        QVERIFY2(s->cache()->checkIntegrity(&report), qPrintable(report));

        m_sandbox.setFaults({});
        m_sandbox.stats();
        const CrmError e = runSync(s->syncEngine());
        QVERIFY2(!e, qPrintable(e.userMessage()));
        QCOMPARE(s->cache()->countMembers({}), Members - Members / 47);
        QVERIFY(!SyncEngine::hasInterruptedSync(*s->cache()));
    }

    void cancelledDuringMembershipsResumesThere()
    {
        auto s = session(QStringLiteral("resume-memberships.sqlite"));
        QVERIFY(s);
        s->syncEngine()->setPageSize(100);
        s->syncEngine()->setGroupPageSize(300); // several pages for the largest groups
        // The smart group, read last, never answers: the other groups are written, and the sync is cancelled
        // while it waits, however fast this machine is.
        m_sandbox.setFaults({{QStringLiteral("hang_every"), 1},
                             {QStringLiteral("only_matching"), QStringLiteral("\"group\":5")}});
        QSignalSpy progress(s->syncEngine(), &SyncEngine::progress);
        QSignalSpy finished(s->syncEngine(), &SyncEngine::finished);
        auto phaseAt = [&](qsizetype i) { return progress.at(i).at(0).value<SyncEngine::Phase>(); };
        s->syncEngine()->start();
        // Once one group is written, cancel.
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() &&
                                     phaseAt(progress.size() - 1) == SyncEngine::Phase::Memberships &&
                                     progress.last().at(1).toLongLong() >= 1,
                                 30000);
        s->syncEngine()->cancel();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().value<CrmError>().kind, CrmError::Kind::Cancelled);
        // Every member was written before the first membership progress, and none after it.
        qsizetype firstMemberships = -1;
        for (qsizetype i = 0; i < progress.size(); ++i) {
            if (phaseAt(i) == SyncEngine::Phase::Memberships && firstMemberships < 0)
                firstMemberships = i;
            if (firstMemberships >= 0)
                QVERIFY(phaseAt(i) != SyncEngine::Phase::Members);
        }
        QCOMPARE(s->cache()->countMembers({}), Members - Members / 47);
        QVERIFY(SyncEngine::hasInterruptedSync(*s->cache()));
        QString report;
        QVERIFY2(s->cache()->checkIntegrity(&report), qPrintable(report));

        m_sandbox.setFaults({});
        m_sandbox.stats();
        const CrmError e = runSync(s->syncEngine());
        QVERIFY2(!e, qPrintable(e.userMessage()));
        // Resumed in the memberships: no member page asked for again.
        QCOMPARE(m_sandbox.stats().value(QLatin1String("api_requests")).toInt() < 10, true);
        QVERIFY(!SyncEngine::hasInterruptedSync(*s->cache()));
        const auto smart = s->cache()->group(QStringLiteral("5"));
        QVERIFY(smart);
        QCOMPARE(smart->memberCount, qint64(Members / 7 - Members / (7 * 47)));
        QCOMPARE(s->cache()->group(QStringLiteral("4"))->memberCount, 5);
    }

    // Someone else works in the CRM between two syncs: the second reads only what changed and still
    // ends with the CRM as it is. The sandbox's clock runs about a month behind this desktop's: a console
    // that asked for changes by its own clock would find none of them.
    void changesOnlySyncReadsWhatChanged()
    {
        auto s = session(QStringLiteral("changes.sqlite"));
        QVERIFY(s);
        SyncEngine* engine = s->syncEngine();
        CrmError e = runSync(engine);
        QVERIFY2(!e, qPrintable(e.userMessage()));
        QVERIFY(!engine->readsChangesOnly());
        const qint64 before = s->cache()->countMembers({});
        const qint64 smartBefore = s->cache()->group(QStringLiteral("6"))->memberCount;
        QVERIFY(s->cache()->groupsOf(QStringLiteral("2011")).contains(QStringLiteral("3")));

        auto ok = [](const QJsonObject& answer) {
            return answer.value(QLatin1String("is_error")).toInt() == 0;
        };
        QVERIFY(ok(m_sandbox.call(
            QStringLiteral("Contact"), QStringLiteral("create"),
            {{QStringLiteral("id"), 2001}, {QStringLiteral("first_name"), QStringLiteral("Renata")}})));
        QVERIFY(ok(m_sandbox.call(QStringLiteral("Phone"), QStringLiteral("create"),
                                  {{QStringLiteral("contact_id"), 2002},
                                   {QStringLiteral("phone"), QStringLiteral("020 7946 0999")},
                                   {QStringLiteral("location_type_id"), 1}})));
        const QJsonObject made =
            m_sandbox.call(QStringLiteral("Contact"), QStringLiteral("create"),
                           {{QStringLiteral("contact_type"), QStringLiteral("Individual")},
                            {QStringLiteral("first_name"), QStringLiteral("Newly")},
                            {QStringLiteral("last_name"), QStringLiteral("Joined")},
                            {QStringLiteral("email"), QStringLiteral("newly.joined@example.org")}});
        QVERIFY(ok(made));
        const QString newId = made.value(QLatin1String("id")).toVariant().toString();
        QVERIFY(!newId.isEmpty());
        QVERIFY(ok(m_sandbox.call(QStringLiteral("Contact"), QStringLiteral("delete"),
                                  {{QStringLiteral("id"), 2003}})));
        QVERIFY(ok(m_sandbox.call(QStringLiteral("Contact"), QStringLiteral("delete"),
                                  {{QStringLiteral("id"), 2004}, {QStringLiteral("skip_undelete"), 1}})));
        // Group changes do not stamp the contact: the memberships are read again.
        QVERIFY(ok(m_sandbox.call(QStringLiteral("GroupContact"), QStringLiteral("create"),
                                  {{QStringLiteral("group_id"), 4}, {QStringLiteral("contact_id"), 2005}})));
        QVERIFY(ok(m_sandbox.call(QStringLiteral("GroupContact"), QStringLiteral("delete"),
                                  {{QStringLiteral("group_id"), 3}, {QStringLiteral("contact_id"), 2011}})));
        // Without an e-mail, contact 2006 joins the smart group "Contacts without e-mail".
        const QJsonObject emails =
            m_sandbox.call(QStringLiteral("Email"), QStringLiteral("get"),
                           {{QStringLiteral("contact_id"), 2006}, {QStringLiteral("sequential"), 1}});
        for (const QJsonValue& v : emails.value(QLatin1String("values")).toArray())
            QVERIFY(ok(m_sandbox.call(QStringLiteral("Email"), QStringLiteral("delete"),
                                      {{QStringLiteral("id"), v.toObject().value(QLatin1String("id"))}})));

        m_sandbox.takeStats();
        e = runSync(engine);
        QVERIFY2(!e, qPrintable(e.userMessage()));
        QVERIFY(engine->readsChangesOnly());
        // Only the few changed (and those changed in the minute before the last sync began) were read whole.
        QVERIFY2(engine->membersWritten() < 100, qPrintable(QString::number(engine->membersWritten())));
        QVERIFY(engine->membersWritten() >= 4);
        const QJsonObject stats = m_sandbox.takeStats();
        QVERIFY2(stats.value(QLatin1String("api_requests")).toInt() < 25,
                 qPrintable(QJsonDocument(stats).toJson()));

        QCOMPARE(s->cache()->member(QStringLiteral("2001"))->firstName, QStringLiteral("Renata"));
        bool phoneSeen = false;
        const auto withPhone = s->cache()->member(QStringLiteral("2002"));
        QVERIFY(withPhone);
        for (const Phone& p : withPhone->phones)
            phoneSeen = phoneSeen || p.number == QLatin1String("020 7946 0999");
        QVERIFY(phoneSeen);
        const auto joined = s->cache()->member(newId);
        QVERIFY(joined);
        QCOMPARE(joined->email, QStringLiteral("newly.joined@example.org"));
        QVERIFY(!s->cache()->member(QStringLiteral("2003")));
        QVERIFY(!s->cache()->member(QStringLiteral("2004")));
        QCOMPARE(s->cache()->countMembers({}), before + 1 - 2);
        QVERIFY(s->cache()->groupsOf(QStringLiteral("2005")).contains(QStringLiteral("4")));
        QVERIFY(!s->cache()->groupsOf(QStringLiteral("2011")).contains(QStringLiteral("3")));
        QVERIFY(s->cache()->groupsOf(QStringLiteral("2006")).contains(QStringLiteral("6")));
        QCOMPARE(s->cache()->group(QStringLiteral("6"))->memberCount, smartBefore + 1);
        QString report;
        QVERIFY2(s->cache()->checkIntegrity(&report), qPrintable(report));

        // Back from the trash: not changed since, by the stamp it had, yet listed again, so read whole.
        QVERIFY(ok(m_sandbox.call(QStringLiteral("Contact"), QStringLiteral("delete"),
                                  {{QStringLiteral("id"), 2003}, {QStringLiteral("restore"), 1}})));
        e = runSync(engine);
        QVERIFY2(!e, qPrintable(e.userMessage()));
        QVERIFY(engine->readsChangesOnly());
        QVERIFY(s->cache()->member(QStringLiteral("2003")));

        // Shift+F5's full sync reads everything, and finds the same.
        e = runSync(engine, 60000, SyncEngine::Scope::Full);
        QVERIFY2(!e, qPrintable(e.userMessage()));
        QVERIFY(!engine->readsChangesOnly());
        QCOMPARE(engine->membersWritten(), before);
        QCOMPARE(s->cache()->countMembers({}), before);
    }

    // A CRM that ignores modified_date answers a changes-only sync with everyone: slower, still right.
    void changesOnlySyncAgainstAServerIgnoringTheStamp()
    {
        auto s = session(QStringLiteral("changes-ignored.sqlite"));
        QVERIFY(s);
        CrmError e = runSync(s->syncEngine());
        QVERIFY2(!e, qPrintable(e.userMessage()));
        QVERIFY(m_sandbox
                    .call(QStringLiteral("Contact"), QStringLiteral("create"),
                          {{QStringLiteral("id"), 2022},
                           {QStringLiteral("last_name"), QStringLiteral("Ignored")}})
                    .value(QLatin1String("is_error"))
                    .toInt() == 0);
        const qint64 before = s->cache()->countMembers({});
        m_sandbox.setFaults({{QStringLiteral("ignore_modified"), true}});
        e = runSync(s->syncEngine());
        QVERIFY2(!e, qPrintable(e.userMessage()));
        QVERIFY(s->syncEngine()->readsChangesOnly());
        QCOMPARE(s->syncEngine()->membersWritten(), before);
        QCOMPARE(s->cache()->countMembers({}), before);
        QCOMPARE(s->cache()->member(QStringLiteral("2022"))->lastName, QStringLiteral("Ignored"));
    }

    // Cancelled once every id is checked, while the groups' members are read: the next sync goes on from
    // there, still only what changed.
    void changesOnlySyncResumesWhereItStopped()
    {
        auto s = session(QStringLiteral("changes-resume.sqlite"));
        QVERIFY(s);
        SyncEngine* engine = s->syncEngine();
        CrmError e = runSync(engine);
        QVERIFY2(!e, qPrintable(e.userMessage()));
        QVERIFY(m_sandbox
                    .call(QStringLiteral("Contact"), QStringLiteral("delete"), {{QStringLiteral("id"), 2031}})
                    .value(QLatin1String("is_error"))
                    .toInt() == 0);
        // The members of the smart group "Contacts without e-mail" never come.
        m_sandbox.setFaults({{QStringLiteral("hang_every"), 1},
                             {QStringLiteral("only_matching"), QStringLiteral("\"group\":6")}});
        QSignalSpy progress(engine, &SyncEngine::progress);
        QSignalSpy finished(engine, &SyncEngine::finished);
        engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() &&
                                     progress.last().at(0).value<SyncEngine::Phase>() ==
                                         SyncEngine::Phase::Memberships &&
                                     progress.last().at(1).toLongLong() >= 2,
                                 20000);
        engine->cancel();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().value<CrmError>().kind, CrmError::Kind::Cancelled);
        QVERIFY(SyncEngine::hasInterruptedSync(*s->cache()));
        QVERIFY(s->cache()->member(QStringLiteral("2031"))); // removed only when the sync completes

        m_sandbox.setFaults({});
        e = runSync(engine);
        QVERIFY2(!e, qPrintable(e.userMessage()));
        QVERIFY(engine->readsChangesOnly());
        QVERIFY(!SyncEngine::hasInterruptedSync(*s->cache()));
        QVERIFY(!s->cache()->member(QStringLiteral("2031")));
        QVERIFY(s->cache()->member(QStringLiteral("2030")));
        QVERIFY(m_sandbox
                    .call(QStringLiteral("Contact"), QStringLiteral("delete"),
                          {{QStringLiteral("id"), 2031}, {QStringLiteral("restore"), 1}})
                    .value(QLatin1String("is_error"))
                    .toInt() == 0);
    }

    void failureMatrix_data()
    {
        QTest::addColumn<QJsonObject>("faults");
        QTest::addColumn<int>("kind");
        using K = CrmError::Kind;
        QTest::newRow("500") << QJsonObject{{QStringLiteral("fail_every"), 1},
                                            {QStringLiteral("fail_status"), 500}}
                             << int(K::Protocol);
        // Busy or down for a moment: not "a web page", whatever the body.
        QTest::newRow("503") << QJsonObject{{QStringLiteral("fail_every"), 1},
                                            {QStringLiteral("fail_status"), 503}}
                             << int(K::Unavailable);
        QTest::newRow("429") << QJsonObject{{QStringLiteral("fail_every"), 1},
                                            {QStringLiteral("fail_status"), 429},
                                            {QStringLiteral("retry_after"), 7}}
                             << int(K::Unavailable);
        QTest::newRow("html login page")
            << QJsonObject{{QStringLiteral("html_every"), 1}} << int(K::Protocol);
        QTest::newRow("malformed json")
            << QJsonObject{{QStringLiteral("malformed_every"), 1}} << int(K::Protocol);
        QTest::newRow("truncated json")
            << QJsonObject{{QStringLiteral("truncate_every"), 1}} << int(K::Protocol);
        QTest::newRow("dropped connection")
            << QJsonObject{{QStringLiteral("drop_every"), 1}} << int(K::Network);
        QTest::newRow("timeout") << QJsonObject{{QStringLiteral("hang_every"), 1}} << int(K::Timeout);
        QTest::newRow("fails mid-sync") << QJsonObject{{QStringLiteral("fail_every"), 4}} << int(K::Protocol);
    }
    void failureMatrix()
    {
        QFETCH(QJsonObject, faults);
        QFETCH(int, kind);
        // "fails mid-sync" faults only the sync: its fourth request fails after pages were written.
        const bool midSync = QByteArray(QTest::currentDataTag()) == "fails mid-sync";
        // A cache with a completed sync and a pending edit: a failure must lose neither.
        auto s = session(QStringLiteral("matrix-%1.sqlite")
                             .arg(QString::fromLatin1(QTest::currentDataTag())
                                      .replace(QLatin1Char(' '), QLatin1Char('_'))));
        QVERIFY(s);
        s->syncEngine()->setPageSize(500);
        QVERIFY(!runSync(s->syncEngine()));
        const qint64 before = s->cache()->countMembers({});
        QVERIFY(s->outbox().recordUpdate(QStringLiteral("2"),
                                         {{QStringLiteral("first_name"), QStringLiteral("Kept")}}));

        CrmError outboxError;
        RunResult r;
        if (!midSync) {
            QVERIFY(m_sandbox.setFaults(faults));
            r = runOutbox(s->outboxRunner());
            outboxError = r.error;
        }
        QVERIFY(m_sandbox.setFaults(faults));
        const CrmError syncError = runSync(s->syncEngine());
        m_sandbox.setFaults({});

        const CrmError& e = midSync ? syncError : outboxError;
        QVERIFY(syncError);
        QCOMPARE(int(e.kind), kind);
        QVERIFY(!e.userMessage().isEmpty());
        // Nothing lost: the cached rows and the pending edit are still there.
        QCOMPARE(s->cache()->countMembers({}), before);
        QCOMPARE(s->outbox().pending().size(), 1);
        QCOMPARE(s->cache()->member(QStringLiteral("2"))->firstName, QStringLiteral("Kept"));
        QString report;
        QVERIFY2(s->cache()->checkIntegrity(&report), qPrintable(report));
        // And once the CRM is healthy again, the edit goes through.
        r = runOutbox(s->outboxRunner());
        QVERIFY2(!r.error, qPrintable(r.error.userMessage()));
        QCOMPARE(r.sent, 1);
        // Put the name back for the other rows.
        s->outbox().recordUpdate(QStringLiteral("2"),
                                 {{QStringLiteral("first_name"), s->cache()
                                                                     ->member(QStringLiteral("2"))
                                                                     ->raw.object()
                                                                     .value(QLatin1String("first_name"))
                                                                     .toString()}});
        runOutbox(s->outboxRunner());
    }

    void wrongKeysAreToldApart_data()
    {
        QTest::addColumn<QString>("api");
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("says");
        QTest::newRow("wrong site key")
            << SandboxProcess::apiKey() << QStringLiteral("nope") << QStringLiteral("site key");
        QTest::newRow("wrong api key")
            << QStringLiteral("nope") << SandboxProcess::siteKey() << QStringLiteral("API key");
    }
    void wrongKeysAreToldApart()
    {
        QFETCH(QString, api);
        QFETCH(QString, site);
        QFETCH(QString, says);
        setKeys(api, site);
        auto s = session(QStringLiteral("keys.sqlite"));
        QVERIFY(s);
        auto [e, text] = await<QString>(s->backend()->testConnection());
        QCOMPARE(e.kind, CrmError::Kind::Auth);
        QVERIFY2(e.userMessage().contains(says), qPrintable(e.userMessage()));
        QCOMPARE(runSync(s->syncEngine()).kind, CrmError::Kind::Auth);
    }

    void wrongAddressesAreNamed()
    {
        QUrl site = m_sandbox.url();
        site.setPath(QStringLiteral("/"));
        auto s = session(QStringLiteral("url.sqlite"), site);
        QVERIFY(s);
        auto [e, _] = await<QString>(s->backend()->testConnection());
        QCOMPARE(e.kind, CrmError::Kind::Protocol);
        QVERIFY(e.userMessage().contains(QStringLiteral("web page")));

        QUrl gone = m_sandbox.url();
        gone.setPort(1); // nothing listens there
        auto offline = session(QStringLiteral("url2.sqlite"), gone);
        QVERIFY(offline);
        auto [e2, _2] = await<QString>(offline->backend()->testConnection());
        QCOMPARE(e2.kind, CrmError::Kind::Offline);
        QVERIFY(e2.isUnreachable());
    }

    void editGroupsAndConflicts()
    {
        auto s = session(QStringLiteral("edit.sqlite"));
        QVERIFY(s);
        QVERIFY(!runSync(s->syncEngine()));

        // Edit name and e-mail.
        QVERIFY(s->outbox().recordUpdate(QStringLiteral("10"),
                                         {{QStringLiteral("first_name"), QStringLiteral("Zoë")},
                                          {QStringLiteral("email"), QStringLiteral("zoe.new@example.org")}}));
        RunResult r = runOutbox(s->outboxRunner());
        QVERIFY2(!r.error, qPrintable(r.error.userMessage()));
        QCOMPARE(r.sent, 1);
        const QJsonObject server =
            m_sandbox.call(QStringLiteral("Contact"), QStringLiteral("get"),
                           {{QStringLiteral("id"), 10}, {QStringLiteral("sequential"), 1}});
        const QJsonObject rec = server.value(QLatin1String("values")).toArray().first().toObject();
        QCOMPARE(rec.value(QLatin1String("first_name")).toString(), QStringLiteral("Zoë"));
        QCOMPARE(rec.value(QLatin1String("email")).toString(), QStringLiteral("zoe.new@example.org"));
        QCOMPARE(s->cache()->member(QStringLiteral("10"))->modified,
                 rec.value(QLatin1String("modified_date")).toString());

        // Group add and remove.
        QVERIFY(s->outbox().recordMembership(OutboxEntry::Op::GroupAdd, QStringLiteral("4"),
                                             QStringLiteral("10")));
        QVERIFY(!runOutbox(s->outboxRunner()).error);
        QVERIFY(s->cache()->groupsOf(QStringLiteral("10")).contains(QStringLiteral("4")));
        auto inGroup = [&] {
            return m_sandbox
                .call(QStringLiteral("GroupContact"), QStringLiteral("get"),
                      {{QStringLiteral("contact_id"), 10}, {QStringLiteral("group_id"), 4}})
                .value(QLatin1String("count"))
                .toInt();
        };
        QCOMPARE(inGroup(), 1);
        QVERIFY(s->outbox().recordMembership(OutboxEntry::Op::GroupRemove, QStringLiteral("4"),
                                             QStringLiteral("10")));
        QVERIFY(!runOutbox(s->outboxRunner()).error);
        QCOMPARE(inGroup(), 0);
        QVERIFY(!s->cache()->groupsOf(QStringLiteral("10")).contains(QStringLiteral("4")));

        // Someone else changes member 11 after we read it: our edit becomes a conflict, nothing is
        // overwritten.
        QVERIFY(s->outbox().recordUpdate(QStringLiteral("11"),
                                         {{QStringLiteral("last_name"), QStringLiteral("Mine")}}));
        m_sandbox.call(QStringLiteral("Contact"), QStringLiteral("create"),
                       {{QStringLiteral("id"), 11}, {QStringLiteral("last_name"), QStringLiteral("Theirs")}});
        r = runOutbox(s->outboxRunner());
        QCOMPARE(r.failed, 1);
        const auto open = s->outbox().open();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().state, OutboxEntry::State::Conflict);
        QCOMPARE(open.first().serverSnapshot.value(QLatin1String("last_name")).toString(),
                 QStringLiteral("Theirs"));
        const QJsonObject after =
            m_sandbox.call(QStringLiteral("Contact"), QStringLiteral("get"),
                           {{QStringLiteral("id"), 11}, {QStringLiteral("sequential"), 1}});
        QCOMPARE(after.value(QLatin1String("values"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("last_name"))
                     .toString(),
                 QStringLiteral("Theirs"));
        // "Keep mine": retried against the server's current version, it goes through.
        s->outbox().retry(open.first().id);
        r = runOutbox(s->outboxRunner());
        QCOMPARE(r.sent, 1);
        QCOMPARE(s->cache()->member(QStringLiteral("11"))->lastName, QStringLiteral("Mine"));

        // A refusal is kept with the CRM's reason.
        QVERIFY(s->outbox().recordUpdate(QStringLiteral("12"),
                                         {{QStringLiteral("email"), QStringLiteral("not-an-address")}}));
        r = runOutbox(s->outboxRunner());
        QCOMPARE(r.failed, 1);
        QVERIFY(s->outbox().open().last().error.contains(QStringLiteral("not a valid email")));
    }

    void offlineEditIsReplayedOnce()
    {
        SandboxProcess own;
        QVERIFY(own.start(300));
        const quint16 port = own.port();
        auto s = session(QStringLiteral("offline.sqlite"), own.url());
        QVERIFY(s);
        QVERIFY(!runSync(s->syncEngine()));
        own.kill();

        // Offline: reads work from the cache, the edit waits.
        MemberQuery q;
        q.search = QStringLiteral("example");
        QVERIFY(s->cache()->countMembers(q) > 0);
        QVERIFY(s->outbox().recordUpdate(QStringLiteral("5"),
                                         {{QStringLiteral("last_name"), QStringLiteral("Offline")}}));
        RunResult r = runOutbox(s->outboxRunner());
        QCOMPARE(r.error.kind, CrmError::Kind::Offline);
        QCOMPARE(s->outbox().pending().size(), 1);
        QCOMPARE(runSync(s->syncEngine()).kind, CrmError::Kind::Offline);
        QCOMPARE(s->cache()->member(QStringLiteral("5"))->lastName, QStringLiteral("Offline"));

        // Back online on the same address: replayed once, and only once.
        QVERIFY(own.start(300, {}, port));
        r = runOutbox(s->outboxRunner());
        QVERIFY2(!r.error, qPrintable(r.error.userMessage()));
        QCOMPARE(r.sent, 1);
        r = runOutbox(s->outboxRunner());
        QCOMPARE(r.sent, 0);
        QCOMPARE(own.stats().value(QLatin1String("by_call")).toObject().size() > 0, true);
        const QJsonObject rec = own.call(QStringLiteral("Contact"), QStringLiteral("get"),
                                         {{QStringLiteral("id"), 5}, {QStringLiteral("sequential"), 1}});
        QCOMPARE(rec.value(QLatin1String("values"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("last_name"))
                     .toString(),
                 QStringLiteral("Offline"));
        QVERIFY(!runSync(s->syncEngine()));
        QCOMPARE(s->cache()->member(QStringLiteral("5"))->lastName, QStringLiteral("Offline"));
    }
};

QTEST_GUILESS_MAIN(TestCiviCrmIntegration)
#include "tst_civicrm_integration.moc"
