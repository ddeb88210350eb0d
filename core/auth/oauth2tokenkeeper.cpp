#include "oauth2tokenkeeper.h"

#include "logging/logcategories.h"
#include "oauth2tokenclient.h"

#include "credentials/credentialstore.h"
#include "net/crmcall.h"

namespace crm {

OAuth2TokenKeeper::OAuth2TokenKeeper(QString profileName, OAuth2Tokens tokens, OAuth2TokenClient* client,
                                     CredentialStore* credentials, QObject* parent)
    : QObject(parent), m_profileName(std::move(profileName)), m_tokens(std::move(tokens)), m_client(client),
      m_credentials(credentials)
{
}

CrmCall* OAuth2TokenKeeper::accessToken(const QString& refused)
{
    auto* call = new CrmCall(this);
    const bool replaced = !refused.isEmpty() && refused != m_tokens.accessToken;
    if (replaced || (refused.isEmpty() && !m_tokens.expiresWithin(kExpiryMarginSeconds))) {
        call->succeed(m_tokens.accessToken);
        return call;
    }
    if (m_tokens.refreshToken.isEmpty()) {
        CrmError e(CrmError::Kind::Auth, {}, 0, tr("the sign-in has expired and cannot be renewed"));
        e.code = CrmError::SignInNeeded;
        call->fail(e);
        return call;
    }
    m_waiting.append(call);
    if (!m_renewing)
        renew();
    return call;
}

void OAuth2TokenKeeper::renew()
{
    m_renewing = true;
    CrmCall* refresh = m_client->refresh(m_tokens.refreshToken);
    connect(refresh, &CrmCall::finished, this, [this, refresh] {
        m_renewing = false;
        const QList<QPointer<CrmCall>> waiting = std::exchange(m_waiting, {});
        if (!refresh->ok()) {
            CrmError e = refresh->error();
            if (e.kind == CrmError::Kind::Auth)
                e.code = CrmError::SignInNeeded;
            qCWarning(lcAuth) << "renewing the sign-in of" << m_profileName << "failed:" << e.detail;
            for (const QPointer<CrmCall>& c : waiting)
                if (c)
                    c->fail(e);
            if (e.code == CrmError::SignInNeeded)
                Q_EMIT signInNeeded(e);
            return;
        }
        m_tokens = refresh->value<OAuth2Tokens>();
        qCInfo(lcAuth) << "sign-in of" << m_profileName << "renewed until" << m_tokens.expiresAt;
        // A failed write leaves the renewed tokens in memory for this session; the next start asks
        // for a sign-in if the old refresh token no longer works.
        m_credentials->write(m_profileName, {{OAuth2Tokens::secretName(), m_tokens.toSecret()}});
        for (const QPointer<CrmCall>& c : waiting)
            if (c)
                c->succeed(m_tokens.accessToken);
        Q_EMIT tokensRenewed();
    });
}

CrmCall* OAuth2TokenKeeper::authorized(std::function<CrmCall*(const QString& accessToken)> request)
{
    auto* outer = new CrmCall(this);
    attempt(outer, request, {}, false);
    return outer;
}

void OAuth2TokenKeeper::attempt(CrmCall* outer, const std::function<CrmCall*(const QString&)>& request,
                                const QString& refused, bool retried)
{
    CrmCall* token = accessToken(refused);
    outer->setCanceller([token] { token->cancel(); });
    connect(token, &CrmCall::finished, outer, [this, outer, token, request, retried] {
        if (!token->ok()) {
            outer->fail(token->error());
            return;
        }
        const QString used = token->value<QString>();
        CrmCall* call = request(used);
        outer->setCanceller([call] { call->cancel(); });
        connect(call, &CrmCall::finished, outer, [this, outer, call, request, used, retried] {
            if (call->ok()) {
                outer->succeed(call->anyValue());
                return;
            }
            if (call->error().httpStatus == 401 && !retried) {
                attempt(outer, request, used, true);
                return;
            }
            CrmError e = call->error();
            if (e.httpStatus == 401 && e.code.isEmpty())
                e.code = CrmError::SignInNeeded;
            outer->fail(e);
        });
    });
}

} // namespace crm
