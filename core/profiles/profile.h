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
    /// Made by the console's --demo for its own sandbox, whose address lasts one run: a normal start
    /// never opens it.
    bool demo = false;

    bool isValid() const { return !name.isEmpty() && !kind.isEmpty() && baseUrl.isValid(); }
    /// Custom-field keys the profile names, mapped to their labels ("custom_23" -> "Regional scope").
    QMap<QString, QString> customFieldLabels() const;
    /// Whether plain http is allowed: always for loopback, otherwise only with option insecure_http=1.
    bool allowsUrl(QString* why) const;
    int timeoutMs() const;
    /// Requests a sync keeps on their way at once (option requests_in_flight, 1 to 16; default 4: a
    /// PHP site serves a handful of requests at a time, so more only queue there).
    int requestsInFlight() const;
    /// Minutes between the window's automatic syncs (option auto_sync_minutes, 0 to 1440; 0: none). By
    /// default 5 where a sync lists the members, none where members are looked up one by one.
    int autoSyncMinutes(bool listsMembers) const;
    /// The option keys a profile may have (custom_N labels besides); anything else is refused, so a
    /// setting that does nothing (ca_cert=...) is never taken silently.
    static QStringList knownOptions();
    /// Whether key names an option; *why says what is known otherwise.
    static bool isKnownOption(const QString& key, QString* why = nullptr);
    /// A SHA-256 fingerprint as typed (hex, colons or spaces allowed) in the form the option keeps:
    /// 64 lower-case hex digits; empty when it is not one.
    static QString normalizedFingerprint(const QString& typed);
    /// How the profile proves who it is: "oauth2" (option auth=oauth2: sign in through the site) or
    /// "key" (the kind's keys or tokens, the default).
    QString authMethod() const;
    bool usesOAuth2() const { return authMethod() == QLatin1String("oauth2"); }
};

} // namespace crm
