#include "backends/sheep/sheepbackend.h"
#include "profiles/crmkinds.h"
#include "profiles/profile.h"

#include <QCoreApplication>

namespace crm {

BackendKind sheepKind()
{
    BackendKind k;
    k.kind = QStringLiteral("sheep");
    k.label = QT_TRANSLATE_NOOP("Backends", "SheepCRM (member API)");
    k.signIn = {{QStringLiteral("key"),
                 QT_TRANSLATE_NOOP("Backends", "API token"),
                 {QStringLiteral("api_token")},
                 {}}};
    k.options = {{QStringLiteral("flock"),
                  QT_TRANSLATE_NOOP("Backends", "&Flock:"),
                  QT_TRANSLATE_NOOP("Backends", "the client identifier in the API's addresses, e.g. myclub"),
                  QStringLiteral("flock"),
                  true,
                  {},
                  {},
                  QT_TRANSLATE_NOOP("Backends", "Enter the flock (SheepCRM's client identifier).")}};
    k.demo = {QStringLiteral("sheep"),
              QStringLiteral("Demo SheepCRM"),
              {{QStringLiteral("flock"), QStringLiteral("sandbox")}},
              {{QStringLiteral("api_token"), QStringLiteral("sandbox-system-token")}}};
    k.create = [](const Profile& profile, const QMap<QString, QString>& secrets, QNetworkAccessManager* nam,
                  QObject* parent, QString* error) -> CrmBackend* {
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
    };
    return k;
}

} // namespace crm
