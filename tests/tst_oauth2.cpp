// Signing in to CiviCRM through the site's OAuth2 server (authorization code with PKCE, loopback
// redirect) against crm-sandbox --kind civicrm over real loopback HTTP: a SandboxBrowser answers the
// consent page as a person would, tokens go to the real keychain, the cache is a real SQLite file.
#include "auth/oauth2tokenclient.h"
#include "auth/oauth2tokens.h"
#include "auth/pkce.h"
#include "backends/crmbackend.h"
#include "cache/cache.h"
#include "credentials/credentialstore.h"
#include "domain/signedinuser.h"
#include "net/httpexchange.h"
#include "outbox/outboxstore.h"
#include "profiles/crmkinds.h"
#include "profiles/profilestore.h"
#include "runhelpers.h"
#include "sandboxbrowser.h"
#include "sandboxprocess.h"
#include "session/profilesession.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace crm;

class TestOAuth2 : public QObject {
    Q_OBJECT
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    CredentialStore m_credentials{QStringLiteral("crm-console-test")};
    QString m_profileName;

    Profile profile() const
    {
        Profile p;
        p.name = m_profileName;
        p.kind = QStringLiteral("civicrm");
        p.baseUrl = m_sandbox.url().resolved(QUrl(QStringLiteral("/civicrm/ajax/rest")));
        p.options.insert(QStringLiteral("auth"), QStringLiteral("oauth2"));
        p.options.insert(QStringLiteral("oauth_client_id"), QStringLiteral("crm-console"));
        p.options.insert(QStringLiteral("timeout_ms"), QStringLiteral("1500"));
        p.options.insert(QStringLiteral("oauth_redirect_port"),
                         QStringLiteral("0")); // tests run side by side
        return p;
    }

    std::unique_ptr<ProfileSession> openSession(const QString& cacheName)
    {
        auto s = std::make_unique<ProfileSession>(profile(), &m_credentials, &m_nam);
        if (s->openCache(m_dir.filePath(cacheName)))
            return nullptr;
        return s;
    }

    /// Signs the session in, the browser answering as choice says. The sign-in's error.
    CrmError signIn(ProfileSession& s, SandboxBrowser::Choice choice = SandboxBrowser::Choice::Allow,
                    int waitMs = 20000)
    {
        SandboxBrowser browser;
        browser.setChoice(choice);
        connect(&s, &ProfileSession::signInUrlReady, &browser, &SandboxBrowser::openUrl);
        return await<int>(s.signIn(waitMs)).first;
    }

    OAuth2Tokens storedTokens()
    {
        auto [e, secrets] =
            await<QMap<QString, QString>>(m_credentials.read(m_profileName, {OAuth2Tokens::secretName()}));
        return OAuth2Tokens::fromSecret(secrets.value(OAuth2Tokens::secretName()));
    }

