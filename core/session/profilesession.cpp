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

} // namespace crm
