#include "oauth2server.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace {

QString random(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char& c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

SandboxReply jsonReply(int status, const QJsonObject& o)
{
    SandboxReply r;
    r.status = status;
    r.contentType = "application/json";
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    r.headers.append(std::pair<QByteArray, QByteArray>("Cache-Control", "no-store"));
    return r;
}

SandboxReply oauthError(int status, const QString& error, const QString& description)
{
    return jsonReply(status,
                     {{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}});
}

bool isLoopbackRedirect(const QUrl& u)
{
    return u.isValid() && u.scheme() == QLatin1String("http") &&
           (u.host() == QLatin1String("127.0.0.1") || u.host() == QLatin1String("localhost") ||
            u.host() == QLatin1String("::1")) &&
           u.port() > 0;
}

QString formValue(const QString& v)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(v));
}

} // namespace

SandboxOAuth2Server::SandboxOAuth2Server(QString clientId, QString clientSecret, QString signedInSub,
                                         int tokenLifetimeSeconds, People people)
    : m_clientId(std::move(clientId)), m_clientSecret(std::move(clientSecret)),
      m_signedInSub(std::move(signedInSub)), m_lifetime(tokenLifetimeSeconds), m_people(std::move(people))
{
}

bool SandboxOAuth2Server::handles(const QString& path)
{
    return path.startsWith(QLatin1String("/oauth2/")) ||
           path.startsWith(QLatin1String("/sites/default/files/pictures/")) ||
           path.startsWith(QLatin1String("/_sandbox/oauth2/"));
}

SandboxReply SandboxOAuth2Server::handle(const SandboxRequest& request)
{
    const QString& path = request.path;
    if (path == QLatin1String("/oauth2/authorize"))
        return authorize(request);
    if (path == QLatin1String("/oauth2/authorize/decision"))
        return decision(request);
    if (path == QLatin1String("/oauth2/token")) {
        if (request.method != "POST")
            return oauthError(
                405, QStringLiteral("invalid_request"),
                QStringLiteral("The request method must be POST when requesting an access token"));
        return token(request);
    }
    if (path == QLatin1String("/oauth2/UserInfo"))
        return userInfo(request);
    if (path.startsWith(QLatin1String("/sites/default/files/pictures/picture-")))
        return picture(path.section(QLatin1Char('-'), 1).section(QLatin1Char('.'), 0, 0));
    if (path == QLatin1String("/_sandbox/oauth2/expire") ||
        path == QLatin1String("/_sandbox/oauth2/revoke")) {
        const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-1);
        for (Access& a : m_access)
            a.expiresAt = past;
        if (path.endsWith(QLatin1String("revoke")))
            m_refresh.clear();
        return jsonReply(200, {{QStringLiteral("access_tokens"), int(m_access.size())},
                               {QStringLiteral("refresh_tokens"), int(m_refresh.size())}});
    }
    return oauthError(404, QStringLiteral("not_found"), QStringLiteral("Page not found"));
}

void SandboxOAuth2Server::configure(bool openIdConnect, bool newRefreshTokens,
                                    const QString& exactRedirectUri)
{
    m_openIdConnect = openIdConnect;
    m_newRefreshTokens = newRefreshTokens;
    m_exactRedirectUri = exactRedirectUri;
}

bool SandboxOAuth2Server::redirectAllowed(const QUrl& u) const
{
    return m_exactRedirectUri.isEmpty() ? isLoopbackRedirect(u) : u.toString() == m_exactRedirectUri;
}

SandboxReply SandboxOAuth2Server::badRequest(const QString& error, const QString& description) const
{
    return oauthError(400, error, description);
}

