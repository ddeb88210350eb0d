// The SheepCRM adapter, outbox and refresh against crm-sandbox --kind sheep over real loopback HTTP,
// with the system token in the real keychain and the cache in a real SQLite file.
#include "backends/crmbackend.h"
#include "cache/cache.h"
#include "credentials/credentialstore.h"
#include "outbox/outboxstore.h"
#include "runhelpers.h"
#include "sandboxprocess.h"
#include "session/profilesession.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace crm;

class TestSheepIntegration : public QObject {
    Q_OBJECT
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    CredentialStore m_credentials{QStringLiteral("crm-console-test")};
    QString m_profileName;

    std::unique_ptr<ProfileSession> session(const QString& cacheName,
                                            const QString& flock = QStringLiteral("sandbox"))
    {
        Profile p;
        p.name = m_profileName;
        p.kind = QStringLiteral("sheep");
        p.baseUrl = m_sandbox.url();
        p.options.insert(QStringLiteral("flock"), flock);
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

    /// Looks a member up and caches them with their memberships, as crmctl lookup and the GUI do.
    Member lookUp(ProfileSession& s, const QString& email)
    {
        auto [e, m] = await<Member>(
            through<MemberLookup>(s.backend(), [&](MemberLookup& f) { return f.lookupMember(email); }));
        if (e)
            return {};
        s.cache()->storeMember(m);
        auto [e2, ms] = await<QList<Membership>>(through<Memberships>(s.backend(), [&](Memberships& f) {
            return f.fetchMemberships({m.id, m.email});
        }));
        if (!e2)
            s.cache()->replaceMemberships(m.id, ms);
        return m;
    }

    OutboxEntry sendOne(ProfileSession& s, qint64 id)
    {
        runOutbox(s.outboxRunner());
        return s.outbox().entry(id).value_or(OutboxEntry{});
    }

    QStringList tagsOf(ProfileSession& s, const QString& id)
    {
        auto [e, m] = await<Member>(s.backend()->fetchMember(id));
        QStringList tags;
        for (const QJsonValue& t :
             m.raw.object().value(QLatin1String("person")).toObject().value(QLatin1String("tags")).toArray())
            tags.append(t.toString());
        return tags;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<CrmError>();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.start(200, {QStringLiteral("--kind"), QStringLiteral("sheep")}));
        m_profileName = QStringLiteral("sheep-") + QUuid::createUuid().toString(QUuid::Id128);
    }

    void init()
    {
        m_sandbox.setFaults({});
        setToken(QStringLiteral("sandbox-system-token"));
    }

    void cleanupTestCase() { await<int>(m_credentials.remove(m_profileName, {QStringLiteral("api_token")})); }

    void lookUpByEmailWithAccountStatusAndMemberships()
    {
        auto s = session(QStringLiteral("lookup.sqlite"));
        QVERIFY(s);
        QVERIFY(!s->backend()->has<MemberListing>());
        QVERIFY(s->backend()->has<MemberLookup>());
        auto [e, conn] = await<QString>(s->backend()->testConnection());
        QVERIFY2(!e, qPrintable(e.userMessage()));
        QVERIFY(conn.contains(QStringLiteral("look up a member")));

        const Member m = lookUp(*s, QStringLiteral("JAMES@sheep.example ")); // case and spaces do not matter
        QCOMPARE(m.email, QStringLiteral("james@sheep.example"));
        QCOMPARE(m.raw.object().value(QLatin1String("account_status")).toString(),
                 QStringLiteral("password"));
        QVERIFY(s->cache()->member(m.id));
        const QList<Membership> ms = s->cache()->memberships(m.id);
        QCOMPARE(ms.size(), 1);
        QCOMPARE(ms[0].type, QStringLiteral("Family membership"));
        QCOMPARE(ms[0].maxLinked, 3);
        QCOMPARE(ms[0].linked.size(), 2);
        QCOMPARE(ms[0].currency, QStringLiteral("GBP"));

        // Unknown e-mails are "not found", said with the other meaning SheepCRM gives a 404.
        auto [nf, _] = await<Member>(through<MemberLookup>(s->backend(), [&](MemberLookup& f) {
            return f.lookupMember(QStringLiteral("nobody@sheep.example"));
        }));
        QCOMPARE(nf.kind, CrmError::Kind::NotFound);
        QVERIFY2(nf.userMessage().contains(QStringLiteral("token")), qPrintable(nf.userMessage()));
    }

