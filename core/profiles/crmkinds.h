#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>

class QNetworkAccessManager;
class QObject;

namespace crm {

class CrmBackend;
struct Profile;

/// A way to sign in to a kind of CRM; each asks for its own secrets.
struct SignInMethod {
    QString key;          ///< the profile's option "auth" ("" is the first, default method)
    const char* label;    ///< untranslated (QT_TRANSLATE_NOOP "Backends")
    QStringList secrets;  ///< keychain entries it needs
    QStringList optional; ///< keychain entries a user may give but need not
};

/// A profile option the connection form asks for.
struct KindOption {
    QString key;             ///< the profile's option name
    const char* label;       ///< untranslated (QT_TRANSLATE_NOOP "Backends"), with its & mnemonic
    const char* placeholder; ///< untranslated hint (QT_TRANSLATE_NOOP "Backends")
    QString objectName;
    bool required = false;
    QString onlyWith;       ///< shown only with this sign-in method (empty: always)
    QString optionalSecret; ///< the optional keychain entry that goes with it (shown under it)
    const char* whenMissing =
        nullptr; ///< untranslated (QT_TRANSLATE_NOOP "Backends"): a required one is empty
};

/// The sandbox profile `crm-console --demo` opens for the kind.
struct DemoConnection {
    QString emulator;               ///< crm-sandbox --kind
    QString name;                   ///< the demo connection's name
    QMap<QString, QString> options; ///< profile options
    QMap<QString, QString> secrets; ///< the sandbox's published demo credentials
};

/// Everything the program knows of one kind of CRM besides its backend's code: the one entry a new CRM
/// adds to the registry (core/backends/registry.cpp).
struct BackendKind {
    using Factory = std::function<CrmBackend*(const Profile&, const QMap<QString, QString>& secrets,
                                              QNetworkAccessManager*, QObject* parent, QString* error)>;
    QString kind;               ///< the profile's "kind", e.g. "civicrm"
    const char* label;          ///< untranslated (QT_TRANSLATE_NOOP "Backends"), e.g. "CiviCRM (API v3 REST)"
    QList<SignInMethod> signIn; ///< at least one; the first is the default
    QStringList
        keptSecrets; ///< keychain entries the console writes itself (tokens), removed with the profile
    QList<KindOption> options;
    bool freeOptions = false; ///< the form also takes free "key=value" options (CiviCRM's custom fields)
    /// What its member records carry beyond the fields every kind shares, offered as export columns:
    /// record fields by the CRM's names (middle_name, gender_id...), and "phone", "phones", "emails".
    QStringList recordFields;
    /// The member list's fields its records leave empty (REMP's users have no names): a new connection's
    /// members table starts without those columns (View > Columns shows them again).
    QStringList emptyListFields;
    DemoConnection demo;
    Factory create;

    const SignInMethod& method(const QString& auth) const;
};

/// Every kind of CRM the console serves, one BackendKind each, as core/backends/registry.cpp lists them.
namespace Backends {
const QList<BackendKind>& all();
/// The entry for kind, or nullptr when there is none.
const BackendKind* find(const QString& kind);
QStringList kinds();
/// The kind's label for people ("CiviCRM (API v3 REST)"), translated; the kind itself when unknown.
QString label(const QString& kind);
/// The keychain entries a kind needs, e.g. {"api_key", "site_key"} for civicrm; with auth "oauth2"
/// only {"site_key"} (the tokens come from signing in).
QStringList secretNames(const QString& kind, const QString& auth = {});
QStringList secretNames(const Profile& profile);
/// The keychain entries a user may give a kind but need not, e.g. {"staff_password"} for remp (read
/// only by the call that uses it), {"client_secret"} for civicrm with oauth2.
QStringList optionalSecretNames(const QString& kind, const QString& auth = {});
QStringList optionalSecretNames(const Profile& profile);
/// Every keychain entry a profile of the kind may have, in any mode: what removing a profile removes.
QStringList allSecretNames(const QString& kind);
/// A label for a secret, for forms ("API key").
QString secretLabel(const QString& name);
/// A backend for the profile, or nullptr (with *error set) when the kind is unknown or the URL refused.
CrmBackend* create(const Profile& profile, const QMap<QString, QString>& secrets, QNetworkAccessManager* nam,
                   QObject* parent, QString* error);
} // namespace Backends

} // namespace crm
