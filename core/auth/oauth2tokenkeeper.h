#pragma once

#include "oauth2tokens.h"

#include "domain/crmerror.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

namespace crm {

class CredentialStore;
class CrmCall;
class OAuth2TokenClient;

/// Keeps one profile's OAuth2 tokens fresh for the requests that carry them. The access token is
/// renewed through the token endpoint when it is about to expire, or when the CRM refused it (HTTP
/// 401), once for every request waiting at that moment; each renewal is written back to the keychain
/// entry it came from. When the site refuses the renewal, the waiting requests fail with code
/// SignInNeeded and signInNeeded() tells the application to ask the person to sign in again.
class OAuth2TokenKeeper : public QObject {
    Q_OBJECT
public:
    OAuth2TokenKeeper(QString profileName, OAuth2Tokens tokens, OAuth2TokenClient* client,
                      CredentialStore* credentials, QObject* parent = nullptr);

    /// Runs request with a current access token. When its call fails with HTTP 401, renews the token
    /// and runs it once more. The returned call ends as the request's call ends (same value or error).
    CrmCall* authorized(std::function<CrmCall*(const QString& accessToken)> request);
    /// Value: QString, an access token good for a while. refused names a token the CRM turned down:
    /// it is renewed unless a renewal has already replaced it.
    CrmCall* accessToken(const QString& refused = {});

    const OAuth2Tokens& tokens() const { return m_tokens; }
    /// Drops the tokens from memory (after a sign-out): requests then fail with SignInNeeded.
    void forget() { m_tokens = {}; }
    OAuth2TokenClient* client() const { return m_client; }
    /// Seconds before the expiry at which a token counts as expired (clock skew, slow requests).
    static constexpr int kExpiryMarginSeconds = 60;

Q_SIGNALS:
    void tokensRenewed();
    void signInNeeded(const crm::CrmError& error);

private:
    void attempt(CrmCall* outer, const std::function<CrmCall*(const QString&)>& request,
                 const QString& refused, bool retried);
    void renew();

    QString m_profileName;
    OAuth2Tokens m_tokens;
    OAuth2TokenClient* m_client;
    CredentialStore* m_credentials;
    QList<QPointer<CrmCall>> m_waiting;
    bool m_renewing = false;
};

} // namespace crm
