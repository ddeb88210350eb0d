#include "syncwriter.h"

#include "cache/cache.h"

namespace crm {

SyncWriter::SyncWriter(QString cachePath, QObject* parent)
    : QObject(parent), m_thread(std::move(cachePath), QStringLiteral("SyncWriter"))
{
}

SyncWriter::~SyncWriter() = default; // CacheThread waits for the queued jobs

template <typename Job> void SyncWriter::queue(Job job)
{
    ++m_pending;
    m_thread.run([this, job = std::move(job)](Cache* cache, const CrmError& openError) {
        const CrmError error = openError ? openError : job(*cache);
        // Back on the owner's thread; dropped unseen if the writer is gone by then.
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                --m_pending;
                Q_EMIT done(error);
            },
            Qt::QueuedConnection);
    });
}

void SyncWriter::writePage(const QList<Member>& members, qint64 gen, const QMap<QString, QString>& state)
{
    queue([members, gen, state](Cache& cache) { return cache.writeMemberPage(members, gen, state); });
}

void SyncWriter::writeGroupMembers(const QString& groupId, const QStringList& memberIds, qint64 gen,
                                   bool prune, const QMap<QString, QString>& state)
{
    queue([groupId, memberIds, gen, prune, state](Cache& cache) {
        if (!prune)
            return cache.writeGroupMemberPage(groupId, memberIds, gen, state);
        if (CrmError e = cache.writeGroupMemberPage(groupId, memberIds, gen, {}))
            return e;
        return cache.pruneGroupMembers(groupId, gen, state);
    });
}

void SyncWriter::markSeen(const QStringList& ids, qint64 gen, const QMap<QString, QString>& state)
{
    queue([ids, gen, state](Cache& cache) { return cache.markMembersSeen(ids, gen, state); });
}

void SyncWriter::finishBulkLoad()
{
    queue([](Cache& cache) { return cache.finishBulkLoad(); });
}

void SyncWriter::flush()
{
    m_thread.flush();
}

} // namespace crm
