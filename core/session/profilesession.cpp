#include "profilesession.h"

#include <QFileInfo>

#include "auth/oauth2endpoints.h"
#include "auth/oauth2signin.h"
#include "auth/oauth2tokenclient.h"
#include "auth/oauth2tokenkeeper.h"
#include "backends/civicrm/civicrmbackend.h"
#include "backends/crmbackend.h"
#include "connectionwatch.h"
#include "credentials/credentialstore.h"
#include "domain/signedinuser.h"
#include "net/crmcall.h"
#include "net/httpexchange.h"
#include "outbox/outboxrescue.h"
#include "outbox/outboxrunner.h"
#include "profiles/crmkinds.h"
#include "profiles/profilestore.h"
#include "session/memberverbs.h"
#include "sync/syncengine.h"

namespace crm {

ProfileSession::ProfileSession(Profile profile, CredentialStore* credentials, QNetworkAccessManager* nam,
                               QObject* parent)
    : QObject(parent), m_profile(std::move(profile)), m_credentials(credentials), m_nam(nam),
      m_verbs(new MemberVerbs(this))
{
}

ProfileSession::~ProfileSession()
{
    // The engines use the cache: they go first.
    delete m_watch;
    delete m_sync;
    delete m_runner;
    delete m_backend;
}

CrmError ProfileSession::openCache(const QString& path)
{
    m_cache = std::make_unique<Cache>(path.isEmpty() ? ProfileStore::cachePathFor(m_profile.name) : path);
    m_outbox = OutboxStore(m_cache.get());
    CrmError e = m_cache->open();
    if (!e)
        m_outbox.recoverInterrupted();
    return e;
}

CrmError ProfileSession::rebuildCache(const QString& saveFolder, Rebuilt* what)
{
    const QString path = m_cache ? m_cache->filePath() : ProfileStore::cachePathFor(m_profile.name);
    m_outbox = OutboxStore(nullptr);
    m_cache.reset();
    QString why;
    const QList<QJsonObject> edits = OutboxRescue::read(path, &why);
    Rebuilt done;
    done.unsentEdits = int(edits.size());
    done.editsSavedTo = OutboxRescue::save(edits, saveFolder, m_profile.name, &why);
    if (done.editsSavedTo.isEmpty())
        return CrmError(CrmError::Kind::Local, {}, 0,
                        tr("the unsent edits could not be saved (%1); nothing was changed").arg(why));
    if (QFileInfo::exists(path)) {
        done.damagedKeptAs = OutboxRescue::setAside(path, &why);
        if (done.damagedKeptAs.isEmpty())
            return CrmError(CrmError::Kind::Local, {}, 0, why);
    }
    if (CrmError e = openCache(path))
        return e;
    if (CrmError e = OutboxRescue::restore(*m_cache, edits))
        return e;
    if (what)
        *what = done;
    return {};
}

CrmCall* ProfileSession::connectBackend()
{
    auto* outer = new CrmCall(this);
    QStringList names = Backends::secretNames(m_profile) + Backends::optionalSecretNames(m_profile);
    if (m_profile.usesOAuth2())
        names.append(OAuth2Tokens::secretName());
    CrmCall* read = m_credentials->read(m_profile.name, names);
    connect(read, &CrmCall::finished, outer, [this, outer, read] {
        if (!read->ok()) {
            outer->fail(read->error());
            return;
        }
        const auto secrets = read->value<QMap<QString, QString>>();
        for (const QString& name : Backends::secretNames(m_profile)) {
            if (secrets.value(name).isEmpty()) {
                outer->fail(CrmError(CrmError::Kind::Auth, {}, 0,
                                     tr("the %1 is not stored for profile \u201c%2\u201d")
                                         .arg(Backends::secretLabel(name), m_profile.name)));
                return;
            }
        }
        if (const QString problem = OAuth2Endpoints::addressProblem(m_profile); !problem.isEmpty()) {
            outer->fail(CrmError(CrmError::Kind::Local, {}, 0, problem));
            return;
        }
        if (m_profile.usesOAuth2() &&
            OAuth2Tokens::fromSecret(secrets.value(OAuth2Tokens::secretName())).isEmpty()) {
            CrmError e(CrmError::Kind::Auth, {}, 0,
                       tr("nobody has signed in with profile \u201c%1\u201d yet").arg(m_profile.name));
            e.code = CrmError::SignInNeeded;
            outer->fail(e);
            return;
        }
        const CrmError e = installBackend(secrets);
        if (e)
            outer->fail(e);
        else
            outer->succeed();
    });
    return outer;
}

CrmError ProfileSession::installBackend(const QMap<QString, QString>& secrets)
{
    QString why;
    CrmBackend* backend = Backends::create(m_profile, secrets, m_nam, this, &why);
    if (!backend)
        return CrmError(CrmError::Kind::Local, {}, 0, why);
    OAuth2TokenKeeper* keeper = nullptr;
    if (m_profile.usesOAuth2()) {
        auto* client = new OAuth2TokenClient(OAuth2Endpoints::forProfile(m_profile),
                                             secrets.value(QStringLiteral("client_secret")),
                                             HttpPolicy::forProfile(m_profile), m_nam, backend);
        keeper = new OAuth2TokenKeeper(m_profile.name,
                                       OAuth2Tokens::fromSecret(secrets.value(OAuth2Tokens::secretName())),
                                       client, m_credentials, backend);
        connect(keeper, &OAuth2TokenKeeper::signInNeeded, this, &ProfileSession::signInNeeded);
        if (auto* civi = qobject_cast<CiviCrmBackend*>(backend))
            civi->setTokenKeeper(keeper);
    }
    delete m_watch;
    delete m_sync;
    delete m_runner;
    delete m_backend;
    m_backend = backend;
    m_tokens = keeper;
    m_sync = new SyncEngine(m_cache.get(), m_backend, this);
    m_sync->setRequestsInFlight(m_profile.requestsInFlight());
    m_runner = new OutboxRunner(m_cache.get(), m_backend, this);
    m_watch =
        new ConnectionWatch(m_backend, m_runner, m_sync, m_cache && m_cache->lastSync().isValid(), this);
    Q_EMIT backendConnected();
    return {};
}

CrmCall* ProfileSession::signIn(int waitMs)
{
    auto* outer = new CrmCall(this);
    const OAuth2Endpoints endpoints = OAuth2Endpoints::forProfile(m_profile);
    if (!m_profile.usesOAuth2() || !endpoints.isValid()) {
        outer->fail(
            CrmError(CrmError::Kind::Local, {}, 0,
                     m_profile.usesOAuth2()
                         ? tr("Profile \u201c%1\u201d has no OAuth2 client id (option oauth_client_id).")
                               .arg(m_profile.name)
                         : tr("Profile \u201c%1\u201d uses keys, not a sign-in through the site (option "
                              "auth=oauth2).")
                               .arg(m_profile.name)));
        return outer;
    }
    CrmCall* read = m_credentials->read(m_profile.name, Backends::secretNames(m_profile) +
                                                            Backends::optionalSecretNames(m_profile));
    outer->setCanceller([read] { read->cancel(); });
    connect(read, &CrmCall::finished, outer, [this, outer, read, endpoints, waitMs] {
        if (!read->ok()) {
            outer->fail(read->error());
            return;
        }
        QMap<QString, QString> secrets = read->value<QMap<QString, QString>>();
        auto* client = new OAuth2TokenClient(endpoints, secrets.value(QStringLiteral("client_secret")),
                                             HttpPolicy::forProfile(m_profile), m_nam, outer);
        auto* flow = new OAuth2SignIn(client, outer);
        connect(flow, &OAuth2SignIn::authorizationUrlReady, this, &ProfileSession::signInUrlReady);
        CrmCall* signIn = flow->start(waitMs);
        outer->setCanceller([signIn] { signIn->cancel(); });
        connect(signIn, &CrmCall::finished, outer, [this, outer, signIn, secrets]() mutable {
            if (!signIn->ok()) {
                outer->fail(signIn->error());
                return;
            }
            const auto tokens = signIn->value<OAuth2Tokens>();
            CrmCall* write =
                m_credentials->write(m_profile.name, {{OAuth2Tokens::secretName(), tokens.toSecret()}});
            secrets.insert(OAuth2Tokens::secretName(), tokens.toSecret());
            connect(write, &CrmCall::finished, outer, [this, outer, write, secrets] {
                if (!write->ok()) {
                    outer->fail(write->error());
                    return;
                }
                const CrmError e = installBackend(secrets);
                if (e)
                    outer->fail(e);
                else
                    outer->succeed();
            });
        });
    });
    return outer;
}

CrmCall* ProfileSession::signOut()
{
    auto* outer = new CrmCall(this);
    CrmCall* remove = m_credentials->remove(m_profile.name, {OAuth2Tokens::secretName()});
    connect(remove, &CrmCall::finished, outer, [this, outer, remove] {
        if (!remove->ok()) {
            outer->fail(remove->error());
            return;
        }
        if (m_tokens)
            m_tokens->forget();
        outer->succeed();
    });
    return outer;
}

CrmCall* ProfileSession::fetchSignedInUser()
{
    auto* outer = new CrmCall(this);
    if (!m_backend) {
        outer->fail(CrmError(CrmError::Kind::Local, {}, 0, tr("Not connected.")));
        return outer;
    }
    CrmCall* who = through<SignedInUsers>(m_backend, [](SignedInUsers& f) { return f.fetchSignedInUser(); });
    outer->setCanceller([who] { who->cancel(); });
    connect(who, &CrmCall::finished, outer, [this, outer, who] {
        if (!who->ok()) {
            outer->fail(who->error());
            return;
        }
        auto person = who->value<SignedInUser>();
        const QUrl picture = person.picture;
        if (!picture.isValid() ||
            (picture.scheme() != QLatin1String("https") && picture.scheme() != QLatin1String("http"))) {
            outer->succeed(person);
            return;
        }
        // The picture is a public file of the site: no token goes with it.
        HttpPolicy pictureHttp = HttpPolicy::forProfile(m_profile);
        pictureHttp.silenceMs = std::min(pictureHttp.silenceMs, 10000);
        pictureHttp.deadlineMs = 30000;
        pictureHttp.maxAnswerBytes = 2 * 1024 * 1024;
        CrmCall* fetch = sendHttp(
            m_nam, QNetworkRequest(picture), "GET", {}, pictureHttp,
            [](CrmCall* call, const HttpResponse& r) {
                if (r.transportError || r.status != 200 || r.body.size() > 2 * 1024 * 1024)
                    call->succeed(QByteArray());
                else
                    call->succeed(r.body);
            },
            outer);
        outer->setCanceller([fetch] { fetch->cancel(); });
        connect(fetch, &CrmCall::finished, outer, [outer, fetch, person]() mutable {
            if (fetch->ok())
                person.pictureData = fetch->value<QByteArray>();
            outer->succeed(person);
        });
    });
    return outer;
}

Abilities ProfileSession::abilities()
{
    return Abilities::of(features());
}

const CrmBackend* ProfileSession::features()
{
    if (m_backend)
        return m_backend;
    if (!m_features)
        m_features = Backends::create(m_profile, {}, m_nam, this, nullptr);
    return m_features;
}

CrmCall* ProfileSession::verifyStaffAccount()
{
    auto* outer = new CrmCall(this);
    const QString email = m_profile.options.value(QStringLiteral("staff_email"));
    if (!m_backend || !m_backend->has<StaffLogin>() || email.isEmpty()) {
        outer->fail(CrmError(CrmError::Kind::Local, {}, 0,
                             tr("Profile \u201c%1\u201d has no staff account to verify. Add the option "
                                "staff_email and store the staff password.")
                                 .arg(m_profile.name)));
        return outer;
    }
    CrmCall* read = m_credentials->read(m_profile.name, {QStringLiteral("staff_password")});
    connect(read, &CrmCall::finished, outer, [this, outer, read, email] {
        const QString password =
            read->ok() ? read->value<QMap<QString, QString>>().value(QStringLiteral("staff_password"))
                       : QString();
        if (!read->ok()) {
            outer->fail(read->error());
            return;
        }
        if (password.isEmpty()) {
            outer->fail(CrmError(
                CrmError::Kind::Auth, {}, 0,
                tr("the staff password is not stored for profile \u201c%1\u201d").arg(m_profile.name)));
            return;
        }
        CrmCall* login = m_backend->facet<StaffLogin>()->staffLogin(email, password);
        outer->setCanceller([login] { login->cancel(); });
        connect(login, &CrmCall::finished, outer, [outer, login] {
            if (login->ok())
                outer->succeed(login->anyValue());
            else
                outer->fail(login->error());
        });
    });
    return outer;
}

CrmCall* ProfileSession::issueDeviceToken(const QString& deviceId)
{
    auto* outer = new CrmCall(this);
    if (!m_backend) {
        outer->fail(CrmError(CrmError::Kind::Local, {}, 0, tr("Not connected.")));
        return outer;
    }
    CrmCall* issue =
        through<SupportTokens>(m_backend, [&](SupportTokens& f) { return f.issueDeviceToken(deviceId); });
    outer->setCanceller([issue] { issue->cancel(); });
    connect(issue, &CrmCall::finished, outer, [this, outer, issue] {
        if (!issue->ok()) {
            outer->fail(issue->error());
            return;
        }
        const QString name = deviceTokenSecretName();
        CrmCall* write = m_credentials->write(m_profile.name, {{name, issue->value<QString>()}});
        connect(write, &CrmCall::finished, outer, [outer, write, name] {
            if (write->ok())
                outer->succeed(name);
            else
                outer->fail(write->error());
        });
    });
    return outer;
}

QString ProfileSession::deviceTokenSecretName()
{
    return QStringLiteral("device_token");
}

} // namespace crm
