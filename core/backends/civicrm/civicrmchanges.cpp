#include "civicrmchanges.h"

#include "civicrmbackend.h"
#include "civicrmcodec.h"
#include "civicrmidrange.h"

#include "net/crmcall.h"

#include <QDateTime>
#include <QJsonArray>

namespace crm {

namespace {
const QString kStampFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");
} // namespace

Call<QString>* CiviCrmChanges::newestChange()
{
    const QJsonObject params{{QStringLiteral("return"), QStringLiteral("modified_date")},
                             {QStringLiteral("options"),
                              QJsonObject{{QStringLiteral("limit"), 1},
                                          {QStringLiteral("sort"), QStringLiteral("modified_date DESC")}}}};
    return typed<QString>(m_backend.api(
        QStringLiteral("Contact"), QStringLiteral("get"), params, true,
        [](CrmCall* call, const QJsonObject& env) {
            const QList<QJsonObject> top = CiviCrmCodec::records(env);
            call->succeed(top.isEmpty()
                              ? QString()
                              : CiviCrmCodec::text(top.first().value(QLatin1String("modified_date"))));
        }));
}

QString CiviCrmChanges::stampBefore(const QString& stamp, int seconds) const
{
    // The server's local time with no zone: read and written back as a plain clock reading. Across a
    // change to winter time the margin is an hour short; the periodic full sync covers that.
    QDateTime t = QDateTime::fromString(stamp, kStampFormat);
    if (!t.isValid())
        return {};
    t.setTimeSpec(Qt::UTC);
    return t.addSecs(-seconds).toString(kStampFormat);
}

Call<MemberPage>* CiviCrmChanges::fetchChangedMembers(const QString& since, const QString& cursor,
                                                      int pageSize)
{
    return m_backend.contactsAfter(
        {{QStringLiteral("modified_date"), QJsonObject{{QStringLiteral(">="), since}}}}, cursor, pageSize);
}

Call<MemberIdPage>* CiviCrmChanges::fetchMemberIds(const QString& slice, int pageSize)
{
    const CiviIdRange range = CiviIdRange::parse(slice);
    const QJsonObject params{
        {QStringLiteral("return"), QStringLiteral("id")},
        {QStringLiteral("id"), range.filter()},
        {QStringLiteral("options"), QJsonObject{{QStringLiteral("limit"), pageSize},
                                                {QStringLiteral("sort"), QStringLiteral("id ASC")}}}};
    return typed<MemberIdPage>(
        m_backend.api(QStringLiteral("Contact"), QStringLiteral("get"), params, false,
                      [range, pageSize](CrmCall* call, const QJsonObject& env) {
                          MemberIdPage page;
                          qint64 lastId = range.from - 1;
                          for (const QJsonObject& r : CiviCrmCodec::records(env)) {
                              QString id = CiviCrmCodec::text(r.value(QLatin1String("id")));
                              if (id.isEmpty())
                                  id = CiviCrmCodec::text(r.value(QLatin1String("contact_id")));
                              const qint64 n = id.toLongLong();
                              if (!range.holds(n))
                                  return call->fail(CiviIdRange::ignored());
                              page.ids.append(id);
                              lastId = std::max(lastId, n);
                          }
                          const CiviIdRange::After after = range.after(lastId, page.ids.size() >= pageSize);
                          page.rest = after.rest;
                          page.nextCursor = after.nextCursor;
                          page.last = after.last;
                          call->succeed(page);
                      }));
}

Call<QList<Member>>* CiviCrmChanges::fetchMembers(const QStringList& ids)
{
    QJsonArray wanted;
    for (const QString& id : ids)
        wanted.append(id.toLongLong());
    QJsonObject params = CiviCrmBackend::pageParams();
    params.insert(QStringLiteral("id"), QJsonObject{{QStringLiteral("IN"), wanted}});
    params.insert(QStringLiteral("options"), QJsonObject{{QStringLiteral("limit"), 0}});
    CiviCrmBackend& backend = m_backend;
    return typed<QList<Member>>(backend.contacts(params, [&backend](CrmCall* call, QList<Member> members) {
        backend.withRelated(call, std::move(members),
                            [](CrmCall* c, QList<Member> whole) { c->succeed(std::move(whole)); });
    }));
}

} // namespace crm
