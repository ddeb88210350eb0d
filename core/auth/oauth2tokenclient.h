#pragma once

#include "net/httppolicy.h"

#include "oauth2endpoints.h"
#include "oauth2tokens.h"

#include "domain/crmerror.h"
#include "domain/signedinuser.h"

#include <QObject>

class QNetworkAccessManager;

namespace crm {

class CrmCall;
struct HttpResponse;

/// Talks to a site's OAuth2 token and UserInfo endpoints (Drupal oauth2_server): trades an
/// authorization code for tokens, renews them with the refresh token, and asks who the access token
/// belongs to. Every failure becomes a CrmError a person can act on: a refused or expired grant is
/// Kind::Auth with code SignInNeeded, an unknown client says so, a web page or broken JSON is
/// Kind::Protocol.
class OAuth2TokenClient : public QObject {
    Q_OBJECT
public:
    OAuth2TokenClient(OAuth2Endpoints endpoints, QString clientSecret, HttpPolicy http,
                      QNetworkAccessManager* nam, QObject* parent = nullptr);

    const OAuth2Endpoints& endpoints() const { return m_endpoints; }

    /// Value: OAuth2Tokens.
    CrmCall* exchangeCode(const QString& code, const QByteArray& verifier, const QUrl& redirectUri);
    /// Value: OAuth2Tokens; keeps the old refresh token when the server sends no new one.
    CrmCall* refresh(const QString& refreshToken);
    /// Value: SignedInUser with the UserInfo fields filled.
    CrmCall* userInfo(const QString& accessToken);

    /// Reads a token endpoint's answer. now is when it arrived (for expires_in).
    static OAuth2Tokens decodeTokens(const HttpResponse& response, const QDateTime& now, CrmError* error);
    /// Reads a UserInfo answer.
    static SignedInUser decodeUserInfo(const HttpResponse& response, CrmError* error);

private:
    CrmCall* requestTokens(QList<std::pair<QString, QString>> form, const QString& keepRefreshToken);

    OAuth2Endpoints m_endpoints;
    QString m_clientSecret;
    HttpPolicy m_http;
    QNetworkAccessManager* m_nam;
};

} // namespace crm
