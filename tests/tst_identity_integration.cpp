// The Identity adapter and the outbox against crm-sandbox --kind identity over real loopback HTTP, with
// the API token in the real keychain and the cache in a real SQLite file.
#include "backends/crmbackend.h"
#include "cache/cache.h"
#include "credentials/credentialstore.h"
#include "outbox/outboxstore.h"
#include "runhelpers.h"
#include "sandboxprocess.h"
#include "session/profilesession.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace crm;

class TestIdentityIntegration : public QObject {
    Q_OBJECT
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    CredentialStore m_credentials{QStringLiteral("crm-console-test")};
    QString m_profileName;

    std::unique_ptr<ProfileSession> session(const QString& cacheName)
    {
        Profile p;
        p.name = m_profileName;
        p.kind = QStringLiteral("identity");
        p.baseUrl = m_sandbox.url();
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

    static QVariantMap action(const Member& m, const QString& consentLevel)
    {
        return QJsonObject{
            {QStringLiteral("action_type"), QStringLiteral("petition")},
            {QStringLiteral("action_technical_type"), QStringLiteral("crm-console:petition")},
            {QStringLiteral("action_name"), QStringLiteral("Save the bees")},
            {QStringLiteral("external_id"), QStringLiteral("bees-2026")},
            {QStringLiteral("language"), QStringLiteral("en")},
            {QStringLiteral("create_dt"), QStringLiteral("2026-11-24T10:00:00Z")},
            {QStringLiteral("opt_in"), false},
            {QStringLiteral("consents"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("public_id"), QStringLiteral("sms_opt_in_consent_20180525")},
                             {QStringLiteral("consent_level"), consentLevel},
                             {QStringLiteral("consent_method"), QStringLiteral("radio_buttons")}}}},
            {QStringLiteral("source"), QJsonObject{{QStringLiteral("source"), QStringLiteral("phone")},
                                                   {QStringLiteral("medium"), QStringLiteral("call")},
                                                   {QStringLiteral("campaign"), QStringLiteral("bees")}}},
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("agent"), QStringLiteral("console")}}},
            {QStringLiteral("cons_hash"),
             QJsonObject{
                 {QStringLiteral("guid"), m.id},
                 {QStringLiteral("firstname"), m.firstName},
                 {QStringLiteral("lastname"), m.lastName},
                 {QStringLiteral("emails"), QJsonArray{QJsonObject{{QStringLiteral("email"), m.email}}}}}}}
            .toVariantMap();
    }

    static QString consentLevel(const Member& m, const QString& publicId)
    {
        for (const QJsonValue& c : m.raw.object().value(QLatin1String("consents")).toArray())
            if (c.toObject().value(QLatin1String("public_id")).toString() == publicId)
                return c.toObject().value(QLatin1String("consent_level")).toString();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<CrmError>();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.start(50, {QStringLiteral("--kind"), QStringLiteral("identity")}));
        m_profileName = QStringLiteral("identity-") + QUuid::createUuid().toString(QUuid::Id128);
    }
    void init()
    {
        m_sandbox.setFaults({});
        setToken(QStringLiteral("sandbox-identity-token"));
    }
    void cleanupTestCase() { await<int>(m_credentials.remove(m_profileName, {QStringLiteral("api_token")})); }

    void lookUpByEmailOrGuid()
    {
        auto s = session(QStringLiteral("lookup.sqlite"));
        QVERIFY(s);
        auto [c, said] = await<QString>(s->backend()->testConnection());
        QVERIFY2(!c, qPrintable(c.userMessage()));
        auto [e, joe] = await<Member>(through<MemberLookup>(s->backend(), [&](MemberLookup& f) {
            return f.lookupMember(QStringLiteral("joe@bloggs.example"));
        }));
        QVERIFY2(!e, qPrintable(e.userMessage()));
        QCOMPARE(joe.displayName, QStringLiteral("Joe Bloggs"));
        QCOMPARE(joe.addresses.size(), 1);
        QVERIFY(!joe.raw.object().value(QLatin1String("consents")).toArray().isEmpty());
        QVERIFY(joe.raw.object().contains(QLatin1String("employment")));
        QVERIFY(s->backend()->facet<MemberLookup>()->acceptsLookupKey(joe.id));
        auto [e2, again] = await<Member>(
            through<MemberLookup>(s->backend(), [&](MemberLookup& f) { return f.lookupMember(joe.id); }));
        QVERIFY(!e2);
        QCOMPARE(again.email, joe.email);
        // Nobody is "no such member", not an error of the connection.
        auto [nf, _] = await<Member>(through<MemberLookup>(s->backend(), [&](MemberLookup& f) {
            return f.lookupMember(QStringLiteral("nobody@identity.example"));
        }));
        QCOMPARE(nf.kind, CrmError::Kind::NotFound);
        QVERIFY2(nf.userMessage().contains(QStringLiteral("no member")), qPrintable(nf.userMessage()));
    }

    void actionsGoThroughTheOutboxOnce()
    {
        auto s = session(QStringLiteral("actions.sqlite"));
        QVERIFY(s);
        auto [e, joe] = await<Member>(through<MemberLookup>(s->backend(), [&](MemberLookup& f) {
            return f.lookupMember(QStringLiteral("joe@bloggs.example"));
        }));
        QVERIFY(!e);
        QVERIFY(!s->cache()->storeMember(joe));
        // Recorded offline first: it waits, and is sent once when Identity is back.
        QVERIFY(m_sandbox.setFaults({{QStringLiteral("drop_every"), 1}}));
        const qint64 id = s->outbox().recordAction(OutboxEntry::Op::ActionRecord, joe.id,
                                                   action(joe, QStringLiteral("explicit_opt_in")));
        QVERIFY(id);
        RunResult r = runOutbox(s->outboxRunner());
        QCOMPARE(r.error.kind, CrmError::Kind::Network);
        QCOMPARE(s->outbox().pending().size(), 1);
        m_sandbox.setFaults({});
        r = runOutbox(s->outboxRunner());
        QVERIFY2(!r.error, qPrintable(r.error.userMessage()));
        QCOMPARE(r.sent, 1);
        // The cache now shows the new consent and the action.
        const auto cached = s->cache()->member(joe.id);
        QCOMPARE(consentLevel(*cached, QStringLiteral("sms_opt_in_consent_20180525")),
                 QStringLiteral("explicit_opt_in"));
        QCOMPARE(cached->raw.object().value(QLatin1String("actions")).toArray().size(), 1);
        // Sent again (the same action): Identity keeps one action.
        QVERIFY(s->outbox().recordAction(OutboxEntry::Op::ActionRecord, joe.id,
                                         action(joe, QStringLiteral("no_change"))));
        QCOMPARE(runOutbox(s->outboxRunner()).sent, 1);
        QCOMPARE(s->cache()->member(joe.id)->raw.object().value(QLatin1String("actions")).toArray().size(),
                 1);
    }

    void refusalsAndBadToken()
    {
        auto s = session(QStringLiteral("refused.sqlite"));
        QVERIFY(s);
        auto [e, joe] = await<Member>(through<MemberLookup>(s->backend(), [&](MemberLookup& f) {
            return f.lookupMember(QStringLiteral("joe@bloggs.example"));
        }));
        QVERIFY(!s->cache()->storeMember(joe));
        QVariantMap bad = action(joe, QStringLiteral("explicit_opt_in"));
        bad[QStringLiteral("consents")] =
            QVariantList{QVariantMap{{QStringLiteral("public_id"), QStringLiteral("not_set_up")},
                                     {QStringLiteral("consent_level"), QStringLiteral("implicit")}}};
        const qint64 id = s->outbox().recordAction(OutboxEntry::Op::ActionRecord, joe.id, bad);
        runOutbox(s->outboxRunner());
        const auto entry = s->outbox().entry(id);
        QCOMPARE(entry->state, OutboxEntry::State::Failed);
        QVERIFY2(entry->error.contains(QStringLiteral("Consent not found")), qPrintable(entry->error));

        setToken(QStringLiteral("not-the-token"));
        auto broken = session(QStringLiteral("refused.sqlite"));
        QVERIFY(broken);
        auto [auth, _] = await<Member>(through<MemberLookup>(broken->backend(), [&](MemberLookup& f) {
            return f.lookupMember(QStringLiteral("joe@bloggs.example"));
        }));
        QCOMPARE(auth.kind, CrmError::Kind::Auth);
        QCOMPARE(broken->cache()->countMembers({}), 1); // nothing lost
    }

    void failureMatrix_data()
    {
        QTest::addColumn<QJsonObject>("faults");
        QTest::addColumn<int>("kind");
        using K = CrmError::Kind;
        QTest::newRow("500") << QJsonObject{{QStringLiteral("fail_every"), 1},
                                            {QStringLiteral("fail_status"), 500}}
                             << int(K::Server);
        QTest::newRow("html") << QJsonObject{{QStringLiteral("html_every"), 1}} << int(K::Protocol);
        QTest::newRow("truncated json")
            << QJsonObject{{QStringLiteral("truncate_every"), 1}} << int(K::Protocol);
        QTest::newRow("timeout") << QJsonObject{{QStringLiteral("hang_every"), 1}} << int(K::Timeout);
    }
    void failureMatrix()
    {
        QFETCH(QJsonObject, faults);
        QFETCH(int, kind);
        auto s = session(QStringLiteral("matrix-%1.sqlite")
                             .arg(QString::fromLatin1(QTest::currentDataTag())
                                      .replace(QLatin1Char(' '), QLatin1Char('_'))));
        QVERIFY(s);
        auto [e, joe] = await<Member>(through<MemberLookup>(s->backend(), [&](MemberLookup& f) {
            return f.lookupMember(QStringLiteral("joe@bloggs.example"));
        }));
        QVERIFY(!s->cache()->storeMember(joe));
        QVERIFY(s->outbox().recordAction(OutboxEntry::Op::ActionRecord, joe.id,
                                         action(joe, QStringLiteral("implicit"))));
        QVERIFY(m_sandbox.setFaults(faults));
        auto [lookup, _] = await<Member>(through<MemberLookup>(s->backend(), [&](MemberLookup& f) {
            return f.lookupMember(QStringLiteral("joe@bloggs.example"));
        }));
        const RunResult r = runOutbox(s->outboxRunner());
        m_sandbox.setFaults({});
        QCOMPARE(int(lookup.kind), kind);
        QCOMPARE(int(r.error.kind), kind);
        QVERIFY(!r.error.userMessage().isEmpty());
        QCOMPARE(s->outbox().pending().size(), 1); // kept for later, not lost
        QCOMPARE(s->cache()->countMembers({}), 1);
        QCOMPARE(runOutbox(s->outboxRunner()).sent, 1);
    }
};

QTEST_GUILESS_MAIN(TestIdentityIntegration)
#include "tst_identity_integration.moc"
