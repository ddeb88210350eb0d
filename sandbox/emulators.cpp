#include "emulators.h"

#include "civicrmemulator.h"
#include "identityemulator.h"
#include "rempemulator.h"
#include "sheepemulator.h"

#include <QCommandLineParser>
#include <memory>

namespace {

// Fixed demo credentials: the sandbox guards nothing real. Environment variables may change them.
QString env(const char* name, const QString& fallback = {})
{
    return qEnvironmentVariable(name, fallback);
}

template <class E> EmulatorKind::Running serve(std::shared_ptr<E> emulator, const QString& path)
{
    return {[emulator](const SandboxRequest& r) { return emulator->handle(r); }, path};
}

EmulatorKind civicrm()
{
    return {QStringLiteral("civicrm"), [](const EmulatorKind::Setup& s) {
                auto e = std::make_shared<CiviCrmEmulator>(
                    s.members, s.seed, env("CRM_SANDBOX_SITE_KEY", QStringLiteral("sandbox-site-key")),
                    env("CRM_SANDBOX_API_KEY", QStringLiteral("sandbox-api-key")));
                e->enableOAuth2(env("CRM_SANDBOX_OAUTH_CLIENT_ID", QStringLiteral("crm-console")),
                                env("CRM_SANDBOX_OAUTH_CLIENT_SECRET"),
                                s.options.value(QStringLiteral("oauth-user")),
                                s.options.value(QStringLiteral("token-lifetime")).toInt());
                e->oauth2()->configure(s.options.value(QStringLiteral("oauth-oidc")) != QLatin1String("0"),
                                       s.options.value(QStringLiteral("oauth-new-refresh-tokens")) !=
                                           QLatin1String("0"),
                                       s.options.value(QStringLiteral("oauth-redirect-uri")));
                return serve(e, QStringLiteral("/sites/all/modules/civicrm/extern/rest.php"));
            }};
}

EmulatorKind remp()
{
    return {QStringLiteral("remp"), [](const EmulatorKind::Setup& s) {
                return serve(
                    std::make_shared<RempEmulator>(
                        s.members, s.seed, env("CRM_SANDBOX_API_TOKEN", QStringLiteral("sandbox-api-token"))),
                    QStringLiteral("/"));
            }};
}

EmulatorKind sheep()
{
    // Base URL http://127.0.0.1:P/, flock "sandbox": the API is under /api/v1/sandbox/.
    return {QStringLiteral("sheep"), [](const EmulatorKind::Setup& s) {
                return serve(std::make_shared<SheepEmulator>(
                                 s.members, s.seed, env("CRM_SANDBOX_FLOCK", QStringLiteral("sandbox")),
                                 env("CRM_SANDBOX_API_TOKEN", QStringLiteral("sandbox-system-token"))),
                             QStringLiteral("/"));
            }};
}

EmulatorKind identity()
{
    // The deployment's base URL is http://127.0.0.1:P/; the token travels in each JSON body.
    return {QStringLiteral("identity"), [](const EmulatorKind::Setup& s) {
                return serve(std::make_shared<IdentityEmulator>(
                                 s.members, s.seed,
                                 env("CRM_SANDBOX_API_TOKEN", QStringLiteral("sandbox-identity-token"))),
                             QStringLiteral("/"));
            }};
}

} // namespace

namespace Emulators {

const QList<EmulatorKind>& all()
{
    static const QList<EmulatorKind> kinds{civicrm(), remp(), sheep(), identity()};
    return kinds;
}

const EmulatorKind* find(const QString& kind)
{
    for (const EmulatorKind& k : all())
        if (k.kind == kind)
            return &k;
    return nullptr;
}

QStringList kinds()
{
    QStringList out;
    for (const EmulatorKind& k : all())
        out << k.kind;
    return out;
}

} // namespace Emulators
