#pragma once

#include <QObject>
#include <QStringList>

namespace crm {

/// What a cache's stores announce when they change something, for the views over them. A store
/// announces inside its own transaction or the caller's: listeners read on the next turn of the event
/// loop (queue or coalesce), when the change is committed.
class CacheChanges : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    /// Members were written, their records (addresses, meta, memberships, groups) included; ids empty
    /// when it may be any of them (a sync's end).
    void membersChanged(const QStringList& ids);
    /// The groups or who is in them changed.
    void groupsChanged();
    /// An outbox entry was added, changed state or went.
    void outboxChanged();
};

} // namespace crm
