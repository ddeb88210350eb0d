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
    m_next = 0;
    m_reading = 0;
    m_done = 0;
    m_refreshed = 0;
    m_stopped = false;
    m_calls.clear();
    Q_EMIT progress(0, m_ids.size());
    for (int i = 0; i < m_inFlight && !m_stopped; ++i)
        next();
    if (m_ids.isEmpty())
        stop({});
}

void LookupRefresh::cancel()
{
    const auto calls = m_calls;
    for (const QPointer<CrmCall>& c : calls)
        if (c)
            c->cancel();
}

void LookupRefresh::track(CrmCall* call)
{
    m_calls.removeAll(nullptr);
    m_calls.append(call);
}

void LookupRefresh::stop(const CrmError& error)
{
    if (m_stopped)
        return;
    m_stopped = true;
    // The others on their way are not waited for: what they bring is not kept.
    const auto calls = m_calls;
    for (const QPointer<CrmCall>& c : calls)
        if (c && !c->isFinished()) {
            c->disconnect(this);
            c->cancel();
        }
    if (!error)
        m_cache->setState(
            {{QStringLiteral("sync.last_completed"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
    Q_EMIT finished(error);
}

void LookupRefresh::next()
{
    if (m_stopped)
        return;
    if (m_next >= m_ids.size()) {
        if (m_reading == 0)
            stop({});
        return;
    }
    ++m_reading;
    read(m_ids.at(m_next++));
}

void LookupRefresh::done()
{
    --m_reading;
    ++m_done;
    Q_EMIT progress(m_done, m_ids.size());
    next();
}

void LookupRefresh::read(const QString& id)
{
    CrmCall* call = m_backend->fetchMember(id);
    track(call);
    connect(call, &CrmCall::finished, this, [this, call, id] {
        if (m_stopped)
            return;
        if (!call->ok()) {
            const CrmError& e = call->error();
            if (e.kind != CrmError::Kind::NotFound) {
                stop(e);
                return;
            }
            m_notFound.append(id);
            done();
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
        done();
        return;
    }
    const auto cached = m_cache->member(id);
    CrmCall* call = memberships->fetchMemberships({id, cached ? cached->email : QString()});
    track(call);
    connect(call, &CrmCall::finished, this, [this, call, id] {
        if (m_stopped)
            return;
        if (!call->ok()) {
            stop(call->error());
            return;
        }
        if (CrmError e = m_cache->replaceMemberships(id, call->value<QList<Membership>>())) {
            stop(e);
            return;
        }
        done();
    });
}

} // namespace crm
