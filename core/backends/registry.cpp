#include "profiles/crmkinds.h"

#include "backends/crmbackend.h"
#include "profiles/profile.h"

#include <QCoreApplication>

namespace crm {

// One function per kind, each in the kind's own folder.
BackendKind civicrmKind();
BackendKind rempKind();
BackendKind sheepKind();
BackendKind identityKind();

const SignInMethod& BackendKind::method(const QString& auth) const
{
    for (const SignInMethod& m : signIn)
        if (m.key == auth)
            return m;
    return signIn.first();
}

namespace Backends {

const QList<BackendKind>& all()
{
    static const QList<BackendKind> kinds{civicrmKind(), rempKind(), sheepKind(), identityKind()};
    return kinds;
}

const BackendKind* find(const QString& kind)
{
    for (const BackendKind& k : all())
        if (k.kind == kind)
            return &k;
    return nullptr;
}

QStringList kinds()
{
    QStringList out;
    for (const BackendKind& k : all())
        out << k.kind;
    return out;
}

QString label(const QString& kind)
{
    const BackendKind* k = find(kind);
    return k ? QCoreApplication::translate("Backends", k->label) : kind;
}

QStringList secretNames(const QString& kind, const QString& auth)
{
    const BackendKind* k = find(kind);
    return k ? k->method(auth).secrets : QStringList();
}

QStringList optionalSecretNames(const QString& kind, const QString& auth)
{
    const BackendKind* k = find(kind);
    return k ? k->method(auth).optional : QStringList();
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
    const BackendKind* k = find(kind);
    if (!k)
        return {};
    QStringList names;
    for (const SignInMethod& m : k->signIn)
        for (const QString& n : m.secrets + m.optional)
            if (!names.contains(n))
                names << n;
    return names + k->keptSecrets;
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
    if (const BackendKind* k = find(profile.kind))
        return k->create(profile, secrets, nam, parent, error);
    if (error)
        *error =
            QCoreApplication::translate("Backends", "Unknown CRM kind \u201c%1\u201d.").arg(profile.kind);
    return nullptr;
}

} // namespace Backends
} // namespace crm
