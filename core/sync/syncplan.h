#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

namespace crm {

class Cache;
class MemberChanges;

/// Whether a sync reads everything or only what changed, from what the cache remembers of earlier syncs.
///
/// Only what changed when the CRM can tell (MemberChanges), a complete sync has recorded the CRM's newest
/// change stamp at its start, and no full sync is due: after kChangesBetweenFull changes-only syncs or
/// kFullAfterSeconds since the last full one, a full sync reads everything again. That catches what the
/// CRM does not stamp (an address edited where CiviCRM runs without its triggers), and a stamp that
/// went wrong. The stamps come from the CRM's clock only; the desktop's clock only says how long ago
/// the last full sync was.
struct SyncPlan {
    bool changesOnly = false;
    QString since; ///< changesOnly: the stamp from which changes are read, with the safety margin

    /// How far before the last sync's start stamp changes are read again: writes whose stamp was taken
    /// before they committed, and a server whose clock is stepped back a little.
    static constexpr int kMarginSeconds = 60;
    static constexpr int kChangesBetweenFull = 20;
    static constexpr qint64 kFullAfterSeconds = 24 * 3600;

    /// The plan for a new sync; fullAsked forces a full one.
    static SyncPlan decide(const Cache& cache, const MemberChanges* changes, bool fullAsked,
                           const QDateTime& now);
    /// The cache state a completed sync leaves for the next decide(): startStamp is the CRM's newest
    /// change stamp read as this sync began (empty: keep the last one).
    static QMap<QString, QString> completed(const Cache& cache, const SyncPlan& plan,
                                            const QString& startStamp, const QDateTime& now);
};

} // namespace crm