    void accountStatusesFromPreAuth()
    {
        auto s = session(QStringLiteral("status.sqlite"));
        QVERIFY(s);
        // In the sandbox every 11th account waits for activation and every 23rd is blocked; they are
        // found through their e-mail, read from the user record of the username.
        QStringList statuses;
        for (int i : {11, 23}) {
            auto [e, m] = await<Member>(s->backend()->fetchMember(QString::fromLatin1(
                QCryptographicHash::hash(QStringLiteral("user-%1").arg(i).toUtf8(), QCryptographicHash::Md5)
                    .toHex()
                    .left(10))));
            QVERIFY2(!e, qPrintable(e.userMessage()));
            statuses.append(m.raw.object().value(QLatin1String("account_status")).toString());
        }
        QCOMPARE(statuses, (QStringList{QStringLiteral("activation"), QStringLiteral("blocked")}));
    }

    void createAnswers201Or409()
    {
        auto s = session(QStringLiteral("create.sqlite"));
        QVERIFY(s);
        const qint64 id =
            s->outbox().recordAction(OutboxEntry::Op::Create, {},
                                     {{QStringLiteral("email"), QStringLiteral("new.member@sheep.example")},
                                      {QStringLiteral("first_name"), QStringLiteral("Nia")},
                                      {QStringLiteral("last_name"), QStringLiteral("Ó Súilleabháin")},
                                      {QStringLiteral("tags"), QStringList{QStringLiteral("new")}}});
        const OutboxEntry created = sendOne(*s, id);
        QCOMPARE(created.state, OutboxEntry::State::Done);
        const auto cached = s->cache()->member(created.memberId);
        QVERIFY(cached);
        QCOMPARE(cached->displayName, QStringLiteral("Nia Ó Súilleabháin"));
        QCOMPARE(tagsOf(*s, created.memberId), QStringList{QStringLiteral("new")});

        // The two conflicts say what they mean and what to do.
        const OutboxEntry again = sendOne(
            *s, s->outbox().recordAction(OutboxEntry::Op::Create, {},
                                         {{QStringLiteral("email"), QStringLiteral("james@sheep.example")}}));
        QCOMPARE(again.state, OutboxEntry::State::Failed);
        QVERIFY2(again.error.contains(QStringLiteral("Look the member up")), qPrintable(again.error));
        const OutboxEntry person =
            sendOne(*s, s->outbox().recordAction(
                            OutboxEntry::Op::Create, {},
                            {{QStringLiteral("email"), QStringLiteral("no.account@sheep.example")}}));
        QCOMPARE(person.state, OutboxEntry::State::Failed);
        QVERIFY2(person.error.contains(QStringLiteral("no user account")), qPrintable(person.error));
    }

    void editsSendWholeListsAndReportFieldByField()
    {
        auto s = session(QStringLiteral("edit.sqlite"));
        QVERIFY(s);
        const Member m = lookUp(*s, QStringLiteral("james@sheep.example"));
        QVERIFY(!m.id.isEmpty());
        const QStringList before = tagsOf(*s, m.id);
        // Adding one tag sends the whole list with it; a single value would have appended.
        QStringList added = before;
        added.append(QStringLiteral("trustee"));
        QVERIFY(s->outbox().recordUpdate(
            m.id, {{QStringLiteral("tags"), added}, {QStringLiteral("region"), QStringLiteral("Norfolk")}}));
        RunResult r = runOutbox(s->outboxRunner());
        QVERIFY2(!r.error, qPrintable(r.error.userMessage()));
        QCOMPARE(r.sent, 1);
        QCOMPARE(tagsOf(*s, m.id), added);
        // Removing one sends the list without it.
        QStringList removed = added;
        removed.removeAll(before.first());
        QVERIFY(s->outbox().recordUpdate(m.id, {{QStringLiteral("tags"), removed}}));
        r = runOutbox(s->outboxRunner());
        QCOMPARE(r.sent, 1);
        QCOMPARE(tagsOf(*s, m.id), removed);
        // The cache holds the record as SheepCRM now has it.
        const auto cached = s->cache()->member(m.id);
        QCOMPARE(cached->raw.object()
                     .value(QLatin1String("person"))
                     .toObject()
                     .value(QLatin1String("region"))
                     .toString(),
                 QStringLiteral("Norfolk"));
        // An account field and a person field go to their own calls; a bad e-mail is refused by field.
        QVERIFY(s->outbox().recordUpdate(
            m.id, {{QStringLiteral("first_name"), QStringLiteral("Jim")},
                   {QStringLiteral("telephone"), QStringList{QStringLiteral("not a phone?")}},
                   {QStringLiteral("email"), QStringLiteral("broken@")}}));
        r = runOutbox(s->outboxRunner());
        QCOMPARE(r.failed, 1);
        const OutboxEntry refused = s->outbox().open().constLast();
        QVERIFY2(refused.error.contains(QStringLiteral("email: invalid email address")),
                 qPrintable(refused.error));
    }

