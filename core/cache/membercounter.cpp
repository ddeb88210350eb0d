#include "membercounter.h"

#include "cache/cache.h"

namespace crm {

MemberCounter::MemberCounter(QString cachePath, QObject* parent)
    : QObject(parent), m_path(std::move(cachePath)), m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("MemberCounter"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

MemberCounter::~MemberCounter()
{
    ++m_latest;
    if (Cache* running = m_running.load())
        running->interruptCount();
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

void MemberCounter::count(const MemberQuery& query)
{
    const quint64 ask = ++m_latest;
    if (Cache* running = m_running.load())
        running->interruptCount();
    QMetaObject::invokeMethod(
        m_worker,
        [this, ask, query] {
            if (ask != m_latest)
                return; // typed past before it started
            if (!m_cache) {
                m_cache = new Cache(m_path);
                if (m_cache->open()) {
                    delete m_cache;
                    m_cache = nullptr;
                    return;
                }
            }
            m_running = m_cache;
            const qint64 members = m_cache->countMembers(query);
            m_running = nullptr;
            if (ask != m_latest || members < 0)
                return;
            QMetaObject::invokeMethod(
                this,
                [this, ask, query, members] {
                    if (ask == m_latest)
                        Q_EMIT counted(query, members);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace crm
