#pragma once

#include <QDateTime>
#include <QString>

namespace crm {

/// What an OAuth2 token endpoint granted. Kept whole in one keychain entry (secretName()), never
/// anywhere else: the access token the CRM accepts, the refresh token that renews it, and when the
/// access token stops working.
struct OAuth2Tokens {
    QString accessToken;
    QString refreshToken;
    QString tokenType; ///< "Bearer"
    QString scope;
    QDateTime expiresAt; ///< UTC; invalid when the server did not say

    bool isEmpty() const { return accessToken.isEmpty(); }
    /// Whether the access token is gone or goes within the margin (a clock skew's worth).
    bool expiresWithin(int seconds, const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    /// The keychain entry's text (JSON).
    QString toSecret() const;
    /// Reads toSecret()'s text; an empty or unreadable entry gives empty tokens.
    static OAuth2Tokens fromSecret(const QString& text);
    static QString secretName() { return QStringLiteral("oauth2_tokens"); }
};

} // namespace crm
