#include "changecoalescer.h"

#include "cache/cachechanges.h"

#include <QTimer>

#include <algorithm>

namespace crm {

void ChangeCoalescer::watch(CacheChanges* changes)
{
    for (auto& c : m_connections)
        disconnect(c);
    if (!changes)
        return;
    m_connections[0] = connect(changes, &CacheChanges::membersChanged, this, [this](const QStringList& ids) {
        if (ids.isEmpty())
            m_anyMember = true;
        for (const QString& id : ids)
            m_members.insert(id);
        schedule();
    });
    m_connections[1] = connect(changes, &CacheChanges::groupsChanged, this, [this] {
        m_groups = true;
        schedule();
    });
    m_connections[2] = connect(changes, &CacheChanges::outboxChanged, this, [this] {
        m_outbox = true;
        schedule();
    });
}

void ChangeCoalescer::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    constexpr qint64 kQuietMs = 250;
    const qint64 wait =
        m_sinceReport.isValid() ? std::max<qint64>(0, kQuietMs - m_sinceReport.elapsed()) : qint64(0);
    QTimer::singleShot(int(wait), this, &ChangeCoalescer::report);
}

void ChangeCoalescer::report()
{
    m_scheduled = false;
    m_sinceReport.start();
    const QSet<QString> members = std::exchange(m_members, {});
    const bool any = std::exchange(m_anyMember, false);
    const bool groups = std::exchange(m_groups, false);
    const bool outbox = std::exchange(m_outbox, false);
    Q_EMIT changed(members, any, groups, outbox);
}

} // namespace crm
