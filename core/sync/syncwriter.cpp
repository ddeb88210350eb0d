#include "syncwriter.h"

#include "cache/cache.h"

namespace crm {

SyncWriter::SyncWriter(QString cachePath, QObject* parent)
    : QObject(parent), m_path(std::move(cachePath)), m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("SyncWriter"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

SyncWriter::~SyncWriter()
{
    flush();
    // The cache's connection belongs to the thread: close it there.
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            delete m_cache;
            m_cache = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

template <typename Job> void SyncWriter::queue(Job job)
{
    ++m_pending;
    QMetaObject::invokeMethod(
        m_worker,
        [this, job = std::move(job)] {
            CrmError error;
            if (!m_cache) {
                m_cache = new Cache(m_path);
                if ((error = m_cache->open())) {
                    delete m_cache;
                    m_cache = nullptr;
                }
            }
            if (!error)
                error = job(*m_cache);
            // Back on the owner's thread; dropped unseen if the writer is gone by then.
            QMetaObject::invokeMethod(
                this,
                [this, error] {
                    --m_pending;
                    Q_EMIT done(error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
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
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace crm
