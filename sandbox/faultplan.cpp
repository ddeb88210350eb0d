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
            {QStringLiteral("hang_every"), hangEvery}};
}
