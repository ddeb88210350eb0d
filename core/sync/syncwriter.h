#pragma once

#include "cache/cachethread.h"
#include "domain/crmerror.h"
#include "domain/member.h"

#include <QMap>
#include <QObject>

namespace crm {

class Cache;

/// Writes a sync's pages into a cache file from a thread of its own, so the sync receives and
/// decodes the next page while this one is written. The thread opens its own connection to the file
/// (SQLite lets one connection write at a time; the console's other connections wait their turn).
///
/// Jobs run in the order they are queued; each page is written with its sync state in one transaction,
/// exactly as Cache::writeMemberPage does. done() reports each job on the thread that owns the writer.
class SyncWriter : public QObject {
    Q_OBJECT
public:
    explicit SyncWriter(QString cachePath, QObject* parent = nullptr);
    /// Waits for the queued jobs, then stops the thread.
    ~SyncWriter() override;

    /// Queues a page of members seen in sync generation gen, with the state stored beside it.
    void writePage(const QList<Member>& members, qint64 gen, const QMap<QString, QString>& state);
    /// Queues a page of a group's member ids; with prune (the group's last page), memberships not seen
    /// in generation gen are then removed, as Cache::pruneGroupMembers does. state goes with the last write.
    void writeGroupMembers(const QString& groupId, const QStringList& memberIds, qint64 gen, bool prune,
                           const QMap<QString, QString>& state);
    /// Queues Cache::markMembersSeen(): the cached members among ids seen in generation gen, the others
    /// recorded as unknown.
    void markSeen(const QStringList& ids, qint64 gen, const QMap<QString, QString>& state);
    /// Queues Cache::finishBulkLoad().
    void finishBulkLoad();
    /// Blocks until every queued job has run; their done() signals are still to come.
    void flush();
    /// Jobs queued whose done() has not been emitted yet.
    int pending() const { return m_pending; }

Q_SIGNALS:
    /// One per job, in order. error is empty when the job succeeded.
    void done(const crm::CrmError& error);

private:
    template <typename Job> void queue(Job job);

    int m_pending = 0;
    CacheThread m_thread; ///< last: destroyed (and waited for) first
};

} // namespace crm
