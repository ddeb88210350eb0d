#include "syncplan.h"

#include "backends/facets.h"
#include "cache/cache.h"

namespace crm {

namespace {
const QString kChangesFrom = QStringLiteral("sync.changes_from");
const QString kChangesCount = QStringLiteral("sync.changes_count");
const QString kLastFull = QStringLiteral("sync.last_full");
} // namespace

SyncPlan SyncPlan::decide(const Cache& cache, const MemberChanges* changes, bool fullAsked,
                          const QDateTime& now)
{
    SyncPlan plan;
    const QString from = cache.state(kChangesFrom);
    if (fullAsked || !changes || from.isEmpty())
        return plan;
    if (cache.state(kChangesCount).toInt() >= kChangesBetweenFull)
        return plan;
    // A desktop clock set back would make the last full sync look recent for good: a date ahead of now
    // counts as long ago.
    const QDateTime lastFull = QDateTime::fromString(cache.state(kLastFull), Qt::ISODate);
    if (!lastFull.isValid() || lastFull > now || lastFull.secsTo(now) > kFullAfterSeconds)
        return plan;
    plan.since = changes->stampBefore(from, kMarginSeconds);
    plan.changesOnly = !plan.since.isEmpty();
    return plan;
}

QMap<QString, QString> SyncPlan::completed(const Cache& cache, const SyncPlan& plan,
                                           const QString& startStamp, const QDateTime& now)
{
    QMap<QString, QString> state;
    if (!startStamp.isEmpty())
        state.insert(kChangesFrom, startStamp);
    if (plan.changesOnly) {
        state.insert(kChangesCount, QString::number(cache.state(kChangesCount).toInt() + 1));
    } else {
        state.insert(kChangesCount, QStringLiteral("0"));
        state.insert(kLastFull, now.toUTC().toString(Qt::ISODate));
    }
    return state;
}

} // namespace crm
