#include "backends/civicrm/civicrmbackend.h"
#include "backends/crmbackend.h"
#include "backends/identity/identitybackend.h"
#include "backends/remp/rempbackend.h"
#include "backends/remp/rempcodec.h"
#include "backends/sheep/sheepbackend.h"

#include <QCoreApplication>

namespace crm::Backends {

QStringList kinds()
{
    return {QStringLiteral("civicrm"), QStringLiteral("remp"), QStringLiteral("sheep"),
            QStringLiteral("identity")};
}

QStringList secretNames(const QString& kind, const QString& auth)
{
    if (kind == QLatin1String("civicrm"))
        return auth == QLatin1String("oauth2")
                   ? QStringList{QStringLiteral("site_key")}
                   : QStringList{QStringLiteral("api_key"), QStringLiteral("site_key")};
    if (kind == QLatin1String("remp") || kind == QLatin1String("sheep") || kind == QLatin1String("identity"))
        return {QStringLiteral("api_token")};
    return {};
}

QStringList optionalSecretNames(const QString& kind, const QString& auth)
{
    if (kind == QLatin1String("remp"))
        return {QStringLiteral("staff_password")};
    if (kind == QLatin1String("civicrm") && auth == QLatin1String("oauth2"))
        return {QStringLiteral("client_secret")};
    return {};
}

QStringList secretNames(const Profile& profile)
{
    return secretNames(profile.kind, profile.authMethod());
}

QStringList optionalSecretNames(const Profile& profile)
{
    return optionalSecretNames(profile.kind, profile.authMethod());
}

QStringList allSecretNames(const QString& kind)
{
    QStringList names = secretNames(kind) + optionalSecretNames(kind);
    if (kind == QLatin1String("civicrm"))
        names << QStringLiteral("client_secret") << QStringLiteral("oauth2_tokens");
    if (kind == QLatin1String("remp"))
        names << QStringLiteral("device_token");
    return names;
}

QString secretLabel(const QString& name)
{
    if (name == QLatin1String("api_key"))
        return QCoreApplication::translate("Backends", "API key");
    if (name == QLatin1String("site_key"))
        return QCoreApplication::translate("Backends", "Site key");
    if (name == QLatin1String("api_token"))
        return QCoreApplication::translate("Backends", "API token");
    if (name == QLatin1String("staff_password"))
        return QCoreApplication::translate("Backends", "Staff password");
    if (name == QLatin1String("client_secret"))
        return QCoreApplication::translate("Backends", "OAuth2 client secret");
    return name;
}

CrmBackend* create(const Profile& profile, const QMap<QString, QString>& secrets, QNetworkAccessManager* nam,
                   QObject* parent, QString* error)
{
    QString why;
    if (!profile.allowsUrl(&why)) {
        if (error)
            *error = why;
        return nullptr;
    }
    if (profile.kind == QLatin1String("civicrm"))
        return new CiviCrmBackend(profile.baseUrl, secrets.value(QStringLiteral("api_key")),
                                  secrets.value(QStringLiteral("site_key")), HttpPolicy::forProfile(profile),
                                  nam, parent);
    if (profile.kind == QLatin1String("remp"))
        return new RempBackend(profile.baseUrl, secrets.value(QStringLiteral("api_token")),
                               RempCodec::groupsFromOption(profile.options.value(QStringLiteral("groups"))),
                               profile.options.value(QStringLiteral("address_types"))
                                   .split(QLatin1Char(';'), Qt::SkipEmptyParts),
                               HttpPolicy::forProfile(profile), nam, parent);
    if (profile.kind == QLatin1String("identity"))
        return new IdentityBackend(profile.baseUrl, secrets.value(QStringLiteral("api_token")),
                                   HttpPolicy::forProfile(profile), nam, parent);
    if (profile.kind == QLatin1String("sheep")) {
        const QString flock = profile.options.value(QStringLiteral("flock"));
        if (flock.isEmpty() || flock.contains(QLatin1Char('/'))) {
            if (error)
                *error = QCoreApplication::translate(
                    "Backends", "A SheepCRM connection needs its flock (the client identifier "
                                "in the API's addresses), e.g. the option flock=myclub.");
            return nullptr;
        }
        return new SheepBackend(profile.baseUrl, flock, secrets.value(QStringLiteral("api_token")),
                                HttpPolicy::forProfile(profile), nam, parent);
    }
    if (error)
        *error =
            QCoreApplication::translate("Backends", "Unknown CRM kind \u201c%1\u201d.").arg(profile.kind);
    return nullptr;
}

} // namespace crm::Backends