    void linkedMembersWithinTheAllowance()
    {
        auto s = session(QStringLiteral("linked.sqlite"));
        QVERIFY(s);
        const Member m = lookUp(*s, QStringLiteral("james@sheep.example"));
        Membership ms = s->cache()->memberships(m.id).value(0);
        QVERIFY(!ms.id.isEmpty());
        const qsizetype before = ms.linked.size();
        const qint64 add =
            s->outbox().recordAction(OutboxEntry::Op::LinkedAdd, m.id,
                                     {{QStringLiteral("membership"), ms.id},
                                      {QStringLiteral("email"), QStringLiteral("child@sheep.example")},
                                      {QStringLiteral("first_name"), QStringLiteral("Child")},
                                      {QStringLiteral("last_name"), QStringLiteral("Dubois")}});
        QCOMPARE(sendOne(*s, add).state, OutboxEntry::State::Done);
        QTRY_COMPARE(s->cache()->membership(ms.id)->linked.size(), before + 1);
        ms = *s->cache()->membership(ms.id);
        // Past max_linked_members SheepCRM answers 409: refused with the way forward.
        const OutboxEntry full = sendOne(
            *s, s->outbox().recordAction(OutboxEntry::Op::LinkedAdd, m.id,
                                         {{QStringLiteral("membership"), ms.id},
                                          {QStringLiteral("email"), QStringLiteral("one.more@sheep.example")},
                                          {QStringLiteral("first_name"), QStringLiteral("One")},
                                          {QStringLiteral("last_name"), QStringLiteral("More")}}));
        QCOMPARE(ms.linked.size(), ms.maxLinked); // the family membership is now full
        QCOMPARE(full.state, OutboxEntry::State::Failed);
        QVERIFY2(full.error.contains(QStringLiteral("no more linked members")), qPrintable(full.error));
        // Remove the one added; the cache follows.
        const QString luid = ms.linked.constLast().id;
        const qint64 remove = s->outbox().recordAction(
            OutboxEntry::Op::LinkedRemove, m.id,
            {{QStringLiteral("membership"), ms.id}, {QStringLiteral("linked"), luid}});
        QCOMPARE(sendOne(*s, remove).state, OutboxEntry::State::Done);
        QTRY_COMPARE(s->cache()->membership(ms.id)->linked.size(), before);
        // Removing it again: it is gone, and that is said.
        const OutboxEntry gone = sendOne(*s, s->outbox().recordAction(OutboxEntry::Op::LinkedRemove, m.id,
                                                                      {{QStringLiteral("membership"), ms.id},
                                                                       {QStringLiteral("linked"), luid}}));
        QCOMPARE(gone.state, OutboxEntry::State::Failed);
        QVERIFY2(gone.error.contains(QStringLiteral("removed already")), qPrintable(gone.error));
    }

    void passwordResetAndRefresh()
    {
        auto s = session(QStringLiteral("refresh.sqlite"));
        QVERIFY(s);
        auto [e, _] = await<int>(through<PasswordResets>(s->backend(), [&](PasswordResets& f) {
            return f.sendPasswordReset(QStringLiteral("james@sheep.example"));
        }));
        QVERIFY2(!e, qPrintable(e.userMessage()));
        auto [nf, __] = await<int>(through<PasswordResets>(s->backend(), [&](PasswordResets& f) {
            return f.sendPasswordReset(QStringLiteral("nobody@sheep.example"));
        }));
        QCOMPARE(nf.kind, CrmError::Kind::NotFound);
        // A sync of a CRM that cannot list reads the looked-up members again, and keeps them offline.
        lookUp(*s, QStringLiteral("james@sheep.example"));
        const CrmError sync = runSync(s->syncEngine());
        QVERIFY2(!sync, qPrintable(sync.userMessage()));
        QCOMPARE(s->cache()->countMembers({}), 1);
        QVERIFY(s->cache()->lastSync().isValid());
    }

