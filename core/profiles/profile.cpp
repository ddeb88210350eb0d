#include "profile.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace crm {

QMap<QString, QString> Profile::customFieldLabels() const
{
    QMap<QString, QString> labels;
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("custom_")))
            labels.insert(it.key(), it.value());
    }
    return labels;
}

bool Profile::allowsUrl(QString* why) const
{
    const QString scheme = baseUrl.scheme();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme != QLatin1String("http")) {
        if (why)
            *why =
                QCoreApplication::translate("Profile", "The address must start with https:// (or http:// for "
                                                       "a server on this computer).");
        return false;
    }
    const QString host = baseUrl.host();
    const QHostAddress addr(host);
    if (host == QLatin1String("localhost") || (!addr.isNull() && addr.isLoopback()))
        return true;
    if (options.value(QStringLiteral("insecure_http")) == QLatin1String("1"))
        return true;
    if (why)
        *why = QCoreApplication::translate("Profile",
                                           "Plain http:// would send the API keys unencrypted. Use "
                                           "https://, or set the option insecure_http=1 if you accept "
                                           "that risk.");
    return false;
}

int Profile::timeoutMs() const
{
    bool ok = false;
    const int v = options.value(QStringLiteral("timeout_ms")).toInt(&ok);
    return ok && v > 0 ? v : 30000;
}

int Profile::requestsInFlight() const
{
    bool ok = false;
    const int v = options.value(QStringLiteral("requests_in_flight")).toInt(&ok);
    return ok && v >= 1 ? std::min(v, 16) : 4;
}

int Profile::autoSyncMinutes(bool listsMembers) const
{
    bool ok = false;
    const int v = options.value(QStringLiteral("auto_sync_minutes")).toInt(&ok);
    if (ok && v >= 0)
        return std::min(v, 24 * 60);
    return listsMembers ? 5 : 0;
}

QStringList Profile::knownOptions()
{
    return {QStringLiteral("address_types"),
            QStringLiteral("auth"),
            QStringLiteral("auto_sync_minutes"),
            QStringLiteral("deadline_ms"),
            QStringLiteral("flock"),
            QStringLiteral("groups"),
            QStringLiteral("insecure_http"),
            QStringLiteral("oauth_client_id"),
            QStringLiteral("oauth_offline_access"),
            QStringLiteral("oauth_redirect_port"),
            QStringLiteral("oauth_scope"),
            QStringLiteral("oauth_site"),
            QStringLiteral("requests_in_flight"),
            QStringLiteral("staff_email"),
            QStringLiteral("timeout_ms"),
            QStringLiteral("tls_certificate_sha256")};
}

bool Profile::isKnownOption(const QString& key, QString* why)
{
    static const QRegularExpression custom(QStringLiteral("^custom_\\d+$"));
    if (knownOptions().contains(key) || custom.match(key).hasMatch())
        return true;
    if (why)
        *why = QCoreApplication::translate(
                   "Profile", "There is no option \u201c%1\u201d. The options are %2, and custom_N "
                              "for a custom field's label. A server's own certificate is trusted "
                              "by its fingerprint (tls_certificate_sha256).")
                   .arg(key, knownOptions().join(QStringLiteral(", ")));
    return false;
}

QString Profile::normalizedFingerprint(const QString& typed)
{
    QString hex;
    for (const QChar c : typed)
        if (c != QLatin1Char(':') && !c.isSpace())
            hex.append(c.toLower());
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    return sha256.match(hex).hasMatch() ? hex : QString();
}

QString Profile::authMethod() const
{
    return options.value(QStringLiteral("auth")) == QLatin1String("oauth2") ? QStringLiteral("oauth2")
                                                                            : QStringLiteral("key");
}

} // namespace crm
