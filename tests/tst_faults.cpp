// The console under servers that misbehave: redirects to other hosts, answers lost after the CRM
// acted, edits carried out whose answer never came. Real sandboxes over loopback HTTP, the real
// keychain, real SQLite files.
#include "backends/crmbackend.h"
#include "bulk/accountbatch.h"
#include "bulk/importplan.h"
#include "bulk/importrunner.h"
#include "cache/cache.h"
#include "credentials/credentialstore.h"
#include "crmctlrun.h"
#include "outbox/outboxstore.h"
#include "runhelpers.h"
#include "sandboxprocess.h"
#include "session/connectionwatch.h"
#include "session/profilesession.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <csignal>
#include <unistd.h>

using namespace crm;

namespace {

/// A server on another port that keeps whatever reaches it: a redirect must bring it nothing.
class Catcher : public QObject {
public:
    Catcher()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                ++m_connections;
                connect(s, &QTcpSocket::readyRead, this, [this, s] { m_bytes += s->readAll(); });
            }
        });
    }
    QString origin() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    int connections() const { return m_connections; }
    QByteArray bytes() const { return m_bytes; }

private:
    QTcpServer m_server;
    int m_connections = 0;
    QByteArray m_bytes;
};

} // namespace

class TestFaults : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    CredentialStore m_credentials{QStringLiteral("crm-console-test")};
    std::map<QString, std::unique_ptr<SandboxProcess>> m_sandboxes;

    static QString token(const QString& kind)
    {
        if (kind == QLatin1String("remp"))
            return QStringLiteral("sandbox-api-token");
        if (kind == QLatin1String("sheep"))
            return QStringLiteral("sandbox-system-token");
        return QStringLiteral("sandbox-identity-token");
    }

    /// One sandbox per kind, started on first use.
    SandboxProcess& sandbox(const QString& kind)
    {
        auto& s = m_sandboxes[kind];
        if (!s) {
            s = std::make_unique<SandboxProcess>();
            const int members = kind == QLatin1String("civicrm") ? 300 : 200;
            if (!s->start(members, {QStringLiteral("--kind"), kind}))
                qFatal("crm-sandbox --kind %s did not start", qPrintable(kind));
        }
        return *s;
    }

    /// A connected session on the kind's sandbox, with a cache of its own and the kind's keys in the
    /// keychain.
    std::unique_ptr<ProfileSession> session(const QString& kind, const QString& cacheName)
    {
        SandboxProcess& box = sandbox(kind);
        Profile p;
        p.name = QStringLiteral("faults-") + kind + QLatin1Char('-') +
                 QUuid::createUuid().toString(QUuid::Id128).left(6);
        p.kind = kind;
        p.baseUrl = box.url();
        p.options.insert(QStringLiteral("timeout_ms"), QStringLiteral("2000"));
        QMap<QString, QString> secrets;
        if (kind == QLatin1String("civicrm")) {
            secrets = {{QStringLiteral("api_key"), SandboxProcess::apiKey()},
                       {QStringLiteral("site_key"), SandboxProcess::siteKey()}};
        } else {
            secrets = {{QStringLiteral("api_token"), token(kind)}};
            if (kind == QLatin1String("sheep"))
                p.options.insert(QStringLiteral("flock"), QStringLiteral("sandbox"));
            if (kind == QLatin1String("remp"))
                p.options.insert(QStringLiteral("address_types"), QStringLiteral("print;invoice"));
        }
        auto [we, _w] = await<int>(m_credentials.write(p.name, secrets));
        if (we)
            return nullptr;
        auto s = std::make_unique<ProfileSession>(p, &m_credentials, &m_nam);
        if (s->openCache(m_dir.filePath(cacheName)))
            return nullptr;
        auto [e, _] = await<int>(s->connectBackend());
        return e ? nullptr : std::move(s);
    }

    /// A field of a contact as the CiviCRM sandbox holds it now.
    QString civiField(int id, const char* field)
    {
        const QJsonObject c = sandbox(QStringLiteral("civicrm"))
                                  .call(QStringLiteral("Contact"), QStringLiteral("get"),
                                        {{QStringLiteral("id"), id}, {QStringLiteral("sequential"), 1}});
        return c.value(QLatin1String("values"))
            .toArray()
            .first()
            .toObject()
            .value(QLatin1String(field))
            .toString();
    }

    /// The CiviCRM contacts the sandbox holds with this e-mail.
    int civiContactsWith(const QString& email)
    {
        const QJsonObject r =
            sandbox(QStringLiteral("civicrm"))
                .call(QStringLiteral("Contact"), QStringLiteral("get"), {{QStringLiteral("email"), email}});
        return r.value(QLatin1String("count")).toInt(-1);
    }

    using Run = CrmctlRun;

    QProcessEnvironment crmctlEnv(const QString& home) const { return crmctlEnvironment(home); }

    /// crmctl as a script runs it, in a home of its own; a command that has not ended in waitMs is
    /// killed and reported with code -1.
    Run crmctl(const QString& home, const QStringList& args, const QByteArray& input = {}, int waitMs = 60000)
    {
        return runCrmctl(home, args, input, waitMs);
    }

    /// A CiviCRM profile NAME for crmctl in home, on the sandbox, with short timeouts.
    bool addCiviProfile(const QString& home, const QString& name, const QStringList& options = {})
    {
        QStringList args{QStringLiteral("profile"),
                         QStringLiteral("add"),
                         name,
                         QStringLiteral("--kind"),
                         QStringLiteral("civicrm"),
                         QStringLiteral("--url"),
                         sandbox(QStringLiteral("civicrm")).url().toString(),
                         QStringLiteral("--option"),
                         QStringLiteral("timeout_ms=2000"),
                         QStringLiteral("--option"),
                         QStringLiteral("deadline_ms=4000")};
        for (const QString& o : options)
            args << QStringLiteral("--option") << o;
        const Run r = crmctl(home, args,
                             "api_key=" + SandboxProcess::apiKey().toUtf8() +
                                 "\nsite_key=" + SandboxProcess::siteKey().toUtf8() + "\n");
        if (r.code != 0)
            qWarning("profile add: %s", qPrintable(r.err));
        return r.code == 0;
    }

    static QString cacheFileIn(const QString& home)
    {
        QDirIterator it(home + QStringLiteral("/data"), {QStringLiteral("*.sqlite")}, QDir::Files,
                        QDirIterator::Subdirectories);
        return it.hasNext() ? it.next() : QString();
    }

    /// Sends entry id while the kind's CRM carries out the first request and then drops the connection.
    OutboxEntry sendLosingTheAnswer(const QString& kind, ProfileSession& s, qint64 id)
    {
        if (!sandbox(kind).setFaults({{QStringLiteral("apply_then_drop_at"), 1}}))
            return {};
        const OutboxEntry sent = sendOne(s, id);
        sandbox(kind).setFaults({});
        return sent;
    }

    OutboxEntry sendOne(ProfileSession& s, qint64 id)
    {
        runOutbox(s.outboxRunner());
        return s.outbox().entry(id).value_or(OutboxEntry{});
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // --- 1. credentials never follow a redirect to another origin ---

    void redirectElsewhereSendsNothingThere_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char* kind : {"civicrm", "remp", "sheep", "identity"})
            QTest::newRow(kind) << QString::fromLatin1(kind);
    }
    void redirectElsewhereSendsNothingThere()
    {
        QFETCH(QString, kind);
        auto s = session(kind, kind + QStringLiteral("-redirect.sqlite"));
        QVERIFY(s);
        Catcher catcher;
        QVERIFY(sandbox(kind).setFaults({{QStringLiteral("redirect_to"), catcher.origin()}}));
        auto [e, _] = await<QString>(s->backend()->testConnection());
        if (kind == QLatin1String("civicrm")) {
            // A write too (sent once, with the keys in its body): stopped at the redirect, not resent there.
            auto [we, __] = await<Member>(s->backend()->updateMember(
                QStringLiteral("3"), {{QStringLiteral("last_name"), QStringLiteral("Moved")}}));
            QCOMPARE(we.code, CrmError::RedirectedElsewhere);
        }
        sandbox(kind).setFaults({});
        QCOMPARE(e.code, CrmError::RedirectedElsewhere);
        // The person is told where the address now points, and what to do if the move is real.
        QVERIFY2(e.userMessage().contains(catcher.origin()), qPrintable(e.userMessage()));
        QVERIFY2(e.userMessage().contains(QStringLiteral("connection settings")),
                 qPrintable(e.userMessage()));
        QTest::qWait(200); // anything on its way to the other server would have arrived by now
        QCOMPARE(catcher.connections(), 0);
        QVERIFY(catcher.bytes().isEmpty());
    }

    void redirectWithinTheOriginIsFollowed()
    {
        auto s = session(QStringLiteral("civicrm"), QStringLiteral("civicrm-same-origin.sqlite"));
        QVERIFY(s);
        SandboxProcess& box = sandbox(QStringLiteral("civicrm"));
        const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(box.port());
        QVERIFY(
            box.setFaults({{QStringLiteral("redirect_to"), origin}, {QStringLiteral("redirect_every"), 2}}));
        for (int i = 0; i < 3; ++i) {
            auto [e, text] = await<QString>(s->backend()->testConnection());
            QVERIFY2(!e, qPrintable(e.userMessage()));
            QVERIFY(text.contains(QStringLiteral("contact")));
        }
        box.setFaults({});
    }

    // --- 2. a create whose answer is lost is made once ---

    void civicrmNewMemberAnswerLost()
    {
        auto s = session(QStringLiteral("civicrm"), QStringLiteral("civicrm-create.sqlite"));
        QVERIFY(s);
        const QString email = QStringLiteral("lost.answer@example.org");
        QCOMPARE(civiContactsWith(email), 0);
        const qint64 id = s->outbox().recordAction(OutboxEntry::Op::Create, {},
                                                   {{QStringLiteral("email"), email},
                                                    {QStringLiteral("first_name"), QStringLiteral("Lost")},
                                                    {QStringLiteral("last_name"), QStringLiteral("Answer")}});
        QVERIFY(id);
        // CiviCRM makes the contact, then the connection drops before the answer.
        const OutboxEntry done = sendLosingTheAnswer(QStringLiteral("civicrm"), *s, id);
        QCOMPARE(civiContactsWith(email), 1);
        QCOMPARE(done.state, OutboxEntry::State::Done);
        // The cache holds the member the first send made, under the CRM's id.
        QVERIFY(!done.memberId.isEmpty());
        const auto cached = s->cache()->member(done.memberId);
        QVERIFY(cached);
        QCOMPARE(cached->email, email);
    }

    void newMemberAnswerLost_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("remp") << QStringLiteral("remp");
        QTest::newRow("sheep") << QStringLiteral("sheep");
    }
    void newMemberAnswerLost()
    {
        QFETCH(QString, kind);
        auto s = session(kind, kind + QStringLiteral("-create.sqlite"));
        QVERIFY(s);
        const QString email = QStringLiteral("lost.answer@%1.example").arg(kind);
        QVariantMap fields{{QStringLiteral("email"), email}};
        if (kind == QLatin1String("sheep"))
            fields.insert(QStringLiteral("last_name"), QStringLiteral("Answer"));
        const qint64 id = s->outbox().recordAction(OutboxEntry::Op::Create, {}, fields);
        const OutboxEntry done = sendLosingTheAnswer(kind, *s, id);
        // Before, on REMP: the re-send was refused ("Email is already taken") and the entry failed.
        QVERIFY2(done.state == OutboxEntry::State::Done, qPrintable(done.error));
        auto [e, found] = await<QList<Member>>(through<MemberCreation>(
            s->backend(), [&](MemberCreation& f) { return f.findMembersByEmail(email); }));
        QVERIFY(!e);
        QCOMPARE(found.size(), 1);
        QCOMPARE(done.memberId, found.first().id);
    }

    void rempAddressAnswerLost()
    {
        auto s = session(QStringLiteral("remp"), QStringLiteral("remp-address.sqlite"));
        QVERIFY(s);
        auto [le, page] = await<MemberPage>(
            through<MemberListing>(s->backend(), [&](MemberListing& f) { return f.fetchMemberPage({}, 5); }));
        QVERIFY(!le);
        const Member m = page.members.constLast();
        QVERIFY(!s->cache()->storeMember(m));
        const QVariantMap fields{{QStringLiteral("first_name"), QStringLiteral("Lost")},
                                 {QStringLiteral("last_name"), QStringLiteral("Answer")},
                                 {QStringLiteral("street"), QStringLiteral("Once Street")},
                                 {QStringLiteral("number"), QStringLiteral("1")},
                                 {QStringLiteral("city"), QStringLiteral("Bratislava")},
                                 {QStringLiteral("zip"), QStringLiteral("81101")}};
        const qint64 id = s->outbox().recordAction(
            OutboxEntry::Op::AddressAdd, m.id,
            {{QStringLiteral("type"), QStringLiteral("print")}, {QStringLiteral("fields"), fields}});
        const OutboxEntry done = sendLosingTheAnswer(QStringLiteral("remp"), *s, id);
        QVERIFY2(done.state == OutboxEntry::State::Done, qPrintable(done.error));
        auto [ae, addresses] = await<QList<Address>>(through<AddressBook>(s->backend(), [&](AddressBook& f) {
            return f.fetchAddresses({m.id, m.email}, QStringLiteral("print"));
        }));
        QVERIFY(!ae);
        int onceStreet = 0;
        for (const Address& a : addresses)
            onceStreet +=
                a.raw.object().value(QLatin1String("street")).toString() == QLatin1String("Once Street");
        QCOMPARE(onceStreet, 1);
    }

    void sheepLinkedMemberAnswerLost()
    {
        auto s = session(QStringLiteral("sheep"), QStringLiteral("sheep-linked.sqlite"));
        QVERIFY(s);
        auto [e, m] = await<Member>(through<MemberLookup>(s->backend(), [&](MemberLookup& f) {
            return f.lookupMember(QStringLiteral("james@sheep.example"));
        }));
        QVERIFY(!e);
        QVERIFY(!s->cache()->storeMember(m));
        auto [me, memberships] =
            await<QList<Membership>>(through<Memberships>(s->backend(), [&](Memberships& f) {
                return f.fetchMemberships({m.id, m.email});
            }));
        QVERIFY(!me);
        QVERIFY(!memberships.isEmpty());
        const QString email = QStringLiteral("lost.child@sheep.example");
        const qint64 id = s->outbox().recordAction(OutboxEntry::Op::LinkedAdd, m.id,
                                                   {{QStringLiteral("membership"), memberships.first().id},
                                                    {QStringLiteral("email"), email},
                                                    {QStringLiteral("first_name"), QStringLiteral("Lost")},
                                                    {QStringLiteral("last_name"), QStringLiteral("Child")}});
        const OutboxEntry done = sendLosingTheAnswer(QStringLiteral("sheep"), *s, id);
        QCOMPARE(done.state, OutboxEntry::State::Done);
        auto [ae, after] = await<QList<Membership>>(through<Memberships>(s->backend(), [&](Memberships& f) {
            return f.fetchMemberships({m.id, m.email});
        }));
        QVERIFY(!ae);
        int links = 0;
        for (const Membership& ms : after)
            for (const LinkedMember& l : ms.linked)
                links += l.email == email;
        QCOMPARE(links, 1);
    }

    void accountBatchAnswerLost_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("remp") << QStringLiteral("remp");
        QTest::newRow("sheep") << QStringLiteral("sheep");
    }
    void accountBatchAnswerLost()
    {
        QFETCH(QString, kind);
        auto s = session(kind, kind + QStringLiteral("-accounts.sqlite"));
        QVERIFY(s);
        const QString email = QStringLiteral("lost.account@%1.example").arg(kind);
        AccountRunner runner(s->backend(), s->cache());
        QSignalSpy finished(&runner, &AccountRunner::finished);
        QVERIFY(sandbox(kind).setFaults({{QStringLiteral("apply_then_drop_at"), 1}}));
        AccountRequest request;
        request.email = email;
        request.firstName = QStringLiteral("Lost");
        request.lastName = QStringLiteral("Account");
        runner.start(AccountRunner::Mode::Create, {request}, false);
        QVERIFY(finished.wait(20000));
        sandbox(kind).setFaults({});
        QCOMPARE(runner.requests().first().outcome, AccountRequest::Outcome::Created);
        auto [e, status] = await<AccountStatus>(through<AccountCreation>(
            s->backend(), [&](AccountCreation& f) { return f.accountStatus(email); }));
        QVERIFY(!e);
        QVERIFY(status.exists);
    }

    void importCreationAnswerLost()
    {
        auto s = session(QStringLiteral("civicrm"), QStringLiteral("civicrm-import.sqlite"));
        QVERIFY(s);
        QVERIFY(!runSync(s->syncEngine()));
        const QByteArray csv = "email,first_name,last_name\r\nimported.once@example.org,Imported,Once\r\n";
        ImportPlan plan;
        QString error;
        QVERIFY(plan.read(csv, 0, &error));
        ImportSettings settings;
        ImportSettings::parseAction(QStringLiteral("create"), &settings);
        settings.mapping =
            ImportPlan::guessMapping(plan.header(), {QStringLiteral("email"), QStringLiteral("first_name"),
                                                     QStringLiteral("last_name")});
        const Abilities can = s->abilities();
        const QList<ImportRow> rows = plan.decide(settings, *s->cache(), &can);
        QCOMPARE(rows.size(), 1);
        ImportRunner runner(s->cache(), s->backend());
        QSignalSpy done(&runner, &ImportRunner::finished);
        QVERIFY(sandbox(QStringLiteral("civicrm")).setFaults({{QStringLiteral("apply_then_drop_at"), 1}}));
        runner.start(plan.journalKey(), rows);
        QVERIFY(done.wait(20000));
        sandbox(QStringLiteral("civicrm")).setFaults({});
        QCOMPARE(runner.rows().first().outcome, ImportRow::Outcome::Created);
        QCOMPARE(civiContactsWith(QStringLiteral("imported.once@example.org")), 1);
    }

    void identityActionAnswerLost()
    {
        auto s = session(QStringLiteral("identity"), QStringLiteral("identity-action.sqlite"));
        QVERIFY(s);
        auto [e, joe] = await<Member>(through<MemberLookup>(s->backend(), [&](MemberLookup& f) {
            return f.lookupMember(QStringLiteral("joe@bloggs.example"));
        }));
        QVERIFY(!e);
        QVERIFY(!s->cache()->storeMember(joe));
        const QVariantMap payload{
            {QStringLiteral("action_type"), QStringLiteral("petition")},
            {QStringLiteral("action_technical_type"), QStringLiteral("crm-console:petition")},
            {QStringLiteral("action_name"), QStringLiteral("Lost answers")},
            {QStringLiteral("external_id"), QStringLiteral("lost-2026")},
            {QStringLiteral("language"), QStringLiteral("en")},
            {QStringLiteral("create_dt"), QStringLiteral("2026-12-06T10:00:00Z")},
            {QStringLiteral("cons_hash"), QVariantMap{{QStringLiteral("guid"), joe.id}}}};
        const qint64 id = s->outbox().recordAction(OutboxEntry::Op::ActionRecord, joe.id, payload);
        const OutboxEntry done = sendLosingTheAnswer(QStringLiteral("identity"), *s, id);
        QVERIFY2(done.state == OutboxEntry::State::Done, qPrintable(done.error));
        // Found by the look before a resend: sent once, and the cache shows the action once.
        QCOMPARE(sandbox(QStringLiteral("identity"))
                     .stats()
                     .value(QLatin1String("by_call"))
                     .toObject()
                     .value(QLatin1String("/api/member_actions/create"))
                     .toInt(),
                 1);
        int taken = 0;
        for (const QJsonValue& a :
             s->cache()->member(joe.id)->raw.object().value(QLatin1String("actions")).toArray())
            taken +=
                a.toObject().value(QLatin1String("external_id")).toString() == QLatin1String("lost-2026");
        QCOMPARE(taken, 1);
    }

    // --- 3. an edit the CRM carried out, whose answer was lost, is done, not a conflict ---

    void appliedEditWithLostAnswerIsDone()
    {
        auto s = session(QStringLiteral("civicrm"), QStringLiteral("civicrm-applied.sqlite"));
        QVERIFY(s);
        QVERIFY(!runSync(s->syncEngine()));
        const QString id = QStringLiteral("7");
        QVERIFY(s->outbox().recordUpdate(id, {{QStringLiteral("first_name"), QStringLiteral("Carried")}}));
        // Request 1 reads the record, request 2 writes it: the CRM writes, the answer is lost.
        QVERIFY(sandbox(QStringLiteral("civicrm")).setFaults({{QStringLiteral("apply_then_drop_at"), 2}}));
        RunResult r = runOutbox(s->outboxRunner());
        sandbox(QStringLiteral("civicrm")).setFaults({});
        QCOMPARE(r.error.kind, CrmError::Kind::Network);
        QCOMPARE(s->outbox().pending().size(), 1);
        // The next run finds the CRM already holds the user's value: done, no conflict.
        r = runOutbox(s->outboxRunner());
        QVERIFY2(!r.error, qPrintable(r.error.userMessage()));
        QCOMPARE(r.sent, 1);
        QCOMPARE(r.failed, 0);
        QCOMPARE(s->outbox().openCount(), 0);
        QCOMPARE(s->cache()->member(id)->firstName, QStringLiteral("Carried"));
    }

    // --- 4. every command ends, whatever the server does ---

    void everyCommandEnds_data()
    {
        QTest::addColumn<QJsonObject>("faults");
        QTest::addColumn<QString>("said");
        // One byte every 300 ms is never silent for 2 s, and never done within the 4 s deadline.
        QTest::newRow("trickle") << QJsonObject{{QStringLiteral("trickle_ms"), 300}}
                                 << QStringLiteral("too slowly");
        QTest::newRow("ignores the cursor")
            << QJsonObject{{QStringLiteral("ignore_cursor"), true}} << QStringLiteral("paging");
        QTest::newRow("huge answer") << QJsonObject{{QStringLiteral("huge_mb"), 200}}
                                     << QStringLiteral("larger than 64 MB");
    }
    void everyCommandEnds()
    {
        QFETCH(QJsonObject, faults);
        QFETCH(QString, said);
        QTemporaryDir home;
        const QString name = QStringLiteral("ends");
        QVERIFY(addCiviProfile(home.path(), name));
        SandboxProcess& box = sandbox(QStringLiteral("civicrm"));
        QVERIFY(box.setFaults(faults));
        box.stats();
        const Run r = crmctl(home.path(), {QStringLiteral("sync"), name, QStringLiteral("--page-size"),
                                           QStringLiteral("100")});
        const int requests = box.stats().value(QLatin1String("api_requests")).toInt();
        box.setFaults({});
        QVERIFY2(r.code > 0, qPrintable(r.err)); // ended, and not with success
        QVERIFY2(r.err.contains(said), qPrintable(r.err));
        // A few rounds (the lists, the groups, the slices on their way, two pages), never a loop.
        QVERIFY2(requests < 30, qPrintable(QString::number(requests)));
        // And nothing half-written: the next sync, with the server well again, completes.
        const Run again = crmctl(home.path(), {QStringLiteral("sync"), name});
        QVERIFY2(again.code == 0, qPrintable(again.err));
    }

    void oneSwollenRecordIsLeftOut()
    {
        QTemporaryDir home;
        const QString name = QStringLiteral("swollen");
        QVERIFY(addCiviProfile(home.path(), name));
        SandboxProcess& box = sandbox(QStringLiteral("civicrm"));
        QVERIFY(box.setFaults(
            {{QStringLiteral("bloat_id"), QStringLiteral("5")}, {QStringLiteral("bloat_mb"), 20}}));
        for (int i = 0; i < 2; ++i) { // not a wall: the next sync gets through too
            const Run r = crmctl(home.path(), {QStringLiteral("sync"), name}, {}, 120000);
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QVERIFY2(r.err.contains(QStringLiteral("left out record 5")), qPrintable(r.err));
        }
        box.setFaults({});
        const Run shown = crmctl(home.path(), {QStringLiteral("member"), name, QStringLiteral("6")});
        QVERIFY2(shown.code == 0, qPrintable(shown.err));
    }

    void resumedSyncWithNothingLeftEnds()
    {
        QTemporaryDir home;
        const QString name = QStringLiteral("resumed");
        QVERIFY(addCiviProfile(home.path(), name));
        QCOMPARE(crmctl(home.path(), {QStringLiteral("sync"), name}).code, 0);
        // As kill -9 leaves it just after the last group's page was written: the sync's state says
        // "memberships", with every group done.
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("resume"));
            db.setDatabaseName(cacheFileIn(home.path()));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM crm_groups")) && q.next());
            const int groups = q.value(0).toInt();
            QVERIFY(groups > 0);
            QVERIFY(q.exec(QStringLiteral("INSERT OR REPLACE INTO sync_state(key, value) VALUES "
                                          "('sync.phase', 'memberships'), ('sync.group_index', '%1'), "
                                          "('sync.group_cursor', '')")
                               .arg(groups)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("resume"));
        const Run r = crmctl(home.path(), {QStringLiteral("sync"), name}, {}, 30000);
        QVERIFY2(r.code == 0, qPrintable(QStringLiteral("exit %1: %2").arg(r.code).arg(r.err)));
        QVERIFY(r.err.contains(QStringLiteral("resuming")));
    }

    void killedWhileSendingTwentyEdits()
    {
        QTemporaryDir home;
        const QString name = QStringLiteral("twenty");
        QVERIFY(addCiviProfile(home.path(), name));
        QCOMPARE(crmctl(home.path(), {QStringLiteral("sync"), name}).code, 0);
        SandboxProcess& box = sandbox(QStringLiteral("civicrm"));
        // Twenty edits made while the CRM is down for a moment: each waits in the outbox.
        QVERIFY(box.setFaults({{QStringLiteral("fail_every"), 1}, {QStringLiteral("fail_status"), 503}}));
        for (int i = 0; i < 20; ++i) {
            const Run r = crmctl(home.path(), {QStringLiteral("edit"), name, QString::number(20 + i),
                                               QStringLiteral("first_name=Twenty%1").arg(i)});
            QVERIFY2(r.code == 0 && r.err.contains(QStringLiteral("saved in the outbox")), qPrintable(r.err));
        }
        // A sync sends them slowly and is killed part way.
        QVERIFY(box.setFaults({{QStringLiteral("latency_ms"), 150}}));
        QProcess sync;
        sync.setProcessEnvironment(crmctlEnv(home.path()));
        sync.start(QStringLiteral(CRM_BIN_DIR "/crmctl"), {QStringLiteral("sync"), name});
        QVERIFY(sync.waitForStarted());
        QTest::qWait(2000);
        ::kill(pid_t(sync.processId()), SIGKILL);
        QVERIFY(sync.waitForFinished(5000));
        box.setFaults({});
        // Every later command ends, and every edit arrives exactly as made.
        const Run again = crmctl(home.path(), {QStringLiteral("sync"), name}, {}, 60000);
        QVERIFY2(again.code == 0, qPrintable(QStringLiteral("exit %1: %2").arg(again.code).arg(again.err)));
        const Run outbox = crmctl(home.path(), {QStringLiteral("outbox"), name, QStringLiteral("--format"),
                                                QStringLiteral("json")});
        QCOMPARE(outbox.code, 0);
        QCOMPARE(QJsonDocument::fromJson(outbox.out.toUtf8()).array().size(), 0);
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(civiField(20 + i, "first_name"), QStringLiteral("Twenty%1").arg(i));
        }
    }

    // --- 7. a CRM down for a moment: said so, and the waiting edit goes by itself when it is back ---

    void unavailableThenRecovered()
    {
        auto s = session(QStringLiteral("civicrm"), QStringLiteral("civicrm-outage.sqlite"));
        QVERIFY(s);
        QVERIFY(!runSync(s->syncEngine()));
        ConnectionWatch* watch = s->connectionWatch();
        QVERIFY(watch);
        watch->setBackOff(200, 1000);
        SandboxProcess& box = sandbox(QStringLiteral("civicrm"));
        QVERIFY(box.setFaults({{QStringLiteral("fail_every"), 1},
                               {QStringLiteral("fail_status"), 503},
                               {QStringLiteral("retry_after"), 1}}));
        QVERIFY(s->outbox().recordUpdate(QStringLiteral("9"),
                                         {{QStringLiteral("last_name"), QStringLiteral("Patient")}}));
        const RunResult r = runOutbox(s->outboxRunner());
        QCOMPARE(r.error.kind, CrmError::Kind::Unavailable);
        QCOMPARE(r.error.retryAfterSeconds, 1);
        QVERIFY2(!r.error.userMessage().contains(QStringLiteral("web page")),
                 qPrintable(r.error.userMessage()));
        QVERIFY2(r.error.userMessage().contains(QStringLiteral("busy or down")),
                 qPrintable(r.error.userMessage()));
        QCOMPARE(watch->state(), ConnectionWatch::State::Unavailable);
        QVERIFY(watch->nextTry().isValid());
        QCOMPARE(s->outbox().openCount(), 1);
        // Still down at the next try: still waiting, with back-off.
        QTest::qWait(1500);
        QCOMPARE(s->outbox().openCount(), 1);
        QCOMPARE(watch->state(), ConnectionWatch::State::Unavailable);
        // The CRM recovers; nobody presses anything.
        box.setFaults({});
        QTRY_COMPARE_WITH_TIMEOUT(s->outbox().openCount(), 0, 15000);
        QTRY_COMPARE(watch->state(), ConnectionWatch::State::Online);
        QCOMPARE(civiField(9, "last_name"), QStringLiteral("Patient"));
    }

    void credentialsRefusedAfterWorking()
    {
        auto s = session(QStringLiteral("remp"), QStringLiteral("remp-refused.sqlite"));
        QVERIFY(s);
        QVERIFY(!runSync(s->syncEngine()));
        // The token that worked is no longer the CRM's: another one is in the keychain now.
        auto [we, _] = await<int>(m_credentials.write(
            s->profile().name, {{QStringLiteral("api_token"), QStringLiteral("revoked-token")}}));
        QVERIFY(!we);
        auto [ce, __] = await<int>(s->connectBackend());
        QVERIFY(!ce);
        const CrmError e = runSync(s->syncEngine());
        QCOMPARE(e.kind, CrmError::Kind::Auth);
        QCOMPARE(s->connectionWatch()->state(), ConnectionWatch::State::CredentialsRefused);
        QVERIFY(!s->connectionWatch()->nextTry().isValid()); // nothing retried until the user acts
    }

    // --- 7. TLS: an untrusted certificate is refused, trusted by its fingerprint, refused again when changed
    // ---

    static bool makeCertificate(const QString& dir, const QString& name)
    {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                       dir + QLatin1Char('/') + name + QStringLiteral(".key"), QStringLiteral("-out"),
                       dir + QLatin1Char('/') + name + QStringLiteral(".pem"), QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
        return openssl.waitForFinished(60000) && openssl.exitCode() == 0;
    }

    static QString colonFingerprint(const QString& pemPath)
    {
        QFile f(pemPath);
        f.open(QIODevice::ReadOnly);
        const QByteArray hex =
            QSslCertificate(&f, QSsl::Pem).digest(QCryptographicHash::Sha256).toHex().toUpper();
        QStringList pairs;
        for (qsizetype i = 0; i < hex.size(); i += 2)
            pairs.append(QString::fromLatin1(hex.mid(i, 2)));
        return pairs.join(QLatin1Char(':'));
    }

    void selfSignedServerIsPinned()
    {
        QTemporaryDir certs;
        QVERIFY(makeCertificate(certs.path(), QStringLiteral("a")));
        QVERIFY(makeCertificate(certs.path(), QStringLiteral("b")));
        auto serve = [&](SandboxProcess& box, const QString& cert, quint16 port) {
            return box.start(50,
                             {QStringLiteral("--kind"), QStringLiteral("remp"), QStringLiteral("--tls-cert"),
                              certs.filePath(cert + QStringLiteral(".pem")), QStringLiteral("--tls-key"),
                              certs.filePath(cert + QStringLiteral(".key"))},
                             port);
        };
        SandboxProcess box;
        QVERIFY(serve(box, QStringLiteral("a"), 0));
        QCOMPARE(box.url().scheme(), QStringLiteral("https"));
        QTemporaryDir home;
        const QString name = QStringLiteral("pinned");
        const Run added =
            crmctl(home.path(),
                   {QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--kind"),
                    QStringLiteral("remp"), QStringLiteral("--url"), box.url().toString(),
                    QStringLiteral("--option"), QStringLiteral("groups=1:Newsletter")},
                   "api_token=sandbox-api-token\n");
        QVERIFY2(added.code == 0, qPrintable(added.err));
        // Refused, with the fingerprint to check, and nothing sent.
        const Run refused = crmctl(home.path(), {QStringLiteral("sync"), name});
        QCOMPARE(refused.code, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("not trusted")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("self-signed")), qPrintable(refused.err));
        const QString fingerprint = colonFingerprint(certs.filePath(QStringLiteral("a.pem")));
        QVERIFY2(refused.err.contains(fingerprint), qPrintable(refused.err));
        QVERIFY(!refused.err.contains(QStringLiteral("web page")));
        // Trusted by its fingerprint, for this connection.
        const Run trusted = crmctl(home.path(), {QStringLiteral("trust-certificate"), name, fingerprint});
        QVERIFY2(trusted.code == 0, qPrintable(trusted.err));
        QCOMPARE(crmctl(home.path(), {QStringLiteral("sync"), name}).code, 0);
        // The server shows another certificate: refused again.
        const quint16 port = box.port();
        box.kill();
        QVERIFY(serve(box, QStringLiteral("b"), port));
        const Run changed = crmctl(home.path(), {QStringLiteral("sync"), name});
        QCOMPARE(changed.code, 3);
        QVERIFY2(changed.err.contains(colonFingerprint(certs.filePath(QStringLiteral("b.pem")))),
                 qPrintable(changed.err));
        // The cached members stay readable meanwhile.
        QCOMPARE(crmctl(home.path(),
                        {QStringLiteral("members"), name, QStringLiteral("--limit"), QStringLiteral("3")})
                     .code,
                 0);
    }

    void unknownOptionsAreRefused()
    {
        QTemporaryDir home;
        const Run r = crmctl(home.path(),
                             {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("x"),
                              QStringLiteral("--kind"), QStringLiteral("remp"), QStringLiteral("--url"),
                              QStringLiteral("https://crm.example.org/"), QStringLiteral("--option"),
                              QStringLiteral("ca_cert=/etc/ssl/mine.pem")},
                             "api_token=x\n");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("no option \u201cca_cert\u201d")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("tls_certificate_sha256")));
    }

    // --- 6. a damaged cache says so; read-only media; two processes; files private ---

    void damagedCacheSaysSoAndRebuilds()
    {
        QTemporaryDir home;
        const QString name = QStringLiteral("damaged");
        QVERIFY(addCiviProfile(home.path(), name));
        QCOMPARE(crmctl(home.path(), {QStringLiteral("sync"), name}).code, 0);
        const qint64 total = crmctl(home.path(), {QStringLiteral("members"), name, QStringLiteral("--format"),
                                                  QStringLiteral("csv")})
                                 .out.count(QLatin1Char('\n')) -
                             1;
        QVERIFY(total > 100);
        // Two edits wait in the outbox while the CRM is down for a moment.
        SandboxProcess& box = sandbox(QStringLiteral("civicrm"));
        QVERIFY(box.setFaults({{QStringLiteral("fail_every"), 1}, {QStringLiteral("fail_status"), 503}}));
        for (int id : {41, 42})
            QCOMPARE(crmctl(home.path(), {QStringLiteral("edit"), name, QString::number(id),
                                          QStringLiteral("last_name=Rescued%1").arg(id)})
                         .code,
                     0); // saved in the outbox, and said so
        box.setFaults({});
        // 64 KiB of noise in the middle of the file.
        const QString file = cacheFileIn(home.path());
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray noise(64 * 1024, Qt::Uninitialized);
            quint32 x = 2463534242u;
            for (char& c : noise) {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                c = char(x);
            }
            QVERIFY(f.seek((f.size() / 2) & ~qint64(4095)));
            QCOMPARE(f.write(noise), qint64(noise.size()));
        }
        // Nothing short is served as if whole: each command says the copy is damaged and fails.
        const QList<QStringList> uses{
            {QStringLiteral("members"), name},
            {QStringLiteral("members"), name, QStringLiteral("--search"), QStringLiteral("a")},
            {QStringLiteral("edit"), name, QStringLiteral("43"), QStringLiteral("last_name=Nope")}};
        for (const QStringList& use : uses) {
            const Run r = crmctl(home.path(), use);
            QVERIFY2(r.code == 3, qPrintable(use.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
            QVERIFY2(r.err.contains(QStringLiteral("damaged")), qPrintable(r.err));
            QVERIFY2(r.err.contains(QStringLiteral("crmctl rebuild")), qPrintable(r.err));
            QVERIFY2(r.out.count(QLatin1Char('\n')) < 2, qPrintable(r.out.left(300)));
        }
        // The rebuild saves the unsent edits where the user can see them, then syncs them and all.
        QTemporaryDir saved;
        const Run rebuilt =
            crmctl(home.path(), {QStringLiteral("rebuild"), name, QStringLiteral("--save-to"), saved.path()});
        QVERIFY2(rebuilt.code == 0, qPrintable(rebuilt.err));
        const QStringList files = QDir(saved.path()).entryList({QStringLiteral("*.json")});
        QCOMPARE(files.size(), 1);
        QFile edits(QDir(saved.path()).filePath(files.first()));
        QVERIFY(edits.open(QIODevice::ReadOnly));
        const QJsonArray unsent =
            QJsonDocument::fromJson(edits.readAll()).object().value(QLatin1String("unsent_edits")).toArray();
        QCOMPARE(unsent.size(), 2);
        QCOMPARE(QFile(edits.fileName()).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
        for (int id : {41, 42}) {
            QCOMPARE(civiField(id, "last_name"), QStringLiteral("Rescued%1").arg(id));
        }
        const Run listed = crmctl(home.path(), {QStringLiteral("members"), name, QStringLiteral("--format"),
                                                QStringLiteral("csv")});
        QCOMPARE(listed.code, 0);
        QCOMPARE(listed.out.count(QLatin1Char('\n')) - 1, total);
        // The damaged file is kept, not deleted.
        const QStringList kept =
            QDir(QFileInfo(file).absolutePath()).entryList({QStringLiteral("*.sqlite.damaged-*")});
        QCOMPARE(kept.filter(QRegularExpression(QStringLiteral("damaged-\\d{8}-\\d{6}$"))).size(), 1);
    }

    void readOnlyMediaIsReadAndSaysSo()
    {
        QTemporaryDir home;
        const QString name = QStringLiteral("readonly");
        QVERIFY(addCiviProfile(home.path(), name));
        QCOMPARE(crmctl(home.path(), {QStringLiteral("sync"), name}).code, 0);
        const QString folder = QFileInfo(cacheFileIn(home.path())).absolutePath();
        // The cache's folder mounted read-only, as a read-only disk or share would be.
        auto readOnly = [&](const QStringList& args) {
            QProcess p;
            p.setProcessEnvironment(crmctlEnv(home.path()));
            // A mount namespace of its own: as root directly, otherwise inside a user namespace.
            p.start(
                QStringLiteral("unshare"),
                QStringList{::geteuid() == 0 ? QStringLiteral("-m") : QStringLiteral("-rm"),
                            QStringLiteral("sh"), QStringLiteral("-c"),
                            QStringLiteral("mount --bind \"$0\" \"$0\" && mount -o remount,bind,ro \"$0\" "
                                           "\"$0\" && exec \"$@\""),
                            folder, QStringLiteral(CRM_BIN_DIR "/crmctl")} +
                    args);
            Run r;
            if (p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit)
                r.code = p.exitCode();
            r.out = QString::fromUtf8(p.readAllStandardOutput());
            r.err = QString::fromUtf8(p.readAllStandardError());
            return r;
        };
        const Run probe = readOnly({QStringLiteral("profile"), QStringLiteral("list")});
        QVERIFY2(probe.code == 0,
                 qPrintable(QStringLiteral("read-only mount not possible here: ") + probe.err));
        const Run listed =
            readOnly({QStringLiteral("members"), name, QStringLiteral("--limit"), QStringLiteral("5")});
        QVERIFY2(listed.code == 0, qPrintable(listed.err));
        QVERIFY(listed.out.count(QLatin1Char('\n')) >= 5);
        const Run edit =
            readOnly({QStringLiteral("edit"), name, QStringLiteral("5"), QStringLiteral("last_name=X")});
        QVERIFY2(edit.code == 3, qPrintable(edit.err));
        QVERIFY2(edit.err.contains(QStringLiteral("can only be read")), qPrintable(edit.err));
    }

    void twoFirstSyncsAtOnce()
    {
        QTemporaryDir home;
        const QString name = QStringLiteral("twice");
        QVERIFY(addCiviProfile(home.path(), name));
        QVERIFY(sandbox(QStringLiteral("civicrm")).setFaults({{QStringLiteral("latency_ms"), 20}}));
        QProcess a, b;
        for (QProcess* p : {&a, &b}) {
            p->setProcessEnvironment(crmctlEnv(home.path()));
            p->start(QStringLiteral(CRM_BIN_DIR "/crmctl"),
                     {QStringLiteral("sync"), name, QStringLiteral("--page-size"), QStringLiteral("50")});
        }
        QVERIFY(a.waitForFinished(60000));
        QVERIFY(b.waitForFinished(60000));
        sandbox(QStringLiteral("civicrm")).setFaults({});
        QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
        QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
        Cache cache(cacheFileIn(home.path()));
        QVERIFY(!cache.open());
        const int listed = sandbox(QStringLiteral("civicrm"))
                               .call(QStringLiteral("Contact"), QStringLiteral("getcount"), {})
                               .value(QLatin1String("result"))
                               .toInt();
        QVERIFY(listed > 250);
        QCOMPARE(cache.countMembers({}), qint64(listed));
        QString report;
        QVERIFY2(cache.checkIntegrity(&report), qPrintable(report));
    }

    void filesArePrivate()
    {
        QTemporaryDir home;
        const QString name = QStringLiteral("private");
        QVERIFY(addCiviProfile(home.path(), name));
        // A failed sync, too, leaves no marker behind.
        QVERIFY(sandbox(QStringLiteral("civicrm")).setFaults({{QStringLiteral("fail_every"), 3}}));
        QVERIFY(crmctl(home.path(),
                       {QStringLiteral("sync"), name, QStringLiteral("--page-size"), QStringLiteral("50")})
                    .code != 0);
        sandbox(QStringLiteral("civicrm")).setFaults({});
        const QString file = cacheFileIn(home.path());
        const QString folder = QFileInfo(file).absolutePath();
        QCOMPARE(QDir(folder).entryList({QStringLiteral("*.open.*")}, QDir::Files | QDir::Hidden),
                 QStringList());
        const QString ini = home.path() + QStringLiteral("/config/crm-console/profiles.ini");
        const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                            QFile::WriteOther | QFile::ExeOther;
        for (const QString& path : {file, folder, ini, QFileInfo(ini).absolutePath()})
            QVERIFY2((QFile::permissions(path) & others) == 0, qPrintable(path));
        // Files an earlier version left readable by all are tightened on the next start.
        QFile::setPermissions(file, QFile::permissions(file) | QFile::ReadOther | QFile::ReadGroup);
        QFile::setPermissions(ini, QFile::permissions(ini) | QFile::ReadOther | QFile::ReadGroup);
        QFile::setPermissions(folder, QFile::permissions(folder) | QFile::ReadOther | QFile::ExeOther);
        QCOMPARE(crmctl(home.path(),
                        {QStringLiteral("members"), name, QStringLiteral("--limit"), QStringLiteral("1")})
                     .code,
                 0);
        for (const QString& path : {file, folder, ini})
            QVERIFY2((QFile::permissions(path) & others) == 0, qPrintable(path));
        // The WAL and shared-memory files of an open cache too.
        Cache cache(file);
        QVERIFY(!cache.open());
        QVERIFY(!cache.setState({{QStringLiteral("probe"), QStringLiteral("1")}}));
        for (const char* suffix : {"-wal", "-shm"})
            QVERIFY2((QFile::permissions(file + QLatin1String(suffix)) & others) == 0, suffix);
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
