// User accounts made through the CRM's API (SheepCRM pre-registration, REMP users/create) against
// crm-sandbox over real loopback HTTP, with the token in the real keychain and the cache in a real
// SQLite file: the lists and their verdicts, the dry run, the run with the welcome e-mail choice, and
// faults, a cancel and a second run that never give anyone two accounts.
#include "backends/crmbackend.h"
#include "bulk/accountbatch.h"
#include "cache/cache.h"
#include "credentials/credentialstore.h"
#include "runhelpers.h"
#include "sandboxprocess.h"
#include "session/profilesession.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace crm;
using O = AccountRequest::Outcome;

class TestAccountsIntegration : public QObject {
    Q_OBJECT
    SandboxProcess m_sheep;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    CredentialStore m_credentials{QStringLiteral("crm-console-test")};
    QString m_name;
    std::unique_ptr<ProfileSession> m_session;
    int m_batch = 0;

    QList<AccountRequest> run(AccountRunner::Mode mode, const QList<AccountRequest>& requests, bool welcome,
                              CrmError* stopped = nullptr, int jobs = 4,
                              std::function<void(AccountRunner&, int)> onProgress = {})
    {
        AccountRunner runner(m_session->backend(), m_session->cache());
        runner.setConcurrency(jobs);
        QSignalSpy done(&runner, &AccountRunner::finished);
        if (onProgress)
            connect(&runner, &AccountRunner::progress, this,
                    [&runner, onProgress](int d, int) { onProgress(runner, d); });
        runner.start(mode, requests, welcome);
        if (!done.wait(60000))
            return {};
        if (stopped)
            *stopped = done.first().first().value<CrmError>();
        return runner.requests();
    }

    /// n addresses nobody has yet, one a line.
    QList<AccountRequest> fresh(int n)
    {
        QByteArray list;
        ++m_batch;
        for (int i = 0; i < n; ++i)
            list += QStringLiteral("batch%1.person%2@accounts.example\n").arg(m_batch).arg(i).toUtf8();
        return AccountBatch::fromCsv(list);
    }

    static int count(const QList<AccountRequest>& rows, O o)
    {
        return int(
            std::count_if(rows.begin(), rows.end(), [o](const AccountRequest& r) { return r.outcome == o; }));
    }

    QJsonArray mail(SandboxProcess& sandbox)
    {
        return sandbox.control(QStringLiteral("/_sandbox/mail")).value(QLatin1String("mail")).toArray();
    }

