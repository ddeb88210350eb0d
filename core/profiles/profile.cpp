#include "profile.h"

#include <QCoreApplication>
#include <QHostAddress>

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

QString Profile::authMethod() const
{
    return options.value(QStringLiteral("auth")) == QLatin1String("oauth2") ? QStringLiteral("oauth2")
                                                                            : QStringLiteral("key");
}

} // namespace crm
