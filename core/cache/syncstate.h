#pragma once

#include "domain/crmerror.h"

#include <QDateTime>
#include <QMap>

namespace crm {

class Cache;

/// Where a sync stands (cursors, phase, generation, totals) and when the last one completed: the
/// sync_state table. MemberStore::finishSync() records a completed sync here.
class SyncState {
public:
    explicit SyncState(Cache& cache) : m_cache(cache) {}

    QString state(const QString& key) const;
    /// Sets (a null value removes) entries in a transaction of its own.
    CrmError setState(const QMap<QString, QString>& values);
    /// Sets entries inside the caller's transaction.
    CrmError writeState(const QMap<QString, QString>& values);
    QDateTime lastSync() const;

private:
    Cache& m_cache;
};

} // namespace crm
