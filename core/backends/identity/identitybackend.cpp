#include "identitybackend.h"

#include "identitycodec.h"
#include "net/crmcall.h"
#include "net/httpexchange.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRegularExpression>

namespace crm {

IdentityBackend::IdentityBackend(QUrl deployment, QString apiToken, HttpPolicy http,
                                 QNetworkAccessManager* nam, QObject* parent)
    : CrmBackend(parent), m_base(std::move(deployment)), m_token(std::move(apiToken)),
      m_http(std::move(http)), m_nam(nam)
{
    offer<MemberLookup>(this);
    offer<MemberActions>(this);
}

CrmCall* IdentityBackend::post(const QString& path, QJsonObject body, Handler handler)
{
    QUrl url = m_base;
    QString base = url.path();
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    url.setPath(base + path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    body.insert(QStringLiteral("api_token"), m_token); // in the body: a URL would carry it into logs
    // Member details are read with a POST (the token travels in the body): the transport may repeat those.
    const Delivery delivery =
        path == QLatin1String("api/member/details") ? Delivery::Repeatable : Delivery::Once;
    return sendHttp(
        m_nam, request, "POST", QJsonDocument(body).toJson(QJsonDocument::Compact), m_http, delivery,
        [handler](CrmCall* c, const HttpResponse& r) {
            if (r.transportError) {
                c->fail(r.transportError);
                return;
            }
            const IdentityCodec::Answer a = IdentityCodec::decode(r.status, r.body, r.contentType);
            if (a.error)
                c->fail(a.error);
            else
                handler(c, a.object);
        },
        this);
}

CrmCall* IdentityBackend::details(const QString& field, const QString& value)
{
    const QJsonObject body{{field, value},
                           {QStringLiteral("load_current_consents"), true},
                           {QStringLiteral("load_employment"), true},
                           {QStringLiteral("load_actions"), true}};
    return post(QStringLiteral("api/member/details"), body, [field, value](CrmCall* c, const QJsonObject& d) {
        if (IdentityCodec::isNobody(d))
            c->fail(CrmError(CrmError::Kind::NotFound, {}, 200,
                             tr("Identity has no member with the %1 %2.")
                                 .arg(field == QLatin1String("guid") ? tr("guid") : tr("e-mail"), value)));
        else
            c->succeed(IdentityCodec::member(d));
    });
}

Call<QString>* IdentityBackend::testConnection()
{
    return typed<QString>(
        post(QStringLiteral("api/member/details"),
             {{QStringLiteral("email"), QStringLiteral("connection-check@invalid.example")}},
             [](CrmCall* c, const QJsonObject&) { c->succeed(tr("Connected to Identity.")); }));
}

Call<Member>* IdentityBackend::fetchMember(const QString& id)
{
    return typed<Member>(details(QStringLiteral("guid"), id));
}

bool IdentityBackend::acceptsLookupKey(const QString& key) const
{
    static const QRegularExpression guid(QStringLiteral("^[A-Za-z0-9_-]{6,64}$"));
    return MemberLookup::acceptsLookupKey(key) || guid.match(key.trimmed()).hasMatch();
}

Call<Member>* IdentityBackend::lookupMember(const QString& key)
{
    const QString k = key.trimmed();
    return typed<Member>(
        details(k.contains(QLatin1Char('@')) ? QStringLiteral("email") : QStringLiteral("guid"), k));
}

QJsonObject IdentityBackend::actionSubject(const Member& member) const
{
    return IdentityCodec::consHash(member);
}

Call<void>* IdentityBackend::recordAction(const QJsonObject& payload)
{
    return typed<void>(post(QStringLiteral("api/member_actions/create"), payload,
                            [](CrmCall* c, const QJsonObject&) { c->succeed(); }));
}

} // namespace crm
