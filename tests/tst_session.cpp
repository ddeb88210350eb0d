// The session's verbs and the cache's stores, with no window: each verb against crm-sandbox over real
// loopback HTTP, keys in the real keychain, the cache in a real SQLite file; and what each kind of CRM
// offers, read from its registry entry and its backend's facets.
#include "backends/crmbackend.h"
#include "cache/cache.h"
#include "credentials/credentialstore.h"
#include "outbox/outboxoperation.h"
#include "profiles/crmkinds.h"
#include "runhelpers.h"
#include "sandboxprocess.h"
#include "session/profilesession.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace crm;

class TestSession : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    CredentialStore m_credentials{QStringLiteral("crm-console-test")};
    QStringList m_profiles;

    /// A session of kind on sandbox (nullptr sandbox: an address nothing answers), connected when it can be.
    std::unique_ptr<ProfileSession> session(const QString& kind, SandboxProcess* sandbox, bool connect = true)
    {
        const BackendKind* entry = Backends::find(kind);
        Profile p;
        p.name = QStringLiteral("session-") + QUuid::createUuid().toString(QUuid::Id128);
        p.kind = kind;
        p.baseUrl = sandbox ? sandbox->url() : QUrl(QStringLiteral("http://127.0.0.1:9/"));
        p.options = entry->demo.options;
        p.options.insert(QStringLiteral("timeout_ms"), QStringLiteral("3000"));
        m_profiles << p.name;
        auto [written, _] = await<int>(m_credentials.write(p.name, entry->demo.secrets));
        if (written)
            return nullptr;
        auto s = std::make_unique<ProfileSession>(p, &m_credentials, &m_nam);
        if (s->openCache(m_dir.filePath(p.name + QStringLiteral(".sqlite"))))
            return nullptr;
        if (connect) {
            auto [e, __] = await<int>(s->connectBackend());
            if (e)
                return nullptr;
        }
        return s;
    }

    static QStringList changedIds(const QSignalSpy& spy)
    {
        QStringList ids;
        for (const QList<QVariant>& args : spy)
            ids += args.first().toStringList();
        return ids;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cleanupTestCase()
    {
        for (const QString& name : std::as_const(m_profiles))
            await<int>(m_credentials.remove(name, Backends::allSecretNames(QStringLiteral("civicrm")) +
                                                      Backends::allSecretNames(QStringLiteral("remp")) +
                                                      QStringList{QStringLiteral("api_token")}));
    }

    void everyKindHasOneRegistryEntry()
    {
        QCOMPARE(Backends::kinds(), (QStringList{QStringLiteral("civicrm"), QStringLiteral("remp"),
                                                 QStringLiteral("sheep"), QStringLiteral("identity")}));
        for (const BackendKind& k : Backends::all()) {
            QVERIFY2(!Backends::label(k.kind).isEmpty() && Backends::label(k.kind) != k.kind,
                     qPrintable(k.kind));
            QVERIFY(!k.signIn.isEmpty());
            QVERIFY(!k.demo.emulator.isEmpty() && !k.demo.secrets.isEmpty());
            Profile p;
            p.name = QStringLiteral("x");
            p.kind = k.kind;
            p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/"));
            p.options = k.demo.options;
            QString why;
            std::unique_ptr<CrmBackend> b(Backends::create(p, k.demo.secrets, &m_nam, nullptr, &why));
            QVERIFY2(b, qPrintable(why));
            QCOMPARE(b->kind(), k.kind);
        }
        QVERIFY(Backends::secretNames(QStringLiteral("civicrm"), QStringLiteral("oauth2")) ==
                QStringList{QStringLiteral("site_key")});
        QVERIFY(Backends::allSecretNames(QStringLiteral("remp")).contains(QStringLiteral("device_token")));
    }

    void abilitiesComeFromFacets_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("has");
        QTest::addColumn<int>("lacks");
        using A = Abilities;
        QTest::newRow("civicrm") << QStringLiteral("civicrm")
                                 << int(A::EditMembers | A::Groups | A::ListMembers | A::CreateMembers |
                                        A::Addresses | A::UserAccounts | A::ContactParts | A::Notes |
                                        A::Trash | A::ChoiceLists)
                                 << int(A::LookUp | A::Memberships | A::AddressBook | A::SignedInUser);
        QTest::newRow("remp") << QStringLiteral("remp")
                              << int(A::EditMembers | A::Groups | A::GroupListInProfile | A::ListMembers |
                                     A::CreateMembers | A::CheckEmails | A::AddressBook | A::Meta |
                                     A::CreateAccounts | A::StaffLogin | A::SupportTokens)
                              << int(A::LookUp | A::Memberships | A::ContactParts);
        QTest::newRow("sheep") << QStringLiteral("sheep")
                               << int(A::EditMembers | A::LookUp | A::CreateMembers | A::Memberships |
                                      A::PasswordResets | A::PersonRecords | A::CreateAccounts)
                               << int(A::Groups | A::ListMembers | A::Meta);
        QTest::newRow("identity") << QStringLiteral("identity")
                                  << int(A::LookUp | A::MemberActions | A::Addresses)
                                  << int(A::EditMembers | A::Groups | A::ListMembers | A::CreateMembers);
    }

    void abilitiesComeFromFacets()
    {
        QFETCH(QString, kind);
        QFETCH(int, has);
        QFETCH(int, lacks);
        // Known from the registry alone: no network, no keychain.
        auto s = session(kind, nullptr, false);
        QVERIFY(s);
        const Abilities can = s->abilities();
        QCOMPARE(int(can.set) & has, has);
        QCOMPARE(int(can.set) & lacks, 0);
        QCOMPARE(can.has(Abilities::EditMembers), !can.editableFields.isEmpty());
        QCOMPARE(can.has(Abilities::AddressBook), !can.addressTypes.isEmpty());
    }

    void onlyRecordMakingOperationsAreLookedForBeforeASecondSend()
    {
        using Op = OutboxEntry::Op;
        for (Op op : {Op::Create, Op::AddressAdd, Op::LinkedAdd, Op::ActionRecord})
            QVERIFY(OutboxOperation::of(op).makesRecord());
        for (Op op : {Op::Update, Op::GroupAdd, Op::GroupRemove, Op::Confirm, Op::AddressChange, Op::MetaSet,
                      Op::MetaDelete, Op::LinkedRemove})
            QVERIFY(!OutboxOperation::of(op).makesRecord());
    }

    void storesAnnounceTheirChanges()
    {
        QTemporaryDir dir;
        Cache cache(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(!cache.open());
        QSignalSpy members(cache.changes(), &CacheChanges::membersChanged);
        QSignalSpy groups(cache.changes(), &CacheChanges::groupsChanged);
        QSignalSpy outbox(cache.changes(), &CacheChanges::outboxChanged);
        Member m;
        m.id = QStringLiteral("7");
        m.firstName = QStringLiteral("Ada");
        m.lastName = QStringLiteral("Lovelace");
        m.displayName = QStringLiteral("Ada Lovelace");
        m.email = QStringLiteral("ada@example.org");
        m.modified = QStringLiteral("2026-01-01 10:00:00");
        QVERIFY(!cache.storeMember(m));
        QCOMPARE(changedIds(members), QStringList{QStringLiteral("7")});
        Group news;
        news.id = QStringLiteral("3");
        news.name = QStringLiteral("news");
        news.title = QStringLiteral("News");
        QVERIFY(!cache.writeGroups({news}, {}));
        QCOMPARE(groups.size(), 1);
        QVERIFY(!cache.putMeta(QStringLiteral("7"), {QStringLiteral("note"), QStringLiteral("hi"), true}));
        QCOMPARE(changedIds(members).count(QStringLiteral("7")), 2);
        // An edit waits in the outbox and shows in the member's row at once: through the member store.
        OutboxStore store(&cache);
        members.clear();
        CrmError e;
        QVERIFY(store.recordUpdate(QStringLiteral("7"),
                                   {{QStringLiteral("first_name"), QStringLiteral("Augusta")}}, &e));
        QCOMPARE(cache.member(QStringLiteral("7"))->firstName, QStringLiteral("Augusta"));
        QCOMPARE(cache.member(QStringLiteral("7"))->displayName, QStringLiteral("Augusta Lovelace"));
        QCOMPARE(changedIds(members), QStringList{QStringLiteral("7")});
        QCOMPARE(outbox.size(), 1);
        QVERIFY(
            store.recordMembership(OutboxEntry::Op::GroupAdd, QStringLiteral("3"), QStringLiteral("7"), &e));
        QCOMPARE(outbox.size(), 2);
        QCOMPARE(cache.groupsOf(QStringLiteral("7")), QStringList{QStringLiteral("3")});
    }

    void verbsNeedAConnection()
    {
        auto s = session(QStringLiteral("sheep"), nullptr, false);
        QVERIFY(s);
        QVERIFY(!s->isConnected());
        auto [e, _] = await<Member>(s->verbs().lookUp(QStringLiteral("james@sheep.example")));
        QCOMPARE(e.kind, CrmError::Kind::Local);
        QVERIFY2(e.userMessage().contains(QStringLiteral("Not connected")), qPrintable(e.userMessage()));
        QVERIFY(!s->verbs().accountRunner(nullptr));
    }

    void civicrmEditGroupAndDiscard()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start(40));
        auto s = session(QStringLiteral("civicrm"), &sandbox);
        QVERIFY(s);
        QVERIFY(!runSync(s->syncEngine()));
        const QString id = s->cache()->memberIds().first();
        QSignalSpy members(s->cache()->changes(), &CacheChanges::membersChanged);

        // Edit: shown at once, sent, then the CRM's record is the cache's.
        CrmError e;
        QVERIFY(s->verbs().editMember(id, {{QStringLiteral("first_name"), QStringLiteral("Verbena")}}, &e));
        QCOMPARE(s->cache()->member(id)->firstName, QStringLiteral("Verbena"));
        QSignalSpy done(s->outboxRunner(), &OutboxRunner::finished);
        s->verbs().send();
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().at(0).toInt(), 1);
        QVERIFY(s->outbox().open().isEmpty());
        const QJsonObject server =
            sandbox.call(QStringLiteral("Contact"), QStringLiteral("get"),
                         {{QStringLiteral("id"), id.toInt()}, {QStringLiteral("sequential"), 1}});
        QCOMPARE(server.value(QLatin1String("values"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("first_name"))
                     .toString(),
                 QStringLiteral("Verbena"));
        QVERIFY(changedIds(members).contains(id));

        // A group change, and groups read again.
        const QList<Group> groups = s->cache()->groups();
        QVERIFY(!groups.isEmpty());
        const Group g =
            *std::find_if(groups.cbegin(), groups.cend(), [](const Group& x) { return !x.smart; });
        QVERIFY(s->verbs().changeGroup(g.id, id, true, &e));
        QVERIFY(s->cache()->groupsOf(id).contains(g.id));
        done.clear();
        s->verbs().send();
        QVERIFY(done.wait(10000));
        QVERIFY(s->outbox().open().isEmpty());
        auto [ge, read] = await<QList<Group>>(s->verbs().refreshGroups());
        QVERIFY2(!ge, qPrintable(ge.userMessage()));
        QCOMPARE(read.size(), groups.size());

        // Discard: the edit goes, and the member's own values come back from the CRM.
        QVERIFY(s->verbs().editMember(id, {{QStringLiteral("last_name"), QStringLiteral("Unsent")}}, &e));
        const qint64 entry = s->outbox().open().first().id;
        members.clear();
        s->verbs().discard(entry);
        QTRY_VERIFY_WITH_TIMEOUT(s->cache()->member(id)->lastName != QStringLiteral("Unsent"), 10000);
        QVERIFY(s->outbox().open().isEmpty());
        QCOMPARE(s->cache()->member(id)->firstName, QStringLiteral("Verbena"));
    }

    void sheepLookUpKeepsTheMemberAndMemberships()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start(30, {QStringLiteral("--kind"), QStringLiteral("sheep")}));
        auto s = session(QStringLiteral("sheep"), &sandbox);
        QVERIFY(s);
        QVERIFY(s->verbs().acceptsLookupKey(QStringLiteral("james@sheep.example")));
        QVERIFY(!s->verbs().acceptsLookupKey(QStringLiteral("not an address")));
        QSignalSpy members(s->cache()->changes(), &CacheChanges::membersChanged);
        auto [e, m] = await<Member>(s->verbs().lookUp(QStringLiteral("james@sheep.example")));
        QVERIFY2(!e, qPrintable(e.userMessage()));
        QVERIFY(s->cache()->member(m.id));
        QVERIFY(!s->cache()->memberships(m.id).isEmpty());
        QVERIFY(changedIds(members).contains(m.id));
        auto [nf, _] = await<Member>(s->verbs().lookUp(QStringLiteral("nobody@sheep.example")));
        QCOMPARE(nf.kind, CrmError::Kind::NotFound);
    }

    void rempRecordsAndMetaSearch()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start(60, {QStringLiteral("--kind"), QStringLiteral("remp")}));
        auto s = session(QStringLiteral("remp"), &sandbox);
        QVERIFY(s);
        QVERIFY(!runSync(s->syncEngine()));
        const QString id = s->cache()->memberIds().first();
        auto [e, _] = await<int>(s->verbs().refreshRecords(id));
        QVERIFY2(!e, qPrintable(e.userMessage()));
        CrmError recorded;
        QVERIFY(s->verbs().record(OutboxEntry::Op::MetaSet, id,
                                  {{QStringLiteral("key"), QStringLiteral("segment")},
                                   {QStringLiteral("value"), QStringLiteral("verbs")},
                                   {QStringLiteral("public"), true}},
                                  &recorded));
        QSignalSpy done(s->outboxRunner(), &OutboxRunner::finished);
        s->verbs().send();
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().at(0).toInt(), 1);
        auto [fe, found] = await<QList<MetaMatch>>(
            s->verbs().findByMeta(QStringLiteral("segment"), QStringLiteral("verbs")));
        QVERIFY2(!fe, qPrintable(fe.userMessage()));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().memberId, id);
        // A verb the CRM has no facet for says so.
        auto [pe, __] = await<int>(s->verbs().sendPasswordReset(QStringLiteral("a@b.example")));
        QCOMPARE(pe.kind, CrmError::Kind::Local);
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
