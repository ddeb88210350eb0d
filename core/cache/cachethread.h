#pragma once

#include "domain/crmerror.h"

#include <QString>
#include <QThread>
#include <functional>

namespace crm {

class Cache;

/// A Cache opened on a thread of its own, for work that must not hold up the caller's thread (a SQLite
/// connection belongs to the thread that uses it). Jobs run one after another in the order given; the
/// cache opens with the first job (again with the next, if it could not) and closes with the thread.
class CacheThread {
public:
    CacheThread(QString cachePath, const QString& threadName);
    /// Waits for the jobs queued, closes the cache on its thread, and stops the thread.
    ~CacheThread();
    CacheThread(const CacheThread&) = delete;
    CacheThread& operator=(const CacheThread&) = delete;

    /// Queues job, which gets the open cache, or nullptr and why it could not be opened.
    void run(std::function<void(Cache* cache, const CrmError& openError)> job);
    /// Blocks until every job queued so far has run.
    void flush();

private:
    QString m_path;
    QThread m_thread;
    QObject* m_worker;        ///< lives in m_thread
    Cache* m_cache = nullptr; ///< used only on m_thread
};

} // namespace crm
