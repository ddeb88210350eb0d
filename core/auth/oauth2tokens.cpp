#include "oauth2tokens.h"

#include "logging/logredaction.h"
#include <QJsonDocument>
#include <QJsonObject>

namespace crm {

bool OAuth2Tokens::expiresWithin(int seconds, const QDateTime& now) const
{
    if (accessToken.isEmpty())
        return true;
    return expiresAt.isValid() && now.addSecs(seconds) >= expiresAt;
}

QString OAuth2Tokens::toSecret() const
{
    QJsonObject o{{QStringLiteral("access_token"), accessToken},
                  {QStringLiteral("refresh_token"), refreshToken},
                  {QStringLiteral("token_type"), tokenType},
                  {QStringLiteral("scope"), scope}};
    if (expiresAt.isValid())
        o.insert(QStringLiteral("expires_at"), expiresAt.toUTC().toString(Qt::ISODate));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

OAuth2Tokens OAuth2Tokens::fromSecret(const QString& text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    OAuth2Tokens t;
    t.accessToken = o.value(QLatin1String("access_token")).toString();
    t.refreshToken = o.value(QLatin1String("refresh_token")).toString();
    t.tokenType = o.value(QLatin1String("token_type")).toString();
    t.scope = o.value(QLatin1String("scope")).toString();
    t.expiresAt = QDateTime::fromString(o.value(QLatin1String("expires_at")).toString(), Qt::ISODate);
    LogRedaction::addSecret(t.accessToken);
    LogRedaction::addSecret(t.refreshToken);
    return t;
}

} // namespace crm
