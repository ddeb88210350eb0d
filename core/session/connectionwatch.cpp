#include "connectionwatch.h"

#include "backends/crmbackend.h"
#include "net/crmcall.h"
#include "outbox/outboxrunner.h"
#include "sync/syncengine.h"

#include <QTimer>

namespace crm {

ConnectionWatch::ConnectionWatch(CrmBackend* backend, OutboxRunner* runner, SyncEngine* sync,
                                 bool workedBefore, QObject* parent)
    : QObject(parent), m_backend(backend), m_runner(runner), m_sync(sync), m_timer(new QTimer(this)),
      m_workedBefore(workedBefore)
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ConnectionWatch::probe);
    connect(runner, &OutboxRunner::finished, this, [this](int, int, const CrmError& e) { heard(e); });
    connect(sync, &SyncEngine::finished, this, &ConnectionWatch::heard);
}

void ConnectionWatch::setBackOff(int firstMs, int mostMs)
{
    m_firstMs = firstMs;
    m_mostMs = mostMs;
}

void ConnectionWatch::tryNow()
{
    m_timer->stop();
    probe();
}

void ConnectionWatch::heard(const CrmError& e)
{
    using K = CrmError::Kind;
    if (!e) {
        m_workedBefore = true;
        m_waitMs = 0;
        m_timer->stop();
        m_nextTry = {};
        setState(State::Online, {});
        return;
    }
    if (e.kind == K::Auth || e.kind == K::Forbidden) {
        // Refused after working: the keys were changed or the sign-in withdrawn. Retrying cannot help.
        if (m_workedBefore && e.kind == K::Auth) {
            m_timer->stop();
            m_nextTry = {};
            setState(State::CredentialsRefused, e);
        }
        return;
    }
    const bool unavailable = e.kind == K::Unavailable;
    if (!unavailable && !e.isUnreachable())
        return; // a refusal of one edit or a fault of one answer: the connection is fine
    setState(unavailable ? State::Unavailable : State::Offline, e);
    m_waitMs = m_waitMs == 0 ? m_firstMs : std::min(m_waitMs * 2, m_mostMs);
    // The CRM's own word on when to come back wins over the back-off, within the same bounds.
    const int wait = e.retryAfterSeconds > 0 ? std::min(e.retryAfterSeconds * 1000, 3600 * 1000) : m_waitMs;
    schedule(wait);
}

void ConnectionWatch::schedule(int ms)
{
    m_nextTry = QDateTime::currentDateTimeUtc().addMSecs(ms);
    m_timer->start(ms);
    Q_EMIT stateChanged(m_state, m_reason); // the next try moved
}

void ConnectionWatch::probe()
{
    if (m_probe || (m_sync && m_sync->isRunning()) || (m_runner && m_runner->isRunning())) {
        if (!m_probe)
            schedule(m_firstMs); // busy now: the run under way reports how it went
        return;
    }
    m_nextTry = {};
    CrmCall* call = m_backend->testConnection();
    m_probe = call;
    connect(call, &CrmCall::finished, this, [this, call] {
        if (!call->ok()) {
            heard(call->error());
            return;
        }
        // It answers: the waiting edits go now, by themselves; their run reports the state.
        m_runner->run();
    });
}

void ConnectionWatch::setState(State state, const CrmError& reason)
{
    const bool changed = state != m_state || reason.kind != m_reason.kind;
    m_state = state;
    m_reason = reason;
    if (changed)
        Q_EMIT stateChanged(m_state, m_reason);
}

} // namespace crm
