#include "outboxrunner.h"

#include "backends/crmbackend.h"
#include "cache/cache.h"
#include "logging/logcategories.h"
#include "net/crmcall.h"
#include "outboxoperation.h"

#include <QCoreApplication>

namespace crm {

OutboxRunner::OutboxRunner(Cache* cache, CrmBackend* backend, QObject* parent)
    : QObject(parent), m_cache(cache), m_backend(backend), m_store(cache)
{
}

void OutboxRunner::run()
{
    if (m_running)
        return;
    m_running = true;
    m_sent = m_failed = 0;
    m_lookedFor.clear();
    m_store.recoverInterrupted();
    next();
}

void OutboxRunner::finish(const CrmError& error)
{
    // From the event loop, as for SyncEngine: an empty outbox ends inside run().
    QMetaObject::invokeMethod(
        this, [this, sent = m_sent, failed = m_failed, error] { Q_EMIT finished(sent, failed, error); },
        Qt::QueuedConnection);
}

void OutboxRunner::cancel()
{
    if (m_call)
        m_call->cancel();
}

void OutboxRunner::track(CrmCall* call)
{
    m_call = call;
}

void OutboxRunner::next()
{
    const QList<OutboxEntry> pending = m_store.pending();
    if (pending.isEmpty()) {
        m_running = false;
        finish({});
        return;
    }
    send(pending.first());
}

OutboxContext OutboxRunner::context()
{
    return {*m_backend, *m_cache, m_store};
}

void OutboxRunner::send(const OutboxEntry& e)
{
    const bool sentBefore = e.attempts > 0;
    m_store.markSending(e.id);
    MemberRef ref{e.memberId, {}};
    if (const auto cached = m_cache->member(e.memberId))
        ref.email = cached->email;
    if (sentBefore && OutboxOperation::of(e.op).makesRecord())
        lookThenSend(e, ref);
    else
        dispatch(e, ref);
}

void OutboxRunner::lookThenSend(const OutboxEntry& e, const MemberRef& ref)
{
    m_lookedFor.insert(e.id);
    CrmCall* look = OutboxOperation::of(e.op).lookForEarlier(context(), e, ref);
    track(look);
    connect(look, &CrmCall::finished, this, [this, look, e, ref] {
        if (!look->ok()) {
            settle(e, look->error());
            return;
        }
        const auto earlier = look->value<EarlierSend>();
        if (!earlier.found) {
            dispatch(e, ref);
            return;
        }
        accept(e, ref, earlier.value);
    });
}

void OutboxRunner::dispatch(const OutboxEntry& e, const MemberRef& ref)
{
    CrmCall* call = OutboxOperation::of(e.op).send(context(), e, ref);
    track(call);
    connect(call, &CrmCall::finished, this, [this, call, e, ref] {
        if (call->ok()) {
            accept(e, ref, call->anyValue());
            return;
        }
        const CrmError& error = call->error();
        if (error.kind == CrmError::Kind::Conflict) {
            // The operation noted the server's version on the entry; the user decides.
            ++m_failed;
            Q_EMIT entryFinished(e.id, OutboxEntry::State::Conflict);
            next();
            return;
        }
        // The request went out and its answer did not come back: it may have made the record.
        const bool mayHaveArrived =
            error.kind == CrmError::Kind::Network || error.kind == CrmError::Kind::Timeout;
        if (mayHaveArrived && OutboxOperation::of(e.op).makesRecord() && !m_lookedFor.contains(e.id)) {
            lookThenSend(e, ref);
            return;
        }
        settle(e, error);
    });
}

void OutboxRunner::accept(const OutboxEntry& e, const MemberRef& ref, const std::any& value)
{
    // The entry is settled once the cache shows the change, so a run that ended has its reads too.
    CrmCall* readBack = OutboxOperation::of(e.op).apply(context(), e, ref, value);
    if (!readBack) {
        settle(e, {});
        return;
    }
    track(readBack);
    connect(readBack, &CrmCall::finished, this, [this, e] {
        Q_EMIT cacheRefreshed(e.memberId);
        settle(e, {});
    });
}

void OutboxRunner::settle(const OutboxEntry& e, const CrmError& error)
{
    if (!error) {
        qCInfo(lcOutbox) << "edit" << e.id << "of member" << e.memberId << "sent";
        m_store.markDone(e.id);
        ++m_sent;
        Q_EMIT entryFinished(e.id, OutboxEntry::State::Done);
        next();
        return;
    }
    // Faults of the connection rather than of the entry stop the run and keep the entry for a replay.
    const bool connectionFault = error.retryable() || error.kind == CrmError::Kind::Cancelled ||
                                 error.kind == CrmError::Kind::Auth || error.kind == CrmError::Kind::Protocol;
    if (connectionFault) {
        qCInfo(lcOutbox) << "edit" << e.id << "of member" << e.memberId << "kept for later:" << error.detail;
        m_store.markDeferred(e.id, error);
        m_running = false;
        Q_EMIT entryFinished(e.id, OutboxEntry::State::Pending);
        finish(error);
        return;
    }
    qCWarning(lcOutbox) << "edit" << e.id << "of member" << e.memberId << "refused:" << int(error.kind)
                        << error.httpStatus << error.detail;
    m_store.markFailed(e.id, error);
    ++m_failed;
    Q_EMIT entryFinished(e.id, OutboxEntry::State::Failed);
    next();
}

} // namespace crm