    qint64 tokenCalls()
    {
        return m_sandbox.stats()
            .value(QLatin1String("by_call"))
            .toObject()
            .value(QLatin1String("/oauth2/token"))
            .toInteger();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<CrmError>();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.start(60, {QStringLiteral("--kind"), QStringLiteral("civicrm")}));
        m_profileName = QStringLiteral("oauth2-") + QUuid::createUuid().toString(QUuid::Id128);
    }
    void init()
    {
        m_sandbox.setFaults({});
        auto [e, _] = await<int>(
            m_credentials.write(m_profileName, {{QStringLiteral("site_key"), SandboxProcess::siteKey()}}));
        QVERIFY2(!e, qPrintable(e.userMessage()));
        await<int>(m_credentials.remove(m_profileName, {OAuth2Tokens::secretName()}));
    }
    void cleanupTestCase()
    {
        await<int>(m_credentials.remove(m_profileName, Backends::allSecretNames(QStringLiteral("civicrm"))));
    }

    void pkceMatchesRfc7636()
    {
        // RFC 7636, appendix B.
        QCOMPARE(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        const Pkce a = Pkce::generate();
        const Pkce b = Pkce::generate();
        QCOMPARE(a.verifier.size(), 43);
        QVERIFY(a.verifier != b.verifier);
        QCOMPARE(a.challenge, Pkce::challengeFor(a.verifier));
    }

    void tokenAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        using K = CrmError::Kind;
        QTest::newRow("granted") << 200
                                 << QByteArray(
                                        R"({"access_token":"a","expires_in":3600,"token_type":"Bearer",)"
                                        R"("scope":"openid","refresh_token":"r"})")
                                 << QByteArray("application/json") << int(K::None) << QString();
        QTest::newRow("expired grant")
            << 400 << QByteArray(R"({"error":"invalid_grant","error_description":"Invalid refresh token"})")
            << QByteArray("application/json") << int(K::Auth) << CrmError::SignInNeeded;
        QTest::newRow("unknown client")
            << 400
            << QByteArray(
                   R"({"error":"invalid_client","error_description":"The client credentials are invalid"})")
            << QByteArray("application/json") << int(K::Auth) << QString();
        QTest::newRow("login page") << 200 << QByteArray("<!DOCTYPE html><html><body>Log in</body></html>")
                                    << QByteArray("text/html") << int(K::Protocol) << QString();
        QTest::newRow("truncated") << 200 << QByteArray(R"({"access_token":"a","expires_in":36)")
                                   << QByteArray("application/json") << int(K::Protocol) << QString();
        QTest::newRow("no token") << 200 << QByteArray(R"({"token_type":"Bearer"})")
                                  << QByteArray("application/json") << int(K::Protocol) << QString();
        QTest::newRow("not bearer") << 200 << QByteArray(R"({"access_token":"a","token_type":"mac"})")
                                    << QByteArray("application/json") << int(K::Protocol) << QString();
        QTest::newRow("server error") << 503 << QByteArray("Service Unavailable") << QByteArray("text/plain")
                                      << int(K::Unavailable) << QString();
    }
    void tokenAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, kind);
        QFETCH(QString, code);
        HttpResponse r;
        r.status = status;
        r.body = body;
        r.contentType = contentType;
        CrmError e;
        const QDateTime now(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
        const OAuth2Tokens t = OAuth2TokenClient::decodeTokens(r, now, &e);
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(e.code, code);
        if (!e) {
            QCOMPARE(t.accessToken, QStringLiteral("a"));
            QCOMPARE(t.refreshToken, QStringLiteral("r"));
            QCOMPARE(t.expiresAt, now.addSecs(3600));
            QVERIFY(!t.expiresWithin(60, now));
            QVERIFY(t.expiresWithin(60, now.addSecs(3550)));
            QCOMPARE(OAuth2Tokens::fromSecret(t.toSecret()).refreshToken, t.refreshToken);
        } else {
            QVERIFY(t.isEmpty());
            QVERIFY(!e.userMessage().isEmpty());
        }
    }

    void signInStoresTokensInTheKeychainOnly()
    {
        auto s = openSession(QStringLiteral("signin.sqlite"));
        QVERIFY(s);
        // Before anyone signs in, connecting says so (and how to fix it), not "wrong key".
        auto [before, _] = await<int>(s->connectBackend());
        QCOMPARE(before.kind, CrmError::Kind::Auth);
        QCOMPARE(before.code, CrmError::SignInNeeded);
        QVERIFY2(before.userMessage().contains(QStringLiteral("Sign in")), qPrintable(before.userMessage()));

        const CrmError e = signIn(*s);
        QVERIFY2(!e, qPrintable(e.userMessage()));
        const OAuth2Tokens tokens = storedTokens();
        QVERIFY(!tokens.accessToken.isEmpty());
        QVERIFY(!tokens.refreshToken.isEmpty());
        QVERIFY(tokens.expiresAt > QDateTime::currentDateTimeUtc().addSecs(3000));
        QVERIFY(s->backend()->has<SignedInUsers>());

        QVERIFY2(!runSync(s->syncEngine()), "sync with the access token");
        QCOMPARE(s->cache()->countMembers({}), 59); // one of the 60 is deleted

        // Neither token is in the cache file or the profile settings.
        s.reset();
        for (const QString& path :
             {m_dir.filePath(QStringLiteral("signin.sqlite")), ProfileStore().filePath()}) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(tokens.accessToken.toUtf8()), qPrintable(path));
            QVERIFY2(!bytes.contains(tokens.refreshToken.toUtf8()), qPrintable(path));
        }
        // A later start reads them from the keychain.
        auto again = openSession(QStringLiteral("signin.sqlite"));
        auto [c, __] = await<int>(again->connectBackend());
        QVERIFY2(!c, qPrintable(c.userMessage()));
        auto [t, said] = await<QString>(again->backend()->testConnection());
        QVERIFY2(!t, qPrintable(t.userMessage()));
    }

    void signedInPersonWithGroupsAndPicture()
    {
        auto s = openSession(QStringLiteral("who.sqlite"));
        QVERIFY(!signIn(*s));
        auto [e, who] = await<SignedInUser>(s->fetchSignedInUser());
        QVERIFY2(!e, qPrintable(e.userMessage()));
        QCOMPARE(who.sub, QStringLiteral("1021")); // the sandbox signs everyone in as user 1021, contact 21
        QCOMPARE(who.contactId, QStringLiteral("21"));
        QVERIFY(who.email.endsWith(QStringLiteral("21@example.org")));
        QVERIFY(!who.preferredUsername.isEmpty());
        QCOMPARE(who.userName, who.preferredUsername);
        QVERIFY(!who.displayName.isEmpty());
        QCOMPARE(who.shownName(), who.displayName);
        QImage picture;
        QVERIFY(picture.loadFromData(who.pictureData));
        QCOMPARE(picture.width(), 64);
        // Contact 21: added to groups 2 and 3 by hand, and in smart group 5 by its saved search.
        QStringList ids;
        QStringList smart;
        for (const Group& g : who.groups) {
            ids.append(g.id);
            if (g.smart)
                smart.append(g.id);
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("5")}));
        QCOMPARE(smart, QStringList{QStringLiteral("5")});
    }

    void refusedConsent()
    {
        auto s = openSession(QStringLiteral("refused.sqlite"));
        const CrmError e = signIn(*s, SandboxBrowser::Choice::Deny);
        QCOMPARE(e.kind, CrmError::Kind::Auth);
        QCOMPARE(e.code, CrmError::ConsentRefused);
        QVERIFY2(e.userMessage().contains(QStringLiteral("Allow")), qPrintable(e.userMessage()));
        QVERIFY2(e.serverMessage.contains(QStringLiteral("denied")), qPrintable(e.serverMessage));
        QVERIFY(storedTokens().isEmpty());
        QVERIFY(!s->backend());
    }

    void answerOfAnotherSignInIsRefused()
    {
        auto s = openSession(QStringLiteral("state.sqlite"));
        QUrl authorize;
        connect(s.get(), &ProfileSession::signInUrlReady, this,
                [&authorize](const QUrl& u) { authorize = u; });
        CrmCall* call = s->signIn(20000);
        QTRY_VERIFY(authorize.isValid());
        // A page that is not the site sends the browser to the console with a code and a forged state.
        QUrl callback(
            QUrlQuery(authorize).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        callback.setQuery(QStringLiteral("code=stolen&state=forged"));
        QNetworkReply* reply = m_nam.get(QNetworkRequest(callback));
        auto [e, _] = await<int>(call);
        reply->deleteLater();
        // Said in words, with the way forward; not advice about the API address.
        QCOMPARE(e.kind, CrmError::Kind::Auth);
        QVERIFY2(e.userMessage().contains(QStringLiteral("does not belong to this sign-in")),
                 qPrintable(e.userMessage()));
        QVERIFY(e.userMessage().contains(QStringLiteral("Sign in")));
        QVERIFY(!e.userMessage().contains(QStringLiteral("address")));
        QVERIFY(storedTokens().isEmpty());
    }

    void renewalAfterAnHourOnAnOpenIdConnectSite_data()
    {
        QTest::addColumn<bool>("newRefreshTokens");
        QTest::newRow("the site issues new refresh tokens") << true;
        QTest::newRow("the site issues none on renewal") << false;
    }
    void renewalAfterAnHourOnAnOpenIdConnectSite()
    {
        QFETCH(bool, newRefreshTokens);
        // OpenID Connect on (as the sandbox's site is by default): a refresh token comes only for a
        // sign-in that asked for offline_access.
        SandboxProcess site;
        QVERIFY(site.start(30, {QStringLiteral("--kind"), QStringLiteral("civicrm"),
                                QStringLiteral("--oauth-oidc"), QStringLiteral("1"),
                                QStringLiteral("--oauth-new-refresh-tokens"),
                                QString::number(int(newRefreshTokens))}));
        Profile p = profile();
        p.baseUrl = site.url().resolved(QUrl(QStringLiteral("/civicrm/ajax/rest")));
        ProfileSession s(p, &m_credentials, &m_nam);
        QVERIFY(!s.openCache(m_dir.filePath(QStringLiteral("oidc-%1.sqlite").arg(int(newRefreshTokens)))));
        SandboxBrowser browser;
        connect(&s, &ProfileSession::signInUrlReady, &browser, &SandboxBrowser::openUrl);
        QVERIFY(!await<int>(s.signIn(20000)).first);
        const OAuth2Tokens first = storedTokens();
        QVERIFY(first.scope.contains(QStringLiteral("offline_access")));
        QVERIFY(!first.refreshToken.isEmpty());
        // An hour later.
        site.control(QStringLiteral("/_sandbox/oauth2/expire"));
        auto [e, _] = await<QString>(s.backend()->testConnection());
        QVERIFY2(!e, qPrintable(e.userMessage()));
        const OAuth2Tokens renewed = storedTokens();
        QVERIFY(renewed.accessToken != first.accessToken);
        // The refresh token the answer carried, or the one before when it carried none.
        if (newRefreshTokens)
            QVERIFY(renewed.refreshToken != first.refreshToken);
        else
            QCOMPARE(renewed.refreshToken, first.refreshToken);
        // Another hour: renewed again with a new refresh token; with none, the spent one is refused
        // and the person is asked to sign in, in words.
        site.control(QStringLiteral("/_sandbox/oauth2/expire"));
        auto [again, __] = await<QString>(s.backend()->testConnection());
        if (newRefreshTokens) {
            QVERIFY2(!again, qPrintable(again.userMessage()));
        } else {
            QCOMPARE(again.code, CrmError::SignInNeeded);
            QVERIFY(again.userMessage().contains(QStringLiteral("Sign in")));
        }
    }

    void exactRedirectAddressAsTheSiteRegistered()
    {
        // The site matches the redirect address exactly: the one registered for the client.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        SandboxProcess site;
        QVERIFY(site.start(30, {QStringLiteral("--kind"), QStringLiteral("civicrm"),
                                QStringLiteral("--oauth-redirect-uri"),
                                QStringLiteral("http://127.0.0.1:%1/callback").arg(port)}));
        Profile p = profile();
        p.baseUrl = site.url().resolved(QUrl(QStringLiteral("/civicrm/ajax/rest")));
        p.options.insert(QStringLiteral("oauth_redirect_port"), QString::number(port));
        ProfileSession s(p, &m_credentials, &m_nam);
        QVERIFY(!s.openCache(m_dir.filePath(QStringLiteral("exact.sqlite"))));
        QVERIFY(!signIn(s));
        auto [e, _] = await<QString>(s.backend()->testConnection());
        QVERIFY2(!e, qPrintable(e.userMessage()));
    }

    void tokenEndpointRedirectedElsewhereGetsNothing()
    {
        // A renewal whose token endpoint answers 307 to another host: the refresh token and the client
        // secret must not follow it.
        auto s = openSession(QStringLiteral("token-redirect.sqlite"));
        QVERIFY(!signIn(*s));
        QTcpServer elsewhere;
        QVERIFY(elsewhere.listen(QHostAddress::LocalHost, 0));
        int arrived = 0;
        connect(&elsewhere, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket* c = elsewhere.nextPendingConnection()) {
                ++arrived;
                c->deleteLater();
            }
        });
        const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(elsewhere.serverPort());
        m_sandbox.control(QStringLiteral("/_sandbox/oauth2/expire"));
        QVERIFY(m_sandbox.setFaults({{QStringLiteral("only_path"), QStringLiteral("/oauth2/token")},
                                     {QStringLiteral("redirect_to"), origin}}));
        auto [e, _] = await<QString>(s->backend()->testConnection());
        m_sandbox.setFaults({});
        QVERIFY(e);
        QVERIFY2(e.userMessage().contains(origin) || e.detail.contains(origin), qPrintable(e.userMessage()));
        QTest::qWait(200);
        QCOMPARE(arrived, 0);
        QVERIFY(
            !storedTokens().refreshToken.isEmpty()); // the sign-in is kept for when the site is right again
    }

    void externRestPhpIsRefusedForASignIn()
    {
        // CiviCRM reads the sign-in on civicrm/ajax/rest only: on extern/rest.php the user was told
        // that "the API key is wrong" for a connection that has none.
        Profile p = profile();
        p.baseUrl =
            m_sandbox.url().resolved(QUrl(QStringLiteral("/sites/all/modules/civicrm/extern/rest.php")));
        ProfileSession s(p, &m_credentials, &m_nam);
        QVERIFY(!s.openCache(m_dir.filePath(QStringLiteral("extern.sqlite"))));
        auto [e, _] = await<int>(s.connectBackend());
        QVERIFY(e);
        QVERIFY2(e.userMessage().contains(QStringLiteral("civicrm/ajax/rest")), qPrintable(e.userMessage()));
        QVERIFY(!e.userMessage().contains(QStringLiteral("API key is wrong")));
    }

    void noAnswerFromTheBrowser()
    {
        auto s = openSession(QStringLiteral("timeout.sqlite"));
        auto [e, _] = await<int>(s->signIn(300)); // nobody opens the address
        QCOMPARE(e.kind, CrmError::Kind::Timeout);
        QVERIFY(storedTokens().isEmpty());
    }

    void expiredAccessTokenIsRenewedOnce()
    {
        auto s = openSession(QStringLiteral("renew.sqlite"));
        QVERIFY(!signIn(*s));
        QVERIFY(!runSync(s->syncEngine()));
        const OAuth2Tokens first = storedTokens();
        m_sandbox.control(QStringLiteral("/_sandbox/oauth2/expire"));
        m_sandbox.stats(); // (counts from here are read as differences)
        const qint64 before = tokenCalls();
        // Three edits at once meet the expired token: one renewal serves them all.
        const QStringList ids{QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("6")};
        for (const QString& id : ids)
            QVERIFY(s->outbox().recordUpdate(id, {{QStringLiteral("last_name"), QStringLiteral("Renewed")}}));
        RunResult r = runOutbox(s->outboxRunner());
        QVERIFY2(!r.error, qPrintable(r.error.userMessage()));
        QCOMPARE(r.sent, 3);
        QCOMPARE(tokenCalls() - before, 1);
        for (const QString& id : ids)
            QCOMPARE(s->cache()->member(id)->lastName, QStringLiteral("Renewed"));
        // The renewed tokens replaced the old ones in the keychain (the refresh token rotates).
        const OAuth2Tokens renewed = storedTokens();
        QVERIFY(renewed.accessToken != first.accessToken);
        QVERIFY(renewed.refreshToken != first.refreshToken);
    }

    void tokensAboutToExpireAreRenewedBeforeUse()
    {
        // Tokens that last 30 s are within the 60 s margin from the start: renewed before the first use.
        SandboxProcess shortLived;
        QVERIFY(shortLived.start(30, {QStringLiteral("--kind"), QStringLiteral("civicrm"),
                                      QStringLiteral("--token-lifetime"), QStringLiteral("30")}));
        Profile p = profile();
        p.baseUrl = shortLived.url().resolved(QUrl(QStringLiteral("/civicrm/ajax/rest")));
        ProfileSession s(p, &m_credentials, &m_nam);
        QVERIFY(!s.openCache(m_dir.filePath(QStringLiteral("short.sqlite"))));
        SandboxBrowser browser;
        connect(&s, &ProfileSession::signInUrlReady, &browser, &SandboxBrowser::openUrl);
        QVERIFY(!await<int>(s.signIn(20000)).first);
        QVERIFY(!runSync(s.syncEngine()));
        const qint64 calls = shortLived.stats()
                                 .value(QLatin1String("by_call"))
                                 .toObject()
                                 .value(QLatin1String("/oauth2/token"))
                                 .toInteger();
        QVERIFY2(calls >= 2, "the code exchange, then at least one renewal");
        // No request ever reached the API with an expired token: no 401 came back.
        QCOMPARE(s.cache()->countMembers({}), 30);
    }

    void withdrawnSignInKeepsEditsUntilTheNextSignIn()
    {
        auto s = openSession(QStringLiteral("withdrawn.sqlite"));
        QVERIFY(!signIn(*s));
        QVERIFY(!runSync(s->syncEngine()));
        const qint64 members = s->cache()->countMembers({});
        m_sandbox.control(QStringLiteral("/_sandbox/oauth2/revoke"));
        QSignalSpy needed(s.get(), &ProfileSession::signInNeeded);
        const qint64 id = s->outbox().recordUpdate(QStringLiteral("8"),
                                                   {{QStringLiteral("first_name"), QStringLiteral("Kept")}});
        QVERIFY(id);
        RunResult r = runOutbox(s->outboxRunner());
        QCOMPARE(r.error.kind, CrmError::Kind::Auth);
        QCOMPARE(r.error.code, CrmError::SignInNeeded);
        QVERIFY2(r.error.userMessage().contains(QStringLiteral("Sign in")),
                 qPrintable(r.error.userMessage()));
        QCOMPARE(needed.size(), 1);
        // Nothing lost: the edit waits, the cache is whole.
        QCOMPARE(s->outbox().open().size(), 1);
        QCOMPARE(s->outbox().entry(id)->state, OutboxEntry::State::Pending);
        QCOMPARE(s->cache()->countMembers({}), members);
        const CrmError syncError = runSync(s->syncEngine());
        QCOMPARE(syncError.code, CrmError::SignInNeeded);
        QCOMPARE(s->cache()->countMembers({}), members);

        QVERIFY(!signIn(*s));
        r = runOutbox(s->outboxRunner());
        QVERIFY2(!r.error, qPrintable(r.error.userMessage()));
        QCOMPARE(r.sent, 1);
        QCOMPARE(s->cache()->member(QStringLiteral("8"))->firstName, QStringLiteral("Kept"));
        QCOMPARE(m_sandbox
                     .call(QStringLiteral("Contact"), QStringLiteral("get"),
                           {{QStringLiteral("id"), 8}, {QStringLiteral("sequential"), 1}})
                     .value(QLatin1String("values"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("first_name"))
                     .toString(),
                 QStringLiteral("Kept"));
    }

    void signOutForgetsTheTokens()
    {
        auto s = openSession(QStringLiteral("signout.sqlite"));
        QVERIFY(!signIn(*s));
        QVERIFY(!storedTokens().isEmpty());
        QVERIFY(!await<int>(s->signOut()).first);
        QVERIFY(storedTokens().isEmpty());
        auto [e, _] = await<QString>(s->backend()->testConnection());
        QCOMPARE(e.code, CrmError::SignInNeeded);
        auto [c, __] = await<int>(s->connectBackend());
        QCOMPARE(c.code, CrmError::SignInNeeded);
    }

    void tokenEndpointFailures_data()
    {
        QTest::addColumn<QJsonObject>("faults");
        QTest::addColumn<int>("kind");
        using K = CrmError::Kind;
        // Only the token endpoint fails: the browser's pages and any request still on its way from the
        // row before are left alone.
        const QJsonObject token{{QStringLiteral("only_path"), QStringLiteral("/oauth2/token")}};
        auto at = [&token](std::initializer_list<std::pair<QString, QJsonValue>> more) {
            QJsonObject o = token;
            for (const auto& [k, v] : more)
                o.insert(k, v);
            return o;
        };
        QTest::newRow("500") << at({{QStringLiteral("fail_every"), 1}, {QStringLiteral("fail_status"), 500}})
                             << int(K::Server);
        QTest::newRow("html") << at({{QStringLiteral("html_every"), 1}}) << int(K::Protocol);
        QTest::newRow("malformed json") << at({{QStringLiteral("malformed_every"), 1}}) << int(K::Protocol);
        QTest::newRow("truncated json") << at({{QStringLiteral("truncate_every"), 1}}) << int(K::Protocol);
        // A code exchange whose answer is lost is not sent again (a code is single use): sign in again.
        QTest::newRow("dropped") << at({{QStringLiteral("drop_every"), 1}}) << int(K::Network);
        QTest::newRow("timeout") << at({{QStringLiteral("hang_every"), 1}}) << int(K::Timeout);
    }
    void tokenEndpointFailures()
    {
        QFETCH(QJsonObject, faults);
        QFETCH(int, kind);
        auto s = openSession(QStringLiteral("faults.sqlite"));
        QVERIFY(m_sandbox.setFaults(faults));
        const CrmError e = signIn(*s);
        m_sandbox.setFaults({});
        QCOMPARE(int(e.kind), kind);
        QVERIFY(!e.userMessage().isEmpty());
        QVERIFY(storedTokens().isEmpty());
        QVERIFY(!s->backend());
        // And once the site is well again, signing in works.
        QVERIFY(!signIn(*s));
    }

    void renewalThatCannotReachTheSiteKeepsTheSignIn()
    {
        auto s = openSession(QStringLiteral("renewal-offline.sqlite"));
        QVERIFY(!signIn(*s));
        QVERIFY(!runSync(s->syncEngine()));
        m_sandbox.control(QStringLiteral("/_sandbox/oauth2/expire"));
        QSignalSpy needed(s.get(), &ProfileSession::signInNeeded);
        QVERIFY(m_sandbox.setFaults({{QStringLiteral("drop_every"), 1}}));
        const qint64 id = s->outbox().recordUpdate(QStringLiteral("10"),
                                                   {{QStringLiteral("first_name"), QStringLiteral("Later")}});
        QVERIFY(id);
        RunResult r = runOutbox(s->outboxRunner());
        m_sandbox.setFaults({});
        QVERIFY2(r.error.isUnreachable(), qPrintable(r.error.userMessage()));
        QVERIFY(r.error.retryable());
        QCOMPARE(needed.size(), 0); // a dropped connection is no reason to sign in again
        QCOMPARE(s->outbox().entry(id)->state, OutboxEntry::State::Pending);
        r = runOutbox(s->outboxRunner());
        QVERIFY2(!r.error, qPrintable(r.error.userMessage()));
        QCOMPARE(r.sent, 1);
    }
};

QTEST_GUILESS_MAIN(TestOAuth2)
#include "tst_oauth2.moc"
