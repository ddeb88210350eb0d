#include "profilesession.h"

#include "backends/crmbackend.h"
#include "credentials/credentialstore.h"
#include "net/crmcall.h"
#include "outbox/outboxrunner.h"
#include "profiles/profilestore.h"
#include "sync/syncengine.h"

namespace crm {

ProfileSession::ProfileSession(Profile profile, CredentialStore* credentials, QNetworkAccessManager* nam,
                               QObject* parent)
    : QObject(parent), m_profile(std::move(profile)), m_credentials(credentials), m_nam(nam)
{
}

ProfileSession::~ProfileSession()
{
    // The engines use the cache: they go first.
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

CrmCall* ProfileSession::connectBackend()
{
    auto* outer = new CrmCall(this);
    CrmCall* read = m_credentials->read(m_profile.name, Backends::secretNames(m_profile.kind));
    connect(read, &CrmCall::finished, outer, [this, outer, read] {
        if (!read->ok()) {
            outer->fail(read->error());
            return;
        }
        const auto secrets = read->value<QMap<QString, QString>>();
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
            if (it.value().isEmpty()) {
                outer->fail(CrmError(CrmError::Kind::Auth, {}, 0,
                                     tr("the %1 is not stored for profile \u201c%2\u201d")
                                         .arg(Backends::secretLabel(it.key()), m_profile.name)));
                return;
            }
        }
        QString why;
        CrmBackend* backend = Backends::create(m_profile, secrets, m_nam, this, &why);
        if (!backend) {
            outer->fail(CrmError(CrmError::Kind::Local, {}, 0, why));
            return;
        }
        delete m_sync;
        delete m_runner;
        delete m_backend;
        m_backend = backend;
        m_sync = new SyncEngine(m_cache.get(), m_backend, this);
        m_runner = new OutboxRunner(m_cache.get(), m_backend, this);
        outer->succeed();
    });
    return outer;
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
    if (!m_backend || !(m_backend->capabilities() & CrmBackend::StaffLogin) || email.isEmpty()) {
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
        CrmCall* login = m_backend->staffLogin(email, password);
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
    CrmCall* issue = m_backend->issueDeviceToken(deviceId);
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
