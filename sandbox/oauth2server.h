#pragma once

#include "httpserver.h"

#include <QDateTime>
#include <QHash>
#include <functional>

/// Emulates the Drupal oauth2_server module a CiviCRM site signs people in with (as the Decidim
/// CiviCRM strategy uses it): GET /oauth2/authorize shows a consent page whose "Allow" and "Deny"
/// links lead to /oauth2/authorize/decision, which redirects to the client's loopback address with a
/// code or with error=access_denied; POST /oauth2/token trades a code (PKCE S256 checked, single use,
/// redirect URI matched) or a refresh token (rotated) for a Bearer token; GET /oauth2/UserInfo answers
/// sub, email, picture, preferred_username and name, or 401 invalid_token. The picture is a PNG under
/// /sites/default/files/pictures/.
///
/// Test controls: POST /_sandbox/oauth2/expire makes every access token expired; POST
/// /_sandbox/oauth2/revoke also drops every refresh token (the site withdrew the sign-in).
class SandboxOAuth2Server {
public:
    struct Person {
        QString sub, email, name, userName;
    };
    /// Finds the person a CMS user id names (empty sub when there is none).
    using People = std::function<Person(const QString& sub)>;

    SandboxOAuth2Server(QString clientId, QString clientSecret, QString signedInSub, int tokenLifetimeSeconds,
                        People people);

    /// Whether this server answers the path.
    /// How the site is set up, as Drupal's oauth2_server settings say it. openIdConnect: with "openid"
    /// asked for, a refresh token only when offline_access is asked for too. newRefreshTokens
    /// (always_issue_new_refresh_token): a refresh answers with a new refresh token; without it the
    /// answer carries none. Either way a used refresh token is spent (unset_refresh_token_after_use).
    /// exactRedirectUri: only that redirect address is accepted (require_exact_redirect_uri); empty: any
    /// loopback address.
    void configure(bool openIdConnect, bool newRefreshTokens, const QString& exactRedirectUri);
    static bool handles(const QString& path);
    SandboxReply handle(const SandboxRequest& request);
    /// The CMS user a live access token belongs to; empty when the token is unknown or expired.
    QString subForAccessToken(const QByteArray& token) const;

private:
    struct Code {
        QString sub, clientId, redirectUri, scope;
        QDateTime expiresAt;
    };
    struct Refresh {
        QString sub, scope;
    };
    struct Access {
        QString sub;
        QDateTime expiresAt;
    };
    SandboxReply authorize(const SandboxRequest& request);
    SandboxReply decision(const SandboxRequest& request);
    SandboxReply token(const SandboxRequest& request);
    SandboxReply userInfo(const SandboxRequest& request);
    SandboxReply picture(const QString& sub) const;
    SandboxReply issue(const QString& sub, const QString& scope, bool withRefreshToken);
    bool redirectAllowed(const QUrl& u) const;
    /// An error of the authorization request itself, shown to the person (never redirected).
    SandboxReply badRequest(const QString& error, const QString& description) const;

    QString m_clientId;
    QString m_clientSecret;
    QString m_signedInSub;
    int m_lifetime;
    People m_people;
    QHash<QString, Code> m_codes;
    bool m_openIdConnect = true;
    bool m_newRefreshTokens = true;
    QString m_exactRedirectUri;
    QHash<QString, Access> m_access;
    QHash<QString, Refresh> m_refresh; ///< refresh token -> whose, for what
    int m_issued = 0;
};
