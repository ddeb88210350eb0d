#pragma once

#include <QString>
#include <QUrl>

namespace crm {

struct Profile;

/// Where a site's OAuth2 server (Drupal oauth2_server) answers and who the console is to it. The
/// addresses hang off the site's root: option "oauth_site", or the API address's scheme, host and
/// port; the client id is option "oauth_client_id" (an id, not a secret; the optional client
/// secret lives in the keychain as "client_secret").
struct OAuth2Endpoints {
    QUrl site;
    QUrl authorizeUrl; ///< <site>/oauth2/authorize
    QUrl tokenUrl;     ///< <site>/oauth2/token
    QUrl userInfoUrl;  ///< <site>/oauth2/UserInfo
    QString clientId;
    /// offline_access: with OpenID Connect on, the site issues a refresh token only when it is asked
    /// for (option oauth_offline_access=0 leaves it out, for a site without OpenID Connect).
    QString scope = QStringLiteral("openid email profile offline_access");
    /// The loopback port the site sends the browser back to (option oauth_redirect_port; 0: any free
    /// one). The site matches redirect addresses exactly unless told otherwise, so it registers
    /// http://127.0.0.1:PORT/callback for the client.
    quint16 redirectPort = DefaultRedirectPort;
    static constexpr quint16 DefaultRedirectPort = 8371;

    static OAuth2Endpoints forProfile(const Profile& profile);
    /// Why the profile's API address cannot carry an OAuth2 sign-in, or empty when it can: CiviCRM reads
    /// the X-Civi-Auth header on civicrm/ajax/rest, not on extern/rest.php.
    static QString addressProblem(const Profile& profile);
    bool isValid() const { return site.isValid() && !clientId.isEmpty(); }
};

} // namespace crm
