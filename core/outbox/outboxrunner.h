#pragma once

#include "domain/crmerror.h"
#include "domain/member.h"
#include "outbox/outboxoperation.h"
#include "outbox/outboxstore.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <any>
#include <functional>

namespace crm {

class Cache;
class CrmBackend;
class CrmCall;

/// Sends the outbox to the CRM, oldest entry first, one at a time.
///
/// A member edit first reads the record back: if its change stamp differs from the one the edit was
/// based on, the entry becomes a conflict (with the server's version kept for the user) and nothing is
/// written. Accepted edits are applied to the cache and marked done. When the CRM cannot be reached the
/// run stops and the entry stays pending, to be replayed by a later run; a refusal marks it failed with
/// the CRM's reason and the run goes on with the next entry.
///
/// Each kind of entry is an OutboxOperation that knows its facet and its answer; the runner orders, sends
/// and settles. An entry that makes a record (a member, an address, a linked member, an action) is sent
/// once: when its answer is lost, or it was sent before the console stopped, the CRM is first asked
/// whether the earlier send made it (OutboxOperation::lookForEarlier), and only sent again when it did not.
/// An edit whose values the CRM already has (it was carried out, the answer lost) is done, not a conflict.
class OutboxRunner : public QObject {
    Q_OBJECT
public:
    OutboxRunner(Cache* cache, CrmBackend* backend, QObject* parent = nullptr);

    bool isRunning() const { return m_running; }
    /// Starts a run if none is going; finished() follows.
    void run();
    void cancel();

Q_SIGNALS:
    void entryFinished(qint64 id, OutboxEntry::State state);
    /// Records of a member were read again after an accepted edit (memberships, addresses).
    void cacheRefreshed(const QString& memberId);
    /// The run ended (always from the event loop). error is set when it stopped because the CRM could not
    /// be reached.
    void finished(int sent, int failed, const crm::CrmError& error);

private:
    void next();
    OutboxContext context();
    void send(const OutboxEntry& e);
    /// Sends the entry through its operation, as if for the first time.
    void dispatch(const OutboxEntry& e, const MemberRef& ref);
    /// Asks the CRM whether an earlier send of e made its record; settles e when it did, else sends it.
    void lookThenSend(const OutboxEntry& e, const MemberRef& ref);
    /// The CRM accepted e (value: its answer): the operation brings the cache in line, then e is settled.
    void accept(const OutboxEntry& e, const MemberRef& ref, const std::any& value);
    void settle(const OutboxEntry& e, const CrmError& error);
    void track(CrmCall* call);
    void finish(const CrmError& error);

    Cache* m_cache;
    CrmBackend* m_backend;
    OutboxStore m_store;
    bool m_running = false;
    int m_sent = 0;
    int m_failed = 0;
    QPointer<CrmCall> m_call;
    /// Entries whose answer was lost in this run and that were looked for once: a second loss waits.
    QSet<qint64> m_lookedFor;
};

} // namespace crm
