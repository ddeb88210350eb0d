#include "civicrmidrange.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace crm {

CiviIdRange CiviIdRange::parse(const QString& slice)
{
    CiviIdRange r;
    r.from = slice.section(QLatin1Char(','), 0, 0).toLongLong();
    const QString to = slice.section(QLatin1Char(','), 1, 1);
    r.open = to.isEmpty();
    r.to = to.toLongLong();
    return r;
}

QJsonObject CiviIdRange::filter() const
{
    return open ? QJsonObject{{QStringLiteral(">="), from}}
                : QJsonObject{{QStringLiteral("BETWEEN"), QJsonArray{from, to}}};
}

CiviIdRange::After CiviIdRange::after(qint64 lastId, bool full) const
{
    After a;
    if (full && (open || lastId < to))
        a.rest =
            open ? QStringLiteral("%1,").arg(lastId + 1) : QStringLiteral("%1,%2").arg(lastId + 1).arg(to);
    a.nextCursor = QString::number(a.rest.isEmpty() && !open ? to : lastId);
    a.last = open && a.rest.isEmpty();
    return a;
}

CrmError CiviIdRange::ignored()
{
    CrmError e(CrmError::Kind::Protocol, {}, 0,
               QCoreApplication::translate("CiviCrmBackend", "the CRM ignored the range of ids asked for"));
    e.code = CrmError::SlicesIgnored;
    return e;
}

} // namespace crm