    int accountsFor(const QString& email)
    {
        auto [e, s] = await<AccountStatus>(through<AccountCreation>(
            m_session->backend(), [&](AccountCreation& f) { return f.accountStatus(email); }));
        return e ? -1 : s.exists ? 1 : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<CrmError>();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sheep.start(60, {QStringLiteral("--kind"), QStringLiteral("sheep")}));
        m_name = QStringLiteral("accounts-") + QUuid::createUuid().toString(QUuid::Id128);
        auto [w, _] = await<int>(m_credentials.write(
            m_name, {{QStringLiteral("api_token"), QStringLiteral("sandbox-system-token")}}));
        QVERIFY(!w);
        Profile p;
        p.name = m_name;
        p.kind = QStringLiteral("sheep");
        p.baseUrl = m_sheep.url();
        p.options.insert(QStringLiteral("flock"), QStringLiteral("sandbox"));
        p.options.insert(QStringLiteral("timeout_ms"), QStringLiteral("1500"));
        m_session = std::make_unique<ProfileSession>(p, &m_credentials, &m_nam);
        QVERIFY(!m_session->openCache(m_dir.filePath(QStringLiteral("accounts.sqlite"))));
        auto [c, __] = await<int>(m_session->connectBackend());
        QVERIFY2(!c, qPrintable(c.userMessage()));
        QVERIFY(m_session->backend()->has<AccountCreation>());
    }
    void init() { m_sheep.setFaults({}); }
    void cleanupTestCase()
    {
        m_session.reset();
        await<int>(m_credentials.remove(m_name, {QStringLiteral("api_token")}));
    }

    void listsGiveEveryLineAVerdict()
    {
        // A header in any words, a BOM, semicolons, a quoted line break, a broken address, a repeat in
        // another case, a line that is not UTF-8 and a quote that never closes.
        const QByteArray csv = "\xEF\xBB\xBF"
                               "Vorname;E-Mail;Nachname\r\n"
                               "Zoë;zoe@accounts.example;Müller\r\n"
                               "\"Ana\nMaria\";ana@accounts.example;Nowak\r\n"
                               "X;not-an-address;Y\r\n"
                               ";ZOE@Accounts.example ;\r\n"
                               "Bj\xF6rn;bjorn@accounts.example;N\r\n"
                               "\"open;quote@accounts.example;Q\r\n";
        const QList<AccountRequest> r = AccountBatch::fromCsv(csv);
        QCOMPARE(r.size(), 6);
        QCOMPARE(r[0].email, QStringLiteral("zoe@accounts.example"));
        QCOMPARE(r[0].firstName, QStringLiteral("Zoë"));
        QCOMPARE(r[0].lastName, QStringLiteral("Müller"));
        QCOMPARE(r[0].outcome, O::Unchecked);
        QCOMPARE(r[1].firstName, QStringLiteral("Ana\nMaria"));
        QCOMPARE(r[1].outcome, O::Unchecked);
        QCOMPARE(r[2].outcome, O::Invalid);
        QVERIFY(r[2].reason.contains(QStringLiteral("not-an-address")));
        QCOMPARE(r[3].outcome, O::Duplicate);
        QCOMPARE(r[3].reason, QStringLiteral("the same e-mail is on line 2"));
        QCOMPARE(r[4].outcome, O::Invalid);
        QVERIFY2(r[4].reason.contains(QStringLiteral("UTF-8")), qPrintable(r[4].reason));
        QCOMPARE(r[5].outcome, O::Invalid);
        // Without a header: e-mail, then names.
        const QList<AccountRequest> plain =
            AccountBatch::fromCsv("a@accounts.example, A, Person\nb@accounts.example\n");
        QCOMPARE(plain.size(), 2);
        QCOMPARE(plain[0].lastName, QStringLiteral("Person"));
        QCOMPARE(plain[1].line, 2);
        QVERIFY(AccountBatch::fromCsv("").isEmpty());
    }

    void linkedPeopleAreCheckedThenGivenAccounts()
    {
        auto [e, james] = await<Member>(through<MemberLookup>(m_session->backend(), [&](MemberLookup& f) {
            return f.lookupMember(QStringLiteral("james@sheep.example"));
        }));
        QVERIFY2(!e, qPrintable(e.userMessage()));
        m_session->cache()->storeMember(james);
        auto [e2, ms] =
            await<QList<Membership>>(through<Memberships>(m_session->backend(), [&](Memberships& f) {
                return f.fetchMemberships({james.id, james.email});
            }));
        QVERIFY(!e2);
        m_session->cache()->replaceMemberships(james.id, ms);

        QList<AccountRequest> list = AccountBatch::fromLinkedMembers(*m_session->cache(), {james.id});
        QCOMPARE(list.size(), 2);
        QVERIFY2(list[0].source.contains(QStringLiteral("Family")), qPrintable(list[0].source));
        // The dry run asks and changes nothing.
        list = run(AccountRunner::Mode::Check, list, true);
        QCOMPARE(count(list, O::Create), 2);
        QCOMPARE(accountsFor(list[0].email), 0);
        QVERIFY(mail(m_sheep).isEmpty());
        // The run, with the activation e-mail.
        list = run(AccountRunner::Mode::Create, list, true);
        QCOMPARE(count(list, O::Created), 2);
        QCOMPARE(list[0].state, QStringLiteral("preregistered"));
        QVERIFY(!list[0].userId.isEmpty());
        QCOMPARE(mail(m_sheep).size(), 2);
        QCOMPARE(accountsFor(list[1].email), 1);
        // Both are members in the cache now, and no longer listed as lacking an account.
        QCOMPARE(m_session->cache()->memberIdsByEmail(list[0].email).size(), 1);
        QVERIFY(AccountBatch::fromLinkedMembers(*m_session->cache(), {james.id}).isEmpty());
        // The pre-registration answer carried the new user's session token ("user:secret"): it is kept
        // nowhere.
        QByteArray bytes;
        for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(m_session->cache()->filePath() + suffix);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        QVERIFY(bytes.contains(list[0].email.toUtf8()));
        for (const AccountRequest& r : list)
            QVERIFY(!bytes.contains((r.userId + QLatin1Char(':')).toUtf8()));
        // The same list again: checked, both have accounts; nothing to send.
        QList<AccountRequest> again =
            AccountBatch::fromCsv(list[0].email.toUtf8() + '\n' + list[1].email.toUtf8());
        again = run(AccountRunner::Mode::Check, again, true);
        QCOMPARE(count(again, O::HasAccount), 2);
        QCOMPARE(again[0].state, QStringLiteral("preregistered"));
        again = run(AccountRunner::Mode::Create, again, true);
        QCOMPARE(count(again, O::HasAccount), 2);
        QCOMPARE(mail(m_sheep).size(), 2);
    }

    void personWithoutAccountAndNoWelcomeEmail()
    {
        const int mailed = int(mail(m_sheep).size());
        // no.account@ is a SheepCRM person without an account: creating a member is refused with that reason.
        auto [e, _] = await<Member>(through<MemberCreation>(m_session->backend(), [&](MemberCreation& f) {
            return f.createMember({{QStringLiteral("email"), QStringLiteral("no.account@sheep.example")}});
        }));
        QVERIFY(e.userMessage().contains(QStringLiteral("Create user accounts for contacts")));
        QList<AccountRequest> list = AccountBatch::fromCsv("no.account@sheep.example\njames@sheep.example\n");
        list = run(AccountRunner::Mode::Create, list, false);
        QCOMPARE(list[0].outcome, O::Created);
        QCOMPARE(list[1].outcome, O::HasAccount);
        QCOMPARE(list[1].reason, QStringLiteral("has an account already"));
        QCOMPARE(mail(m_sheep).size(), mailed);
        // The account joined the existing person: the look-up finds them with their person record.
        auto [e2, m] = await<Member>(through<MemberLookup>(m_session->backend(), [&](MemberLookup& f) {
            return f.lookupMember(QStringLiteral("no.account@sheep.example"));
        }));
        QVERIFY2(!e2, qPrintable(e2.userMessage()));
        QVERIFY(!m.raw.object()
                     .value(QLatin1String("person"))
                     .toObject()
                     .value(QLatin1String("locality"))
                     .toString()
                     .isEmpty());
    }

    void faultsLoseNothingAndTheSecondRunMakesNoneTwice_data()
    {
        QTest::addColumn<QJsonObject>("faults");
        QTest::addColumn<QString>("says");
        QTest::newRow("500") << QJsonObject{{QStringLiteral("fail_every"), 1}} << QStringLiteral("500");
        QTest::newRow("html") << QJsonObject{{QStringLiteral("html_every"), 1}} << QStringLiteral("web page");
        QTest::newRow("malformed") << QJsonObject{{QStringLiteral("malformed_every"), 1}}
                                   << QStringLiteral("JSON");
        QTest::newRow("truncated") << QJsonObject{{QStringLiteral("truncate_every"), 1}}
                                   << QStringLiteral("JSON");
        QTest::newRow("dropped") << QJsonObject{{QStringLiteral("drop_every"), 1}} << QString();
        QTest::newRow("timeout") << QJsonObject{{QStringLiteral("hang_every"), 1}} << QString();
    }

    void faultsLoseNothingAndTheSecondRunMakesNoneTwice()
    {
        QFETCH(QJsonObject, faults);
        QFETCH(QString, says);
        const QList<AccountRequest> list = fresh(3);
        QVERIFY(m_sheep.setFaults(faults));
        CrmError stopped;
        const QList<AccountRequest> first = run(AccountRunner::Mode::Create, list, false, &stopped, 2);
        m_sheep.setFaults({});
        QCOMPARE(first.size(), 3);
        for (const AccountRequest& r : first) {
            QVERIFY2(r.outcome == O::Failed || r.outcome == O::NotSent,
                     qPrintable(AccountBatch::outcomeName(r.outcome)));
            QVERIFY(!r.reason.isEmpty());
            if (!says.isEmpty() && r.outcome == O::Failed)
                QVERIFY2(r.reason.contains(says, Qt::CaseInsensitive), qPrintable(r.reason));
        }
        // The second run finishes the batch. A truncated answer came after the account was made: that
        // one is reported as having it, not made again.
        const QList<AccountRequest> second = run(AccountRunner::Mode::Create, first, false);
        for (const AccountRequest& r : second) {
            QVERIFY2(r.outcome == O::Created || r.outcome == O::HasAccount, qPrintable(r.reason));
            QCOMPARE(accountsFor(r.email), 1);
        }
        if (QByteArray(QTest::currentDataTag()) == "truncated")
            QCOMPARE(count(second, O::HasAccount), 3);
    }

    void cancelLeavesTheRestUnsent()
    {
        const QList<AccountRequest> list = fresh(20);
        QVERIFY(m_sheep.setFaults({{QStringLiteral("latency_ms"), 30}}));
        CrmError stopped;
        const QList<AccountRequest> first =
            run(AccountRunner::Mode::Create, list, false, &stopped, 2, [](AccountRunner& r, int done) {
                if (done == 3)
                    r.cancel();
            });
        QCOMPARE(stopped.kind, CrmError::Kind::Cancelled);
        const int created = count(first, O::Created);
        QVERIFY2(created >= 3 && created < 20, qPrintable(QString::number(created)));
        QCOMPARE(count(first, O::NotSent), 20 - created);
        QVERIFY(first.last().reason.contains(QStringLiteral("cancelled")));
        QCOMPARE(accountsFor(first.last().email), 0);
        // Again: only the unsent ones are sent.
        const auto preregistrations = [this] {
            return m_sheep.stats()
                .value(QLatin1String("by_call"))
                .toObject()
                .value(QLatin1String("/api/v1/sandbox/user/preregister/"))
                .toInt();
        };
        const int before = preregistrations();
        const QList<AccountRequest> second = run(AccountRunner::Mode::Create, first, false);
        QCOMPARE(count(second, O::Created), 20);
        QCOMPARE(preregistrations() - before, 20 - created);
    }

    void unreachableCrmStopsTheCheck()
    {
        SandboxProcess gone;
        QVERIFY(gone.start(5, {QStringLiteral("--kind"), QStringLiteral("sheep")}));
        Profile p = m_session->profile();
        p.baseUrl = gone.url();
        gone.kill();
        auto session = std::make_unique<ProfileSession>(p, &m_credentials, &m_nam);
        QVERIFY(!session->openCache(m_dir.filePath(QStringLiteral("gone.sqlite"))));
        auto [c, _] = await<int>(session->connectBackend());
        QVERIFY(!c);
        AccountRunner runner(session->backend(), session->cache());
        QSignalSpy done(&runner, &AccountRunner::finished);
        runner.start(AccountRunner::Mode::Check, fresh(5));
        QVERIFY(done.wait(30000));
        const CrmError e = done.first().first().value<CrmError>();
        QVERIFY(e.isUnreachable());
        QVERIFY2(e.userMessage().contains(QStringLiteral("connection"), Qt::CaseInsensitive) ||
                     e.userMessage().contains(QStringLiteral("reach"), Qt::CaseInsensitive),
                 qPrintable(e.userMessage()));
        for (const AccountRequest& r : runner.requests())
            QVERIFY(r.outcome == O::Unchecked || r.outcome == O::Failed);
    }

    void rempMakesAccountsWithOrWithoutTheWelcomeEmail()
    {
        SandboxProcess remp;
        QVERIFY(remp.start(20, {QStringLiteral("--kind"), QStringLiteral("remp")}));
        const QString name = m_name + QStringLiteral("-remp");
        auto [w, _] = await<int>(
            m_credentials.write(name, {{QStringLiteral("api_token"), QStringLiteral("sandbox-api-token")}}));
        QVERIFY(!w);
        Profile p;
        p.name = name;
        p.kind = QStringLiteral("remp");
        p.baseUrl = remp.url();
        ProfileSession s(p, &m_credentials, &m_nam);
        QVERIFY(!s.openCache(m_dir.filePath(QStringLiteral("remp.sqlite"))));
        auto [c, __] = await<int>(s.connectBackend());
        QVERIFY2(!c, qPrintable(c.userMessage()));
        QVERIFY(!runSync(s.syncEngine()));
        const QString known = s.cache()->members({}, 0, 1).first().email;
        AccountRunner runner(s.backend(), s.cache());
        QSignalSpy done(&runner, &AccountRunner::finished);
        runner.start(
            AccountRunner::Mode::Check,
            AccountBatch::fromCsv("quiet@remp.example,Quiet,One\nwelcomed@remp.example\n" + known.toUtf8()));
        QVERIFY(done.wait(30000));
        QList<AccountRequest> list = runner.requests();
        QCOMPARE(list[2].outcome, O::HasAccount);
        QVERIFY(!list[2].userId.isEmpty());
        list.removeLast();
        // One without the welcome e-mail, one with it.
        runner.start(AccountRunner::Mode::Create, list.mid(0, 1), false);
        QVERIFY(done.wait(30000));
        QCOMPARE(runner.requests()[0].outcome, O::Created);
        runner.start(AccountRunner::Mode::Create, list.mid(1, 1), true);
        QVERIFY(done.wait(30000));
        QCOMPARE(runner.requests()[0].outcome, O::Created);
        const QJsonArray mailed = mail(remp);
        QCOMPARE(mailed.size(), 1);
        QCOMPARE(mailed.first().toObject().value(QLatin1String("to")).toString(),
                 QStringLiteral("welcomed@remp.example"));
        // The new member is in the cache with the name sent.
        const QStringList ids = s.cache()->memberIdsByEmail(QStringLiteral("quiet@remp.example"));
        QCOMPARE(ids.size(), 1);
        QCOMPARE(s.cache()->member(ids.first())->firstName, QStringLiteral("Quiet"));
        await<int>(m_credentials.remove(name, {QStringLiteral("api_token")}));
    }
};

QTEST_GUILESS_MAIN(TestAccountsIntegration)
#include "tst_accounts_integration.moc"