SandboxReply SandboxOAuth2Server::authorize(const SandboxRequest& request)
{
    const QMap<QString, QString> f = request.formFields();
    if (f.value(QStringLiteral("client_id")) != m_clientId)
        return badRequest(QStringLiteral("invalid_client"),
                          QStringLiteral("The client id supplied is invalid"));
    if (f.value(QStringLiteral("response_type")) != QLatin1String("code"))
        return badRequest(QStringLiteral("unsupported_response_type"),
                          QStringLiteral("The response type requested is not supported"));
    if (!redirectAllowed(QUrl(f.value(QStringLiteral("redirect_uri")))))
        return badRequest(QStringLiteral("redirect_uri_mismatch"),
                          QStringLiteral("The redirect URI provided is missing or does not match"));
    // The module keeps no code_challenge: PKCE is accepted and ignored.
    const Person who = m_people(m_signedInSub);
    QString query;
    for (auto it = f.cbegin(); it != f.cend(); ++it)
        query += QLatin1Char('&') + formValue(it.key()) + QLatin1Char('=') + formValue(it.value());
    SandboxReply r;
    r.contentType = "text/html; charset=utf-8";
    r.body =
        QStringLiteral("<!DOCTYPE html>\n<html><head><title>Authorize | Example site</title></head><body>"
                       "<h1>Authorize CRM access</h1><p>Signed in as <b>%1</b> (%2).</p>"
                       "<p>The application <b>%3</b> asks to use your account (%4).</p>"
                       "<p><a id=\"allow\" href=\"/oauth2/authorize/decision?allow=1%5\">Allow</a> "
                       "<a id=\"deny\" href=\"/oauth2/authorize/decision?allow=0%5\">Deny</a></p>"
                       "</body></html>\n")
            .arg(who.name.toHtmlEscaped(), who.userName.toHtmlEscaped(), m_clientId.toHtmlEscaped(),
                 f.value(QStringLiteral("scope")).toHtmlEscaped(), query.toHtmlEscaped())
            .toUtf8();
    return r;
}

SandboxReply SandboxOAuth2Server::decision(const SandboxRequest& request)
{
    const QMap<QString, QString> f = request.formFields();
    QUrl target(f.value(QStringLiteral("redirect_uri")));
    if (f.value(QStringLiteral("client_id")) != m_clientId || !redirectAllowed(target))
        return badRequest(QStringLiteral("invalid_request"),
                          QStringLiteral("The authorization request is invalid"));
    QString query;
    if (f.value(QStringLiteral("allow")) == QLatin1String("1")) {
        const QString code = random(20);
        m_codes.insert(code, {m_signedInSub, m_clientId, target.toString(), f.value(QStringLiteral("scope")),
                              QDateTime::currentDateTimeUtc().addSecs(30)});
        query = QStringLiteral("code=") + code;
    } else {
        query = QStringLiteral(
            "error=access_denied&error_description=The+user+denied+access+to+your+application");
    }
    query += QStringLiteral("&state=") + formValue(f.value(QStringLiteral("state")));
    target.setQuery(query);
    SandboxReply r;
    r.status = 302;
    r.contentType = "text/html; charset=utf-8";
    r.headers.append(
        std::pair<QByteArray, QByteArray>("Location", target.toString(QUrl::FullyEncoded).toLatin1()));
    return r;
}

