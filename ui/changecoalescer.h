#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QString>

namespace crm {

class CacheChanges;

/// Gathers what a cache announces and reports it once on the next turn of the event loop, and no more
/// than a few times a second while changes keep coming (an import writes thousands of rows), so a
/// view reads the committed result once instead of once per row written.
class ChangeCoalescer : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    /// Listens to changes (nullptr: to nothing).
    void watch(CacheChanges* changes);

Q_SIGNALS:
    /// members: the members that changed; anyMember: any may have (a sync's end).
    void changed(const QSet<QString>& members, bool anyMember, bool groups, bool outbox);

private:
    void schedule();
    void report();

    QSet<QString> m_members;
    bool m_anyMember = false;
    bool m_groups = false;
    bool m_outbox = false;
    bool m_scheduled = false;
    QElapsedTimer m_sinceReport;
    QMetaObject::Connection m_connections[3];
};

} // namespace crm
