#include "lookuprefresh.h"

#include "backends/crmbackend.h"
#include "cache/cache.h"
#include "net/crmcall.h"

#include <QDateTime>

namespace crm {

LookupRefresh::LookupRefresh(Cache* cache, CrmBackend* backend, QObject* parent)
    : QObject(parent), m_cache(cache), m_backend(backend)
{
}

void LookupRefresh::start()
{
    m_ids = m_cache->memberIds();
    m_notFound.clear();
    m_index = 0;
    m_refreshed = 0;
    next();
}

void LookupRefresh::cancel()
{
    if (m_call)
        m_call->cancel();
}

void LookupRefresh::stop(const CrmError& error)
{
    if (!error)
        m_cache->setState(
            {{QStringLiteral("sync.last_completed"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
    Q_EMIT finished(error);
}

void LookupRefresh::next()
{
    Q_EMIT progress(m_index, m_ids.size());
    if (m_index >= m_ids.size()) {
        stop({});
        return;
    }
    const QString id = m_ids.at(m_index);
    m_call = m_backend->fetchMember(id);
    CrmCall* call = m_call;
    connect(call, &CrmCall::finished, this, [this, call, id] {
        if (!call->ok()) {
            const CrmError& e = call->error();
            if (e.kind != CrmError::Kind::NotFound) {
                stop(e);
                return;
            }
            m_notFound.append(id);
            ++m_index;
            next();
            return;
        }
        if (CrmError e = m_cache->storeMember(call->value<Member>())) {
            stop(e);
            return;
        }
        ++m_refreshed;
        readMemberships(id);
    });
}

void LookupRefresh::readMemberships(const QString& id)
{
    Memberships* memberships = m_backend->facet<Memberships>();
    if (!memberships) {
        ++m_index;
        next();
        return;
    }
    const auto cached = m_cache->member(id);
    m_call = memberships->fetchMemberships({id, cached ? cached->email : QString()});
    CrmCall* call = m_call;
    connect(call, &CrmCall::finished, this, [this, call, id] {
        if (!call->ok()) {
            stop(call->error());
            return;
        }
        if (CrmError e = m_cache->replaceMemberships(id, call->value<QList<Membership>>())) {
            stop(e);
            return;
        }
        ++m_index;
        next();
    });
}

} // namespace crm
