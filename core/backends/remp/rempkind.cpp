#include "backends/remp/rempbackend.h"
#include "backends/remp/rempcodec.h"
#include "profiles/crmkinds.h"
#include "profiles/profile.h"

#include <QtGlobal>

namespace crm {

BackendKind rempKind()
{
    BackendKind k;
    k.kind = QStringLiteral("remp");
    k.label = QT_TRANSLATE_NOOP("Backends", "REMP CRM (users module)");
    k.signIn = {{QStringLiteral("key"),
                 QT_TRANSLATE_NOOP("Backends", "API token"),
                 {QStringLiteral("api_token")},
                 {QStringLiteral("staff_password")}}};
    k.keptSecrets = {QStringLiteral("device_token")};
    k.emptyListFields = {QStringLiteral("first_name"), QStringLiteral("last_name")};
    k.options = {{QStringLiteral("staff_email"),
                  QT_TRANSLATE_NOOP("Backends", "Sta&ff e-mail:"),
                  QT_TRANSLATE_NOOP("Backends", "optional: to check a staff login and its roles"),
                  QStringLiteral("staffEmail"),
                  false,
                  {},
                  QStringLiteral("staff_password")}};
    k.demo = {
        QStringLiteral("remp"),
        QStringLiteral("Demo REMP"),
        {{QStringLiteral("groups"), QStringLiteral("1:Newsletter;2:Premium readers;3:Staff;4:Beta testers")},
         {QStringLiteral("staff_email"), QStringLiteral("admin@crm.press")}},
        {{QStringLiteral("api_token"), QStringLiteral("sandbox-api-token")},
         {QStringLiteral("staff_password"), QStringLiteral("sandbox-staff-password")}}};
    k.create = [](const Profile& profile, const QMap<QString, QString>& secrets, QNetworkAccessManager* nam,
                  QObject* parent, QString*) -> CrmBackend* {
        return new RempBackend(profile.baseUrl, secrets.value(QStringLiteral("api_token")),
                               RempCodec::groupsFromOption(profile.options.value(QStringLiteral("groups"))),
                               profile.options.value(QStringLiteral("address_types"))
                                   .split(QLatin1Char(';'), Qt::SkipEmptyParts),
                               HttpPolicy::forProfile(profile), nam, parent);
    };
    return k;
}

} // namespace crm
