#include "oauth2tokenclient.h"

#include "logging/logredaction.h"
#include "net/crmcall.h"
#include "net/httpexchange.h"
#include "net/jsonanswer.h"

#include "json/numbers.h"
#include <QJsonObject>

namespace crm {

namespace {

/// An OAuth2 error answer ({"error": ..., "error_description": ...}, RFC 6749 section 5.2) as a CrmError.
CrmError oauthError(const QJsonObject& o, int status)
{
    using K = CrmError::Kind;
    const QString code = o.value(QLatin1String("error")).toString();
    QString said = o.value(QLatin1String("error_description")).toString();
    if (said.isEmpty())
        said = code;
    CrmError e;
    if (code == QLatin1String("invalid_grant") || code == QLatin1String("invalid_token")) {
        e = CrmError(K::Auth, said, status,
                     OAuth2TokenClient::tr("the sign-in has expired or was withdrawn"));
        e.code = CrmError::SignInNeeded;
    } else if (code == QLatin1String("redirect_uri_mismatch")) {
        e = CrmError(
            K::Auth, said, status,
            OAuth2TokenClient::tr("the site expects another redirect address: register "
                                  "http://127.0.0.1:8371/callback for CRM Console's client on the site "
                                  "(or the port the connection's option oauth_redirect_port names)"));
    } else if (code == QLatin1String("invalid_client") || code == QLatin1String("unauthorized_client")) {
        e = CrmError(
            K::Auth, said, status,
            OAuth2TokenClient::tr("the site does not accept this client id (or client secret); check "
                                  "the OAuth2 client in the connection settings"));
    } else if (code == QLatin1String("invalid_scope") || code == QLatin1String("invalid_request") ||
               code == QLatin1String("unsupported_grant_type")) {
        e = CrmError(K::Validation, said, status,
                     OAuth2TokenClient::tr("The site's sign-in server refused the request (%1).").arg(code));
    } else {
        e = CrmError(status >= 500 || status == 0 ? K::Server : K::Auth, said, status);
    }
    return e;
}

} // namespace

OAuth2TokenClient::OAuth2TokenClient(OAuth2Endpoints endpoints, QString clientSecret, HttpPolicy http,
                                     QNetworkAccessManager* nam, QObject* parent)
    : QObject(parent), m_endpoints(std::move(endpoints)), m_clientSecret(std::move(clientSecret)),
      m_http(std::move(http)), m_nam(nam)
{
}

OAuth2Tokens OAuth2TokenClient::decodeTokens(const HttpResponse& r, const QDateTime& now, CrmError* error)
{
    using K = CrmError::Kind;
    *error = {};
    if (r.transportError) {
        *error = r.transportError;
        return {};
    }
    const JsonAnswer answer = readJsonAnswer(r.status, r.body, r.contentType);
    if (answer.error) {
        // A failing server's error page says "try later", not "wrong address".
        *error = r.status >= 500 ? r.statusError() : answer.error;
        return {};
    }
    const QJsonObject o = answer.document.object();
    if (o.contains(QLatin1String("error")) || r.status >= 300) {
        *error = o.contains(QLatin1String("error")) ? oauthError(o, r.status) : r.statusError();
        return {};
    }
    OAuth2Tokens t;
    t.accessToken = o.value(QLatin1String("access_token")).toString();
    t.refreshToken = o.value(QLatin1String("refresh_token")).toString();
    LogRedaction::addSecret(t.accessToken);
    LogRedaction::addSecret(t.refreshToken);
    t.tokenType = o.value(QLatin1String("token_type")).toString();
    t.scope = o.value(QLatin1String("scope")).toString();
    const QJsonValue expiresIn = o.value(QLatin1String("expires_in"));
    const qint64 seconds = expiresIn.isString() ? expiresIn.toString().toLongLong()
                                                : saturatingInteger<qint64>(expiresIn.toDouble());
    if (seconds > 0)
        t.expiresAt = now.toUTC().addSecs(seconds);
    if (t.accessToken.isEmpty())
        *error = CrmError(K::Protocol, {}, r.status, tr("a token answer without an access token"));
    else if (!t.tokenType.isEmpty() && t.tokenType.compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0)
        *error = CrmError(K::Protocol, {}, r.status,
                          tr("a token of type \u201c%1\u201d, not Bearer").arg(t.tokenType));
    return *error ? OAuth2Tokens{} : t;
}

SignedInUser OAuth2TokenClient::decodeUserInfo(const HttpResponse& r, CrmError* error)
{
    using K = CrmError::Kind;
    *error = {};
    if (r.transportError) {
        *error = r.transportError;
        return {};
    }
    const JsonAnswer answer = readJsonAnswer(r.status, r.body, r.contentType);
    const QJsonObject o = answer.document.object();
    if (r.status == 401 || o.contains(QLatin1String("error"))) {
        *error = o.contains(QLatin1String("error"))
                     ? oauthError(o, r.status)
                     : CrmError(K::Auth, {}, r.status, tr("the sign-in has expired"));
        if (r.status == 401)
            error->code = CrmError::SignInNeeded;
        return {};
    }
    if (answer.error) {
        *error = answer.error;
        return {};
    }
    if (r.status >= 300) {
        *error = r.statusError();
        return {};
    }
    SignedInUser u;
    const QJsonValue sub = o.value(QLatin1String("sub"));
    u.sub = sub.isString()   ? sub.toString()
            : sub.isDouble() ? QString::number(saturatingInteger<qint64>(sub.toDouble()))
                             : QString();
    u.email = o.value(QLatin1String("email")).toString();
    u.preferredUsername = o.value(QLatin1String("preferred_username")).toString();
    u.name = o.value(QLatin1String("name")).toString();
    u.picture = QUrl(o.value(QLatin1String("picture")).toString());
    if (u.sub.isEmpty())
        *error = CrmError(K::Protocol, {}, r.status,
                          tr("a UserInfo answer without \u201csub\u201d (the user id)"));
    return u;
}

CrmCall* OAuth2TokenClient::requestTokens(QList<std::pair<QString, QString>> form,
                                          const QString& keepRefreshToken)
{
    form.append({QStringLiteral("client_id"), m_endpoints.clientId});
    if (!m_clientSecret.isEmpty())
        form.append({QStringLiteral("client_secret"), m_clientSecret});
    // Percent-encoded by hand: QUrlQuery would leave "+" as is, which a form decoder reads as a space.
    QByteArray body;
    for (const auto& [k, v] : std::as_const(form))
        body += (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    QNetworkRequest request(m_endpoints.tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    return sendHttp(
        m_nam, request, "POST", body, m_http,
        [keepRefreshToken](CrmCall* call, const HttpResponse& r) {
            CrmError e;
            OAuth2Tokens t = decodeTokens(r, QDateTime::currentDateTimeUtc(), &e);
            if (e) {
                call->fail(e);
                return;
            }
            if (t.refreshToken.isEmpty())
                t.refreshToken = keepRefreshToken;
            call->succeed(t);
        },
        this);
}

CrmCall* OAuth2TokenClient::exchangeCode(const QString& code, const QByteArray& verifier,
                                         const QUrl& redirectUri)
{
    return requestTokens({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                          {QStringLiteral("code"), code},
                          {QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded)},
                          {QStringLiteral("code_verifier"), QString::fromLatin1(verifier)}},
                         {});
}

CrmCall* OAuth2TokenClient::refresh(const QString& refreshToken)
{
    return requestTokens({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                          {QStringLiteral("refresh_token"), refreshToken}},
                         refreshToken);
}

CrmCall* OAuth2TokenClient::userInfo(const QString& accessToken)
{
    QNetworkRequest request(m_endpoints.userInfoUrl);
    request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    request.setRawHeader("Accept", "application/json");
    return sendHttp(
        m_nam, request, "GET", {}, m_http,
        [](CrmCall* call, const HttpResponse& r) {
            CrmError e;
            SignedInUser u = decodeUserInfo(r, &e);
            if (e)
                call->fail(e);
            else
                call->succeed(u);
        },
        this);
}

} // namespace crm
