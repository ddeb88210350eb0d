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
    QString scope = QStringLiteral("openid email profile");

    static OAuth2Endpoints forProfile(const Profile& profile);
    bool isValid() const { return site.isValid() && !clientId.isEmpty(); }
};

} // namespace crm
