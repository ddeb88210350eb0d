#include "oauth2endpoints.h"

#include "profiles/profile.h"

namespace crm {

OAuth2Endpoints OAuth2Endpoints::forProfile(const Profile& profile)
{
    OAuth2Endpoints e;
    const QString site = profile.options.value(QStringLiteral("oauth_site"));
    if (!site.isEmpty()) {
        e.site = QUrl(site.endsWith(QLatin1Char('/')) ? site : site + QLatin1Char('/'));
    } else if (profile.baseUrl.isValid()) {
        e.site = profile.baseUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                          QUrl::RemoveUserInfo);
        e.site.setPath(QStringLiteral("/"));
    }
    if (e.site.isValid()) {
        e.authorizeUrl = e.site.resolved(QUrl(QStringLiteral("oauth2/authorize")));
        e.tokenUrl = e.site.resolved(QUrl(QStringLiteral("oauth2/token")));
        e.userInfoUrl = e.site.resolved(QUrl(QStringLiteral("oauth2/UserInfo")));
    }
    e.clientId = profile.options.value(QStringLiteral("oauth_client_id"));
    const QString scope = profile.options.value(QStringLiteral("oauth_scope"));
    if (!scope.isEmpty())
        e.scope = scope;
    return e;
}

} // namespace crm
