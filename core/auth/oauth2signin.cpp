#include "oauth2signin.h"

#include "oauth2tokenclient.h"
#include "pkce.h"

#include "net/crmcall.h"

#include <QOAuthHttpServerReplyHandler>
#include <QTimer>
#include <QUrlQuery>

namespace crm {

OAuth2SignIn::OAuth2SignIn(OAuth2TokenClient* client, QObject* parent) : QObject(parent), m_client(client) {}

CrmCall* OAuth2SignIn::start(int waitMs)
{
    using K = CrmError::Kind;
    auto* call = new CrmCall(this);
    // Only this computer may deliver the answer: the listener is on the loopback address, not on every
    // interface, and lives as long as the call.
    const quint16 port = m_client->endpoints().redirectPort;
    auto* listener = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, port, call);
    if (!listener->isListening()) {
        call->fail(
            CrmError(K::Local, {}, 0,
                     port ? tr("CRM Console could not listen for the site's answer on this computer: port "
                               "%1 is taken by another program. Close it, or set the connection's option "
                               "oauth_redirect_port to another port and register "
                               "http://127.0.0.1:PORT/callback for the client on the site.")
                                .arg(port)
                          : tr("CRM Console could not listen for the site's answer on this computer (no "
                               "free local port).")));
        return call;
    }
    listener->setCallbackPath(QStringLiteral("callback"));
    listener->setCallbackText(tr("CRM Console has the site's answer. You can close this page and return to "
                                 "CRM Console."));
    const QUrl redirect(QStringLiteral("http://127.0.0.1:%1/callback").arg(listener->port()));
    const Pkce pkce = Pkce::generate();
    const QString state = QString::fromLatin1(Pkce::randomToken(16));
    const OAuth2Endpoints& e = m_client->endpoints();
    QUrl url = e.authorizeUrl;
    QUrlQuery q(url);
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("client_id"), e.clientId);
    q.addQueryItem(QStringLiteral("redirect_uri"), redirect.toString());
    q.addQueryItem(QStringLiteral("scope"), e.scope);
    q.addQueryItem(QStringLiteral("state"), state);
    q.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(pkce.challenge));
    q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    url.setQuery(q);

    auto* timer = new QTimer(call);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, call, [call, listener, waitMs] {
        listener->close();
        call->fail(CrmError(K::Timeout, {}, 0,
                            tr("no answer from the browser within %n minute(s); sign in again", nullptr,
                               std::max(1, waitMs / 60000))));
    });
    timer->start(waitMs);
    call->setCanceller([listener] { listener->close(); });

    connect(
        listener, &QAbstractOAuthReplyHandler::callbackReceived, call,
        [this, call, listener, timer, redirect, state, verifier = pkce.verifier](const QVariantMap& data) {
            if (call->isFinished() || !timer->isActive())
                return; // a second answer (a reload in the browser): the first one counts
            timer->stop();
            QTimer::singleShot(0, listener, [listener] { listener->close(); });
            // QUrlQuery leaves a form-encoded "+" alone.
            auto text = [&data](const char* key) {
                return data.value(QLatin1String(key)).toString().replace(QLatin1Char('+'), QLatin1Char(' '));
            };
            if (text("state") != state) {
                // Not this sign-in's answer (another tab, an old page, or a forgery): ignored, not used.
                CrmError e(K::Auth, {}, 0,
                           tr("the answer that reached CRM Console does not belong to this sign-in (it came "
                              "from another sign-in or an old page) and was not used"));
                e.code = CrmError::SignInNeeded;
                call->fail(e);
                return;
            }
            const QString error = text("error");
            if (!error.isEmpty()) {
                CrmError e(K::Auth, text("error_description"), 0,
                           tr("the site refused the sign-in (%1)").arg(error));
                if (error == QLatin1String("access_denied"))
                    e.code = CrmError::ConsentRefused;
                call->fail(e);
                return;
            }
            const QString code = text("code");
            if (code.isEmpty()) {
                call->fail(CrmError(K::Protocol, {}, 0, tr("the site's answer has no authorization code")));
                return;
            }
            CrmCall* exchange = m_client->exchangeCode(code, verifier, redirect);
            call->setCanceller([exchange] { exchange->cancel(); });
            connect(exchange, &CrmCall::finished, call, [call, exchange, redirect] {
                if (exchange->ok()) {
                    call->succeed(exchange->anyValue());
                    return;
                }
                CrmError e = exchange->error();
                if (e.code == CrmError::SignInNeeded) // invalid_grant: this code, not an old sign-in
                    e.detail = tr("the site refused the sign-in's code (used already, expired, or given for "
                                  "another redirect address than %1)")
                                   .arg(redirect.toString());
                call->fail(e);
            });
        });
    QTimer::singleShot(0, this, [this, url] { Q_EMIT authorizationUrlReady(url); });
    return call;
}

} // namespace crm