    void wrongTokenOrFlockIsToldApart()
    {
        auto s = session(QStringLiteral("creds.sqlite"));
        QVERIFY(s);
        const Member m = lookUp(*s, QStringLiteral("james@sheep.example"));
        setToken(QStringLiteral("not-the-token"));
        auto broken = session(QStringLiteral("creds.sqlite"));
        QVERIFY(broken);
        // A member found before and "not found" now: the token is the likely cause.
        auto [e, _] = await<Member>(broken->backend()->fetchMember(m.id));
        QCOMPARE(e.kind, CrmError::Kind::Auth);
        QVERIFY2(e.userMessage().contains(QStringLiteral("found before")), qPrintable(e.userMessage()));
        // Creating cannot be "not found" at all.
        auto [c, __] = await<Member>(through<MemberCreation>(broken->backend(), [&](MemberCreation& f) {
            return f.createMember({{QStringLiteral("email"), QStringLiteral("a@b.example")}});
        }));
        QCOMPARE(c.kind, CrmError::Kind::Auth);
        // A sync stops on it and keeps the cached member.
        QVERIFY(runSync(broken->syncEngine()));
        QCOMPARE(broken->cache()->countMembers({}), 1);
    }

    void failureMatrix_data()
    {
        QTest::addColumn<QJsonObject>("faults");
        QTest::addColumn<int>("kind");
        using K = CrmError::Kind;
        QTest::newRow("500") << QJsonObject{{QStringLiteral("fail_every"), 1},
                                            {QStringLiteral("fail_status"), 500}}
                             << int(K::Protocol);
        QTest::newRow("html") << QJsonObject{{QStringLiteral("html_every"), 1}} << int(K::Protocol);
        QTest::newRow("truncated json")
            << QJsonObject{{QStringLiteral("truncate_every"), 1}} << int(K::Protocol);
        QTest::newRow("malformed json")
            << QJsonObject{{QStringLiteral("malformed_every"), 1}} << int(K::Protocol);
        QTest::newRow("dropped connection")
            << QJsonObject{{QStringLiteral("drop_every"), 1}} << int(K::Network);
        QTest::newRow("timeout") << QJsonObject{{QStringLiteral("hang_every"), 1}} << int(K::Timeout);
    }
    void failureMatrix()
    {
        QFETCH(QJsonObject, faults);
        QFETCH(int, kind);
        const QString cache =
            QStringLiteral("matrix-%1.sqlite")
                .arg(
                    QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')));
        auto s = session(cache);
        QVERIFY(s);
        const Member m = lookUp(*s, QStringLiteral("james@sheep.example"));
        const Membership ms = s->cache()->memberships(m.id).value(0);
        QVERIFY(s->outbox().recordUpdate(m.id, {{QStringLiteral("locality"), QStringLiteral("Bath")}}));
        QVERIFY(s->outbox().recordAction(
            OutboxEntry::Op::LinkedRemove, m.id,
            {{QStringLiteral("membership"), ms.id}, {QStringLiteral("linked"), ms.linked.value(0).id}}));
        QVERIFY(m_sandbox.setFaults(faults));
        auto [lookupError, _] = await<Member>(through<MemberLookup>(s->backend(), [&](MemberLookup& f) {
            return f.lookupMember(QStringLiteral("james@sheep.example"));
        }));
        const CrmError sync = runSync(s->syncEngine());
        const RunResult r = runOutbox(s->outboxRunner());
        m_sandbox.setFaults({});
        QCOMPARE(int(lookupError.kind), kind);
        QCOMPARE(int(sync.kind), kind);
        QCOMPARE(int(r.error.kind), kind);
        // Nothing lost: the member, the membership and both edits are still there.
        QCOMPARE(s->cache()->countMembers({}), 1);
        QCOMPARE(s->cache()->membership(ms.id)->linked.size(), ms.linked.size());
        QCOMPARE(s->outbox().pending().size(), 2);
        const RunResult back = runOutbox(s->outboxRunner());
        QVERIFY2(!back.error, qPrintable(back.error.userMessage()));
        QCOMPARE(back.sent, 2);
    }
};

QTEST_GUILESS_MAIN(TestSheepIntegration)
#include "tst_sheep_integration.moc"
