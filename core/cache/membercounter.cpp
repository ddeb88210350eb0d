#include "membercounter.h"

#include "cache/cache.h"

namespace crm {

MemberCounter::MemberCounter(QString cachePath, QObject* parent)
    : QObject(parent), m_thread(std::move(cachePath), QStringLiteral("MemberCounter"))
{
}

MemberCounter::~MemberCounter()
{
    ++m_latest;
    if (Cache* running = m_running.load())
        running->interruptCount();
}

void MemberCounter::count(const MemberQuery& query)
{
    const quint64 ask = ++m_latest;
    if (Cache* running = m_running.load())
        running->interruptCount();
    m_thread.run([this, ask, query](Cache* cache, const CrmError& openError) {
        if (openError || ask != m_latest)
            return; // typed past before it started
        m_running = cache;
        const qint64 members = cache->countMembers(query);
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
    });
}

} // namespace crm
