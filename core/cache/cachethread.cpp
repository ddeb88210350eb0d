#include "cachethread.h"

#include "cache/cache.h"

namespace crm {

CacheThread::CacheThread(QString cachePath, const QString& threadName)
    : m_path(std::move(cachePath)), m_worker(new QObject)
{
    m_thread.setObjectName(threadName);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

CacheThread::~CacheThread()
{
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

void CacheThread::run(std::function<void(Cache*, const CrmError&)> job)
{
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
            job(m_cache, error);
        },
        Qt::QueuedConnection);
}

void CacheThread::flush()
{
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace crm
