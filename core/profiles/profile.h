#pragma once

#include <QMap>
#include <QString>
#include <QUrl>

namespace crm {

/// A saved connection: which CRM, where, and how to read it. Never holds a secret; those live in the
/// keychain under the profile's name (see CredentialStore).
struct Profile {
    QString name;
    QString kind; ///< "civicrm", ...
    QUrl baseUrl;
    QMap<QString, QString> options; ///< e.g. custom_23 -> "Regional scope"

    bool isValid() const { return !name.isEmpty() && !kind.isEmpty() && baseUrl.isValid(); }
    /// Custom-field keys the profile names, mapped to their labels ("custom_23" -> "Regional scope").
    QMap<QString, QString> customFieldLabels() const;
    /// Whether plain http is allowed: always for loopback, otherwise only with option insecure_http=1.
    bool allowsUrl(QString* why) const;
    int timeoutMs() const;
    /// How the profile proves who it is: "oauth2" (option auth=oauth2: sign in through the site) or
    /// "key" (the kind's keys or tokens, the default).
    QString authMethod() const;
    bool usesOAuth2() const { return authMethod() == QLatin1String("oauth2"); }
};

} // namespace crm
