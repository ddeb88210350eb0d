#pragma once

#include "cache/cachethread.h"
#include "cache/memberquery.h"

#include <QObject>
#include <atomic>

namespace crm {

class Cache;

/// Counts a list's members exactly on a thread of its own, so that a search matching most of a large
/// cache never holds up the window: it shows "more than 10,000" until counted() brings the number.
/// A new count() supersedes the one running, which is stopped at once (a keystroke typed past).
class MemberCounter : public QObject {
    Q_OBJECT
public:
    explicit MemberCounter(QString cachePath, QObject* parent = nullptr);
    /// Stops the count running and waits for the thread.
    ~MemberCounter() override;

    void count(const MemberQuery& query);

Q_SIGNALS:
    /// The latest query's count, on the thread that owns the counter.
    void counted(const crm::MemberQuery& query, qint64 members);

private:
    std::atomic<Cache*> m_running{nullptr}; ///< the thread's Cache while it counts, for interrupting
    std::atomic<quint64> m_latest{0};       ///< the newest count() asked for
    CacheThread m_thread;                   ///< last: destroyed (and waited for) first
};

} // namespace crm
