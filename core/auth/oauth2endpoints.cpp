#include "oauth2endpoints.h"

#include "profiles/profile.h"

#include <QCoreApplication>

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
    else if (profile.options.value(QStringLiteral("oauth_offline_access")) == QLatin1String("0"))
        e.scope = QStringLiteral("openid email profile");
    bool ok = false;
    const uint port = profile.options.value(QStringLiteral("oauth_redirect_port")).toUInt(&ok);
    if (ok && port <= 65535)
        e.redirectPort = quint16(port);
    return e;
}

QString OAuth2Endpoints::addressProblem(const Profile& profile)
{
    if (!profile.usesOAuth2() || !profile.baseUrl.path().endsWith(QLatin1String("extern/rest.php")))
        return {};
    return QCoreApplication::translate(
               "OAuth2Endpoints",
               "An OAuth2 sign-in works with the address that ends in civicrm/ajax/rest: CiviCRM does not "
               "read "
               "the sign-in on extern/rest.php, which takes API keys only. Use %1, or sign in with API keys "
               "instead.")
        .arg(profile.baseUrl.resolved(QUrl(QStringLiteral("/civicrm/ajax/rest"))).toString());
}

} // namespace crm
