#pragma once

#include <QObject>
#include <QUrl>

namespace crm {

class CrmCall;
class OAuth2TokenClient;

/// The browser half of an OAuth2 sign-in: authorization code with PKCE (RFC 7636) and a loopback
/// redirect (RFC 8252). start() listens on 127.0.0.1 on a free port, announces the site's
/// authorization address (to open in the system browser, or to print), waits for the site to send
/// the browser back, checks the state and trades the code for tokens through the token client.
///
/// Ends with OAuth2Tokens; with Kind::Auth and code ConsentRefused when the person said no on the
/// site; Kind::Timeout when no answer came within the wait; Kind::Cancelled on cancel(), which also
/// stops listening.
class OAuth2SignIn : public QObject {
    Q_OBJECT
public:
    explicit OAuth2SignIn(OAuth2TokenClient* client, QObject* parent = nullptr);

    /// Value: OAuth2Tokens. authorizationUrlReady follows from the event loop.
    CrmCall* start(int waitMs = 5 * 60 * 1000);

Q_SIGNALS:
    void authorizationUrlReady(const QUrl& url);

private:
    OAuth2TokenClient* m_client;
};

} // namespace crm
