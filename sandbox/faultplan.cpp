#include "faultplan.h"

FaultPlan FaultPlan::fromJson(const QJsonObject& o)
{
    FaultPlan f;
    f.latencyMs = o.value(QLatin1String("latency_ms")).toInt();
    f.failEvery = o.value(QLatin1String("fail_every")).toInt();
    f.failStatus = o.value(QLatin1String("fail_status")).toInt(500);
    f.malformedEvery = o.value(QLatin1String("malformed_every")).toInt();
    f.truncateEvery = o.value(QLatin1String("truncate_every")).toInt();
    f.htmlEvery = o.value(QLatin1String("html_every")).toInt();
    f.dropEvery = o.value(QLatin1String("drop_every")).toInt();
    f.hangEvery = o.value(QLatin1String("hang_every")).toInt();
    f.applyThenDropAt = o.value(QLatin1String("apply_then_drop_at")).toInt();
    f.redirectEvery = o.value(QLatin1String("redirect_every")).toInt();
    f.bloatId = o.value(QLatin1String("bloat_id")).toString();
    f.onlyPath = o.value(QLatin1String("only_path")).toString();
    f.onlyMatching = o.value(QLatin1String("only_matching")).toString();
    f.bloatMb = o.value(QLatin1String("bloat_mb")).toInt();
    f.retryAfterSeconds = o.value(QLatin1String("retry_after")).toInt();
    f.trickleMs = o.value(QLatin1String("trickle_ms")).toInt();
    f.hugeMb = o.value(QLatin1String("huge_mb")).toInt();
    f.ignoreCursor = o.value(QLatin1String("ignore_cursor")).toBool();
    f.ignoreRanges = o.value(QLatin1String("ignore_ranges")).toBool();
    f.ignoreModified = o.value(QLatin1String("ignore_modified")).toBool();
    f.redirectTo = o.value(QLatin1String("redirect_to")).toString();
    return f;
}

QJsonObject FaultPlan::toJson() const
{
    return {{QStringLiteral("latency_ms"), latencyMs},
            {QStringLiteral("fail_every"), failEvery},
            {QStringLiteral("fail_status"), failStatus},
            {QStringLiteral("malformed_every"), malformedEvery},
            {QStringLiteral("truncate_every"), truncateEvery},
            {QStringLiteral("html_every"), htmlEvery},
            {QStringLiteral("drop_every"), dropEvery},
            {QStringLiteral("hang_every"), hangEvery},
            {QStringLiteral("apply_then_drop_at"), applyThenDropAt},
            {QStringLiteral("redirect_every"), redirectEvery},
            {QStringLiteral("bloat_id"), bloatId},
            {QStringLiteral("only_path"), onlyPath},
            {QStringLiteral("only_matching"), onlyMatching},
            {QStringLiteral("bloat_mb"), bloatMb},
            {QStringLiteral("retry_after"), retryAfterSeconds},
            {QStringLiteral("trickle_ms"), trickleMs},
            {QStringLiteral("huge_mb"), hugeMb},
            {QStringLiteral("ignore_ranges"), ignoreRanges},
            {QStringLiteral("ignore_modified"), ignoreModified},
            {QStringLiteral("ignore_cursor"), ignoreCursor},
            {QStringLiteral("redirect_to"), redirectTo}};
}