SandboxReply SandboxOAuth2Server::issue(const QString& sub, const QString& scope, bool withRefreshToken)
{
    const QString access = random(30);
    ++m_issued;
    m_access.insert(access, {sub, QDateTime::currentDateTimeUtc().addSecs(m_lifetime)});
    QJsonObject answer{{QStringLiteral("access_token"), access},
                       {QStringLiteral("expires_in"), m_lifetime},
                       {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                       {QStringLiteral("scope"), scope}};
    if (withRefreshToken) {
        const QString refresh = random(30);
        m_refresh.insert(refresh, {sub, scope});
        answer.insert(QStringLiteral("refresh_token"), refresh);
    }
    if (m_openIdConnect && scope.split(QLatin1Char(' ')).contains(QLatin1String("openid")))
        answer.insert(QStringLiteral("id_token"), random(40)); // opaque here: the console does not read it
    return jsonReply(200, answer);
}

SandboxReply SandboxOAuth2Server::token(const SandboxRequest& request)
{
    const QMap<QString, QString> f = request.formFields();
    if (f.value(QStringLiteral("client_id")) != m_clientId ||
        (!m_clientSecret.isEmpty() && f.value(QStringLiteral("client_secret")) != m_clientSecret))
        return oauthError(400, QStringLiteral("invalid_client"),
                          QStringLiteral("The client credentials are invalid"));
    const QString grant = f.value(QStringLiteral("grant_type"));
    if (grant == QLatin1String("authorization_code")) {
        const QString code = f.value(QStringLiteral("code"));
        const Code c = m_codes.take(code); // single use, even when the rest is wrong
        if (c.sub.isEmpty() || c.expiresAt < QDateTime::currentDateTimeUtc())
            return oauthError(
                400, QStringLiteral("invalid_grant"),
                QStringLiteral("Authorization code doesn't exist or is invalid for the client"));
        if (c.redirectUri != f.value(QStringLiteral("redirect_uri")))
            return oauthError(400, QStringLiteral("redirect_uri_mismatch"),
                              QStringLiteral("The redirect URI is missing or do not match"));
        // OpenID Connect: a refresh token only for a sign-in that asked for offline_access.
        const QStringList scopes = c.scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const bool refresh = !(m_openIdConnect && scopes.contains(QLatin1String("openid"))) ||
                             scopes.contains(QLatin1String("offline_access"));
        return issue(c.sub, c.scope, refresh);
    }
    if (grant == QLatin1String("refresh_token")) {
        const Refresh r = m_refresh.take(f.value(QStringLiteral("refresh_token"))); // spent once used
        if (r.sub.isEmpty())
            return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Invalid refresh token"));
        return issue(r.sub, r.scope, m_newRefreshTokens);
    }
    return oauthError(400, QStringLiteral("unsupported_grant_type"),
                      QStringLiteral("Grant type \"%1\" not supported").arg(grant));
}

QString SandboxOAuth2Server::subForAccessToken(const QByteArray& token) const
{
    const auto it = m_access.constFind(QString::fromLatin1(token));
    if (it == m_access.constEnd() || it->expiresAt < QDateTime::currentDateTimeUtc())
        return {};
    return it->sub;
}

SandboxReply SandboxOAuth2Server::userInfo(const SandboxRequest& request)
{
    const QByteArray auth = request.headers.value("authorization");
    const QByteArray token = auth.startsWith("Bearer ") ? auth.mid(7).trimmed() : QByteArray();
    const auto it = m_access.constFind(QString::fromLatin1(token));
    const bool expired = it != m_access.constEnd() && it->expiresAt < QDateTime::currentDateTimeUtc();
    if (it == m_access.constEnd() || expired) {
        const QString why = token.isEmpty() ? QStringLiteral("The request is missing an access token")
                            : expired       ? QStringLiteral("The access token provided has expired")
                                            : QStringLiteral("The access token provided is invalid");
        SandboxReply r = oauthError(
            401, token.isEmpty() ? QStringLiteral("invalid_request") : QStringLiteral("invalid_token"), why);
        r.headers.append(std::pair<QByteArray, QByteArray>(
            "WWW-Authenticate", "Bearer realm=\"Service\", error=\"invalid_token\", error_description=\"" +
                                    why.toLatin1() + '"'));
        return r;
    }
    const Person p = m_people(it->sub);
    const QString host = QString::fromLatin1(request.headers.value("host"));
    return jsonReply(
        200, {{QStringLiteral("sub"), p.sub},
              {QStringLiteral("email"), p.email},
              {QStringLiteral("picture"),
               QStringLiteral("http://%1/sites/default/files/pictures/picture-%2.png").arg(host, p.sub)},
              {QStringLiteral("preferred_username"), p.userName},
              {QStringLiteral("name"), p.name}});
}

SandboxReply SandboxOAuth2Server::picture(const QString& sub) const
{
    if (m_people(sub).sub.isEmpty())
        return oauthError(404, QStringLiteral("not_found"), QStringLiteral("Page not found"));
    // A round avatar in a colour of its own: enough for a person to tell the picture arrived.
    QImage image(64, 64, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    const QRgb colour = qRgb(40 + int(qHash(sub) % 150), 110, 170);
    for (int y = 0; y < 64; ++y)
        for (int x = 0; x < 64; ++x) {
            const int dx = x - 32, dy = y - 32;
            if (dx * dx + dy * dy <= 31 * 31)
                image.setPixel(x, y,
                               (dx * dx + (dy + 8) * (dy + 8) <= 11 * 11) ||
                                       (dy > 10 && dx * dx + (dy - 26) * (dy - 26) <= 22 * 22)
                                   ? qRgb(245, 245, 245)
                                   : colour);
        }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    SandboxReply r;
    r.contentType = "image/png";
    r.body = buffer.data();
    return r;
}
