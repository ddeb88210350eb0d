// The REMP adapter, sync engine and outbox against crm-sandbox --kind remp over real loopback HTTP,
// with the API token in the real keychain and the cache in a real SQLite file.
#include "backends/crmbackend.h"
#include "cache/cache.h"
#include "credentials/credentialstore.h"
#include "outbox/outboxstore.h"
#include "runhelpers.h"
#include "sandboxprocess.h"
#include "session/profilesession.h"

#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <algorithm>

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

    std::unique_ptr<ProfileSession> session(const QString& cacheName, const QString& staffEmail = {})
    {
        Profile p;
        p.name = m_profileName;
        p.kind = QStringLiteral("remp");
        p.baseUrl = m_sandbox.url();
        p.options.insert(QStringLiteral("groups"), QStringLiteral("1:Newsletter;2:Premium readers;9:Gone"));
        p.options.insert(QStringLiteral("timeout_ms"), QStringLiteral("1500"));
        if (!staffEmail.isEmpty())
            p.options.insert(QStringLiteral("staff_email"), staffEmail);
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

    /// The faults every matrix runs through: a refused token, then each way an answer can go wrong.
    static void faultRows(bool midSync)
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
        if (midSync) {
            QTest::newRow("fails mid-sync")
                << QJsonObject{{QStringLiteral("fail_every"), 3}} << good << int(K::Protocol);
            // Every page asked for side by side comes back as the first: told, not written as the rest.
            QTest::newRow("ignores the page number")
                << QJsonObject{{QStringLiteral("ignore_cursor"), true}} << good << int(K::Protocol);
        }
    }

    /// A synced session (one cache shared by the record tests).
    std::unique_ptr<ProfileSession> synced(const QString& cacheName)
    {
        auto s = session(cacheName);
        if (s && runSync(s->syncEngine()))
            return nullptr;
        return s;
    }

    /// The state and error of an outbox entry after one run.
    OutboxEntry sendOne(ProfileSession& s, qint64 id)
    {
        runOutbox(s.outboxRunner());
        return s.outbox().entry(id).value_or(OutboxEntry{});
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

    void cleanupTestCase()
    {
        await<int>(m_credentials.remove(
            m_profileName,
            {QStringLiteral("api_token"), QStringLiteral("staff_password"), QStringLiteral("device_token")}));
    }

    void syncListsEveryUserOverPagesOfAThousand()
    {
        auto s = session(QStringLiteral("sync.sqlite"));
        QVERIFY(s);
        QVERIFY(s->backend()->has<GroupBook>());
        QVERIFY(!s->backend()->has<GroupMemberListing>());
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

    void createCheckAndConfirmMembers()
    {
        auto s = synced(QStringLiteral("create.sqlite"));
        QVERIFY(s);
        QVERIFY(s->backend()->has<MemberCreation>() && s->backend()->has<EmailChecks>());

        // Availability as the New member dialog asks it.
        auto [e1, free] = await<EmailCheck>(through<EmailChecks>(s->backend(), [&](EmailChecks& f) {
            return f.checkEmail(QStringLiteral("new.reader@example.org"));
        }));
        QVERIFY2(!e1, qPrintable(e1.userMessage()));
        QVERIFY(!free.taken);
        auto [e2, admin] = await<EmailCheck>(through<EmailChecks>(s->backend(), [&](EmailChecks& f) {
            return f.checkEmail(QStringLiteral("admin@crm.press"), QStringLiteral("wrong-password"));
        }));
        QVERIFY(!e2);
        QVERIFY(admin.taken);
        QCOMPARE(admin.userId, QStringLiteral("1"));
        QCOMPARE(admin.password, EmailCheck::Password::Wrong);

        // Creating goes through the outbox, with the optional fields the seed lists.
        const qint64 id =
            s->outbox().recordAction(OutboxEntry::Op::Create, {},
                                     {{QStringLiteral("email"), QStringLiteral("new.reader@example.org")},
                                      {QStringLiteral("first_name"), QStringLiteral("Nova")},
                                      {QStringLiteral("last_name"), QStringLiteral("Reader")},
                                      {QStringLiteral("source"), QStringLiteral("crm-console")},
                                      {QStringLiteral("note"), QStringLiteral("phoned in")},
                                      {QStringLiteral("send_email"), QStringLiteral("0")}});
        QVERIFY(id);
        const OutboxEntry created = sendOne(*s, id);
        QCOMPARE(created.state, OutboxEntry::State::Done);
        const auto cached = s->cache()->member(created.memberId);
        QVERIFY(cached);
        QCOMPARE(cached->email, QStringLiteral("new.reader@example.org"));
        QCOMPARE(cached->displayName, QStringLiteral("Nova Reader"));
        auto [e3, taken] = await<EmailCheck>(through<EmailChecks>(s->backend(), [&](EmailChecks& f) {
            return f.checkEmail(QStringLiteral("new.reader@example.org"));
        }));
        QVERIFY(!e3);
        QVERIFY(taken.taken);

        // The same e-mail again: refused with REMP's words, the entry kept as failed.
        const qint64 again =
            s->outbox().recordAction(OutboxEntry::Op::Create, {},
                                     {{QStringLiteral("email"), QStringLiteral("new.reader@example.org")}});
        const OutboxEntry refused = sendOne(*s, again);
        QCOMPARE(refused.state, OutboxEntry::State::Failed);
        QVERIFY2(refused.error.contains(QLatin1String("Email is already taken")), qPrintable(refused.error));

        // Confirm sends an Idempotency-Key; a resend with the same key (a lost answer) is answered ok.
        const QVariantMap key{{QStringLiteral("idempotency_key"), QStringLiteral("confirm-key-1")}};
        const qint64 confirm = s->outbox().recordAction(OutboxEntry::Op::Confirm, created.memberId, key);
        QCOMPARE(sendOne(*s, confirm).state, OutboxEntry::State::Done);
        const qint64 replay = s->outbox().recordAction(OutboxEntry::Op::Confirm, created.memberId, key);
        QCOMPARE(sendOne(*s, replay).state, OutboxEntry::State::Done);
    }

    void addressesByTypeAndChangeRequests()
    {
        auto s = synced(QStringLiteral("addresses.sqlite"));
        QVERIFY(s);
        QCOMPARE(s->backend()->facet<AddressBook>()->addressTypes(),
                 (QStringList{QStringLiteral("print"), QStringLiteral("invoice")}));
        const Member m1 = *s->cache()->member(QStringLiteral("1"));
        auto [e, list] = await<QList<Address>>(through<AddressBook>(s->backend(), [&](AddressBook& f) {
            return f.fetchAddresses({m1.id, m1.email});
        }));
        QVERIFY2(!e, qPrintable(e.userMessage()));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().locationType, QStringLiteral("print"));
        QVERIFY(!s->cache()->replaceAddresses(m1.id, list));
        QCOMPARE(s->cache()->member(m1.id)->addresses.first().city, list.first().city);
        auto [eType, none] = await<QList<Address>>(through<AddressBook>(s->backend(), [&](AddressBook& f) {
            return f.fetchAddresses({m1.id, m1.email}, QStringLiteral("invoice"));
        }));
        QVERIFY(!eType);
        QVERIFY(none.isEmpty());

        // User 4 has no address: a change request is refused as "no parent", marked so the console can
        // offer to create one instead.
        const QVariantMap fields{{QStringLiteral("street"), QStringLiteral("Obchodná")},
                                 {QStringLiteral("number"), QStringLiteral("12")},
                                 {QStringLiteral("zip"), QStringLiteral("81106")},
                                 {QStringLiteral("city"), QStringLiteral("Bratislava")},
                                 {QStringLiteral("country_iso"), QStringLiteral("SK")},
                                 {QStringLiteral("tax_id"), QStringLiteral("2020")}};
        const QVariantMap payload{{QStringLiteral("type"), QStringLiteral("print")},
                                  {QStringLiteral("fields"), fields}};
        const qint64 change =
            s->outbox().recordAction(OutboxEntry::Op::AddressChange, QStringLiteral("4"), payload);
        const OutboxEntry noParent = sendOne(*s, change);
        QCOMPARE(noParent.state, OutboxEntry::State::Failed);
        QCOMPARE(noParent.errorCode, CrmError::ParentAddressMissing);
        QVERIFY2(noParent.error.contains(QLatin1String("Parent address not found")),
                 qPrintable(noParent.error));

        // Creating the parent (street, not address) shows in the cache once the CRM took it.
        const qint64 add =
            s->outbox().recordAction(OutboxEntry::Op::AddressAdd, QStringLiteral("4"), payload);
        QCOMPARE(sendOne(*s, add).state, OutboxEntry::State::Done);
        QTRY_COMPARE(s->cache()->member(QStringLiteral("4"))->addresses.size(), 1);
        QCOMPARE(s->cache()->member(QStringLiteral("4"))->addresses.first().street,
                 QStringLiteral("Obchodná 12"));
        QCOMPARE(s->cache()
                     ->member(QStringLiteral("4"))
                     ->addresses.first()
                     .raw.object()
                     .value(QLatin1String("tax_id")),
                 QJsonValue(QStringLiteral("2020")));
        // Now the change request has its parent (and its tax field goes by its own name).
        const qint64 retry =
            s->outbox().recordAction(OutboxEntry::Op::AddressChange, QStringLiteral("4"), payload);
        const OutboxEntry requested = sendOne(*s, retry);
        QCOMPARE(requested.state, OutboxEntry::State::Done);
        QVERIFY(!requested.serverSnapshot.value(QLatin1String("address_id")).toString().isEmpty());

        // An unknown country is refused with the server's words.
        QVariantMap bad = payload;
        bad[QStringLiteral("fields")] = QVariantMap{{QStringLiteral("country_iso"), QStringLiteral("ZZ")}};
        bad[QStringLiteral("type")] = QStringLiteral("invoice");
        const OutboxEntry country =
            sendOne(*s, s->outbox().recordAction(OutboxEntry::Op::AddressAdd, QStringLiteral("4"), bad));
        QCOMPARE(country.state, OutboxEntry::State::Failed);
        QVERIFY2(country.error.contains(QLatin1String("Country not found")), qPrintable(country.error));
        // An unknown address type too.
        bad[QStringLiteral("type")] = QStringLiteral("holiday");
        const OutboxEntry type =
            sendOne(*s, s->outbox().recordAction(OutboxEntry::Op::AddressAdd, QStringLiteral("4"), bad));
        QVERIFY2(type.error.contains(QLatin1String("Address type not found")), qPrintable(type.error));
    }

    void userMetaListSetDeleteAndFind()
    {
        auto s = synced(QStringLiteral("meta.sqlite"));
        QVERIFY(s);
        const MemberRef ref{QStringLiteral("55"), s->cache()->member(QStringLiteral("55"))->email};
        auto [e, listed] = await<QList<MetaEntry>>(
            through<MemberMeta>(s->backend(), [&](MemberMeta& f) { return f.fetchMeta(ref); }));
        QVERIFY2(!e, qPrintable(e.userMessage()));
        QCOMPARE(listed.size(), 1); // the public newsletter flag; the private vip segment is not listed
        QCOMPARE(listed.first().key, QStringLiteral("newsletter_subscribed"));
        QVERIFY(!s->cache()->replacePublicMeta(ref.id, listed));

        // Set a private and a public entry through the outbox: shown at once, sent, kept by a refresh.
        QVERIFY(s->outbox().recordAction(OutboxEntry::Op::MetaSet, ref.id,
                                         {{QStringLiteral("key"), QStringLiteral("support_note")},
                                          {QStringLiteral("value"), QStringLiteral("prefers phone")},
                                          {QStringLiteral("public"), false}}));
        QVERIFY(s->outbox().recordAction(OutboxEntry::Op::MetaSet, ref.id,
                                         {{QStringLiteral("key"), QStringLiteral("favourite_section")},
                                          {QStringLiteral("value"), QStringLiteral("culture")},
                                          {QStringLiteral("public"), true}}));
        QCOMPARE(s->cache()->metaOf(ref.id).size(), 3);
        const RunResult r = runOutbox(s->outboxRunner());
        QVERIFY2(!r.error, qPrintable(r.error.userMessage()));
        QCOMPARE(r.sent, 2);
        auto [e2, after] = await<QList<MetaEntry>>(
            through<MemberMeta>(s->backend(), [&](MemberMeta& f) { return f.fetchMeta(ref); }));
        QVERIFY(!e2);
        QCOMPARE(after.size(), 2); // public ones only
        QVERIFY(!s->cache()->replacePublicMeta(ref.id, after));
        const QList<MetaEntry> cached = s->cache()->metaOf(ref.id);
        QCOMPARE(cached.size(), 3);
        QCOMPARE(cached[2].key, QStringLiteral("support_note"));
        QVERIFY(!cached[2].isPublic);

        // Members with a key, with and without a value.
        auto [e3, vip] = await<QList<MetaMatch>>(through<MemberMeta>(s->backend(), [&](MemberMeta& f) {
            return f.findByMeta(QStringLiteral("segment"), QStringLiteral("vip"));
        }));
        QVERIFY(!e3);
        QVERIFY(std::any_of(vip.begin(), vip.end(),
                            [](const MetaMatch& m) { return m.memberId == QLatin1String("55"); }));
        auto [e4, notes] = await<QList<MetaMatch>>(through<MemberMeta>(
            s->backend(), [&](MemberMeta& f) { return f.findByMeta(QStringLiteral("support_note")); }));
        QVERIFY(!e4);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().value, QStringLiteral("prefers phone"));

        // Delete (204) through the outbox.
        const qint64 del =
            s->outbox().recordAction(OutboxEntry::Op::MetaDelete, ref.id,
                                     {{QStringLiteral("key"), QStringLiteral("favourite_section")}});
        QCOMPARE(s->cache()->metaOf(ref.id).size(), 2);
        QCOMPARE(sendOne(*s, del).state, OutboxEntry::State::Done);
        auto [e5, gone] = await<QList<MetaEntry>>(
            through<MemberMeta>(s->backend(), [&](MemberMeta& f) { return f.fetchMeta(ref); }));
        QVERIFY(!e5);
        QCOMPARE(gone.size(), 1);

        // A member the CRM does not have: refused with its words, the edit kept as failed.
        const OutboxEntry unknown =
            sendOne(*s, s->outbox().recordAction(OutboxEntry::Op::MetaSet, QStringLiteral("999999"),
                                                 {{QStringLiteral("key"), QStringLiteral("k")},
                                                  {QStringLiteral("value"), QStringLiteral("v")}}));
        QCOMPARE(unknown.state, OutboxEntry::State::Failed);
        QVERIFY2(unknown.error.contains(QLatin1String("User not found")), qPrintable(unknown.error));
    }

    void staffLoginAndSupportTokens()
    {
        await<int>(m_credentials.write(
            m_profileName, {{QStringLiteral("staff_password"), QStringLiteral("sandbox-staff-password")}}));
        auto s = session(QStringLiteral("staff.sqlite"), QStringLiteral("admin@crm.press"));
        QVERIFY(s);
        auto [e, staff] = await<StaffAccount>(s->verifyStaffAccount());
        QVERIFY2(!e, qPrintable(e.userMessage()));
        QCOMPARE(staff.email, QStringLiteral("admin@crm.press"));
        QVERIFY(staff.roles.contains(QStringLiteral("superadmin")));
        await<int>(m_credentials.write(m_profileName,
                                       {{QStringLiteral("staff_password"), QStringLiteral("not-it")}}));
        auto [wrong, _] = await<StaffAccount>(s->verifyStaffAccount());
        QVERIFY(wrong);
        QVERIFY2(wrong.userMessage().contains(QLatin1String("password")), qPrintable(wrong.userMessage()));

        auto [e2, owner] = await<TokenOwner>(through<SupportTokens>(s->backend(), [&](SupportTokens& f) {
            return f.verifyAutologinToken(QStringLiteral("sandbox-autologin-token"));
        }));
        QVERIFY2(!e2, qPrintable(e2.userMessage()));
        QCOMPARE(owner.member.id, QStringLiteral("2"));
        auto [bad, __] = await<TokenOwner>(through<SupportTokens>(s->backend(), [&](SupportTokens& f) {
            return f.verifyAutologinToken(QStringLiteral("made-up"));
        }));
        QCOMPARE(bad.kind, CrmError::Kind::Validation); // the member's token, not the console's keys
        QVERIFY2(bad.userMessage().contains(QLatin1String("autologin token")), qPrintable(bad.userMessage()));

        // A device token goes to the keychain and nowhere else.
        auto [e3, name] = await<QString>(s->issueDeviceToken(QStringLiteral("support-phone")));
        QVERIFY2(!e3, qPrintable(e3.userMessage()));
        auto [e4, stored] = await<QMap<QString, QString>>(m_credentials.read(m_profileName, {name}));
        QVERIFY(!e4);
        QCOMPARE(stored.value(name).size(), 32);
        QVERIFY(!name.contains(stored.value(name)));
    }

    void recordCallsFailureMatrix_data() { faultRows(false); }
    void recordCallsFailureMatrix()
    {
        QFETCH(QJsonObject, faults);
        QFETCH(QString, token);
        QFETCH(int, kind);
        const QString cache =
            QStringLiteral("records-%1.sqlite")
                .arg(
                    QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')));
        {
            auto s = synced(cache);
            QVERIFY(s);
        }
        setToken(token);
        auto s = session(cache);
        QVERIFY(s);
        const MemberRef ref{QStringLiteral("3"), s->cache()->member(QStringLiteral("3"))->email};
        const qint64 before = s->cache()->countMembers({});
        QVERIFY(m_sandbox.setFaults(faults));
        auto [readError, _] = await<QList<Address>>(
            through<AddressBook>(s->backend(), [&](AddressBook& f) { return f.fetchAddresses(ref); }));
        auto [metaError, __] = await<QList<MetaEntry>>(
            through<MemberMeta>(s->backend(), [&](MemberMeta& f) { return f.fetchMeta(ref); }));
        QVERIFY(s->outbox().recordAction(
            OutboxEntry::Op::MetaSet, ref.id,
            {{QStringLiteral("key"), QStringLiteral("k")}, {QStringLiteral("value"), QStringLiteral("v")}}));
        QVERIFY(s->outbox().recordAction(
            OutboxEntry::Op::AddressAdd, ref.id,
            {{QStringLiteral("type"), QStringLiteral("invoice")},
             {QStringLiteral("fields"), QVariantMap{{QStringLiteral("city"), QStringLiteral("Nitra")}}}}));
        const RunResult r = runOutbox(s->outboxRunner());
        m_sandbox.setFaults({});
        QCOMPARE(int(readError.kind), kind);
        QCOMPARE(int(metaError.kind), kind);
        QCOMPARE(int(r.error.kind), kind);
        QVERIFY(!r.error.userMessage().isEmpty());
        // Nothing lost: both edits wait in the outbox, the local meta edit still shows.
        QCOMPARE(s->outbox().pending().size(), 2);
        QCOMPARE(s->cache()->metaOf(ref.id).size(), 1);
        QCOMPARE(s->cache()->countMembers({}), before);
        // And once the CRM is back, they go.
        setToken(QStringLiteral("sandbox-api-token"));
        auto back = session(cache);
        QVERIFY(back);
        const RunResult sent = runOutbox(back->outboxRunner());
        QVERIFY2(!sent.error, qPrintable(sent.error.userMessage()));
        QCOMPARE(sent.sent, 2);
    }

    void missingParameterIsNamed()
    {
        auto s = synced(QStringLiteral("missing.sqlite"));
        QVERIFY(s);
        const Member m = *s->cache()->member(QStringLiteral("3"));
        // An empty type counts as missing for REMP: its invalid_input answer names the field.
        auto [e, _] = await<QString>(through<AddressBook>(s->backend(), [&](AddressBook& f) {
            return f.addAddress({m.id, m.email}, QString(), {});
        }));
        QCOMPARE(e.kind, CrmError::Kind::Validation);
        QVERIFY2(e.userMessage().contains(QLatin1String("type")), qPrintable(e.userMessage()));
    }

    void failureMatrix_data() { faultRows(true); }
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
        const qint64 before = s->cache()->countMembers({}); // earlier tests may have created users
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
        QCOMPARE(broken->cache()->countMembers({}), before);
        // Where the server still takes the change (a fault on some requests, or on paging only) it is sent.
        const bool sendable = QTest::currentDataTag() == QByteArray("fails mid-sync") ||
                              QTest::currentDataTag() == QByteArray("ignores the page number");
        QCOMPARE(broken->outbox().pending().size(), sendable && !r.error ? 0 : 1);
        QString report;
        QVERIFY2(broken->cache()->checkIntegrity(&report), qPrintable(report));
    }
};

QTEST_GUILESS_MAIN(TestRempIntegration)
#include "tst_remp_integration.moc"
