#include "backends/identity/identitybackend.h"
#include "profiles/crmkinds.h"
#include "profiles/profile.h"

#include <QtGlobal>

namespace crm {

BackendKind identityKind()
{
    BackendKind k;
    k.kind = QStringLiteral("identity");
    k.label = QT_TRANSLATE_NOOP("Backends", "Identity (member API)");
    k.signIn = {{QStringLiteral("key"),
                 QT_TRANSLATE_NOOP("Backends", "API token"),
                 {QStringLiteral("api_token")},
                 {}}};
    k.demo = {QStringLiteral("identity"),
              QStringLiteral("Demo Identity"),
              {},
              {{QStringLiteral("api_token"), QStringLiteral("sandbox-identity-token")}}};
    k.create = [](const Profile& profile, const QMap<QString, QString>& secrets, QNetworkAccessManager* nam,
                  QObject* parent, QString*) -> CrmBackend* {
        return new IdentityBackend(profile.baseUrl, secrets.value(QStringLiteral("api_token")),
                                   HttpPolicy::forProfile(profile), nam, parent);
    };
    return k;
}

} // namespace crm
