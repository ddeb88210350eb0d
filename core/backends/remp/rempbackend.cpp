#include "rempbackend.h"

#include "net/crmcall.h"
#include "rempcodec.h"

#include <QCoreApplication>
#include <QNetworkRequest>

namespace crm {

RempBackend::RempBackend(QUrl baseUrl, QString apiToken, QList<Group> groups, int timeoutMs,
                         QNetworkAccessManager* nam, QObject* parent)
    : CrmBackend(parent), m_base(std::move(baseUrl)), m_token(std::move(apiToken)),
      m_groups(std::move(groups)), m_timeoutMs(timeoutMs), m_nam(nam)
{
}

CrmBackend::Capabilities RempBackend::capabilities() const
{
    return ListMembers | Groups;
}

CrmCall* RempBackend::send(const QString& call, const QByteArray& verb, const QByteArray& contentType,
                           const QByteArray& body, Handler handler)
{
    QUrl url = m_base;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    const qsizetype query = call.indexOf(QLatin1Char('?'));
    url.setPath(path + QStringLiteral("api/v1/") + (query < 0 ? call : call.left(query)));
    if (query >= 0)
        url.setQuery(call.mid(query + 1));
    QNetworkRequest request(url);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    return sendHttp(
        m_nam, request, verb, body, m_timeoutMs,
        [handler](CrmCall* c, const HttpResponse& r) {
            if (r.transportError) {
                c->fail(r.transportError);
                return;
            }
            const RempCodec::Answer a = RempCodec::decode(r.status, r.body, r.contentType);
            if (a.error)
                c->fail(a.error);
            else
                handler(c, a.object);
        },
        this);
}

CrmCall* RempBackend::postForm(const QString& call, const QUrlQuery& fields, Handler handler)
{
    return send(call, "POST", "application/x-www-form-urlencoded",
                fields.toString(QUrl::FullyEncoded).replace(QLatin1Char('+'), QStringLiteral("%2B")).toUtf8(),
                std::move(handler));
}

CrmCall* RempBackend::usersList(const QString& userIds, int page, Handler handler)
{
    QUrlQuery f;
    f.addQueryItem(QStringLiteral("user_ids"), userIds);
    f.addQueryItem(QStringLiteral("page"), QString::number(page));
    f.addQueryItem(QStringLiteral("with_uuid"), QStringLiteral("1"));
    return postForm(QStringLiteral("users/list"), f, std::move(handler));
}

CrmCall* RempBackend::refuse(const CrmError& error)
{
    auto* call = new CrmCall(this);
    call->fail(error);
    return call;
}

CrmCall* RempBackend::testConnection()
{
    return usersList(QStringLiteral("[]"), 1, [](CrmCall* c, const QJsonObject& a) {
        if (!a.contains(QLatin1String("totalCount"))) {
            c->fail(CrmError(CrmError::Kind::Protocol, {}, 200, tr("an answer without a user count")));
            return;
        }
        c->succeed(tr("Connected to REMP CRM: %n user(s).", nullptr,
                      int(a.value(QLatin1String("totalCount")).toDouble())));
    });
}

CrmCall* RempBackend::countMembers()
{
    return usersList(QStringLiteral("[]"), 1, [](CrmCall* c, const QJsonObject& a) {
        c->succeed(qint64(a.value(QLatin1String("totalCount")).toDouble(-1)));
    });
}

CrmCall* RempBackend::fetchMemberPage(const QString& cursor, int)
{
    const int page = cursor.isEmpty() ? 1 : cursor.toInt();
    return usersList(QStringLiteral("[]"), page,
                     [](CrmCall* c, const QJsonObject& a) { c->succeed(RempCodec::memberPage(a)); });
}

CrmCall* RempBackend::fetchMember(const QString& id)
{
    return usersList(QStringLiteral("[%1]").arg(id.toLongLong()), 1, [id](CrmCall* c, const QJsonObject& a) {
        const MemberPage page = RempCodec::memberPage(a);
        if (page.members.isEmpty())
            c->fail(
                CrmError(CrmError::Kind::NotFound, {}, 0, tr("REMP CRM lists no user with id %1.").arg(id)));
        else
            c->succeed(page.members.first());
    });
}

CrmCall* RempBackend::fetchGroups()
{
    auto* call = new CrmCall(this);
    call->succeed(m_groups);
    return call;
}

CrmCall* RempBackend::fetchGroupMemberPage(const QString&, const QString&, int)
{
    return refuse(CrmError(CrmError::Kind::Local, {}, 0, tr("REMP CRM cannot list a group's members.")));
}

CrmCall* RempBackend::updateMember(const QString&, const QVariantMap&)
{
    return refuse(CrmError(CrmError::Kind::Local, {}, 0, tr("Editing users is not available for REMP CRM.")));
}

CrmCall* RempBackend::addToGroup(const QString& groupId, const MemberRef& member)
{
    if (member.email.isEmpty())
        return refuse(
            CrmError(CrmError::Kind::Local, {}, 0,
                     tr("REMP CRM names users by e-mail, and user %1 has none in the cache. Sync, then try "
                        "again.")
                         .arg(member.id)));
    QUrlQuery f;
    f.addQueryItem(QStringLiteral("email"), member.email);
    f.addQueryItem(QStringLiteral("group_id"), groupId);
    return postForm(QStringLiteral("users/add-to-group"), f,
                    [](CrmCall* c, const QJsonObject&) { c->succeed(); });
}

CrmCall* RempBackend::removeFromGroup(const QString& groupId, const MemberRef& member)
{
    if (member.email.isEmpty())
        return addToGroup(groupId, member); // the same refusal
    QUrlQuery f;
    f.addQueryItem(QStringLiteral("email"), member.email);
    f.addQueryItem(QStringLiteral("group_id"), groupId);
    return postForm(QStringLiteral("users/remove-from-group"), f,
                    [](CrmCall* c, const QJsonObject&) { c->succeed(); });
}

} // namespace crm
