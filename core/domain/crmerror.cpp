#include "crmerror.h"

namespace crm {

CrmError::CrmError(Kind k, QString server, int status, QString detailText)
    : kind(k), httpStatus(status), serverMessage(std::move(server)), detail(std::move(detailText))
{
}

bool CrmError::retryable() const
{
    switch (kind) {
    case Kind::Offline:
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Unavailable:
        return true;
    case Kind::Server:
        return httpStatus >= 500 || httpStatus == 429;
    default:
        return false;
    }
}

bool CrmError::isUnreachable() const
{
    return kind == Kind::Offline || kind == Kind::Network || kind == Kind::Timeout;
}

QString CrmError::kindName(Kind k)
{
    switch (k) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Offline:
        return QStringLiteral("offline");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Auth:
        return QStringLiteral("auth");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Protocol:
        return QStringLiteral("protocol");
    case Kind::Unavailable:
        return QStringLiteral("unavailable");
    case Kind::Certificate:
        return QStringLiteral("certificate");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Keychain:
        return QStringLiteral("keychain");
    case Kind::Local:
        return QStringLiteral("local");
    }
    return {};
}

QString CrmError::fingerprintText(const QString& sha256)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < sha256.size(); i += 2)
        pairs.append(sha256.mid(i, 2).toUpper());
    return pairs.join(QLatin1Char(':'));
}

QString CrmError::userMessage() const
{
    const QString said =
        serverMessage.isEmpty() ? QString() : tr(" The server said: \u201c%1\u201d").arg(serverMessage);
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Offline:
        return tr("The CRM server could not be reached. Check the network connection and the server address; "
                  "cached records stay available and edits wait until it is back.");
    case Kind::Network:
        if (code == AnswerLost)
            return tr(
                "The connection to the CRM server dropped after the request was sent, so it is not known "
                "whether the CRM carried it out. It is kept and checked before it is sent again.");
        return tr("The connection to the CRM server dropped before the answer was complete. Try again; if it "
                  "keeps happening, the server or a proxy is cutting connections.");
    case Kind::Timeout:
        if (code == AnswerTooSlow)
            return tr("The CRM server's answer kept arriving too slowly and was given up (%1). Try again "
                      "later; "
                      "if it keeps happening, the server or the network is overloaded.")
                .arg(detail);
        return tr(
            "The CRM server did not answer in time. Try again later; if it keeps happening, the server is "
            "overloaded or the address is wrong.");
    case Kind::Auth:
        if (code == ConsentRefused)
            return tr("Access was not allowed on the CRM site's sign-in page.%1 Sign in again and choose "
                      "\u201c"
                      "Allow\u201d if CRM Console should work with your account.")
                .arg(said);
        if (code == SignInNeeded)
            return tr("A sign-in to the CRM is needed: %1.%2 Sign in (File \u2192 Sign in to the CRM site, "
                      "or crmctl "
                      "sign-in); cached records stay available and edits wait until then.")
                .arg(detail.isEmpty() ? tr("the sign-in has ended") : detail, said);
        return detail.isEmpty()
                   ? tr("The CRM refused the credentials.%1 Check the keys in the connection settings.")
                         .arg(said)
                   : tr("The CRM refused the credentials: %1.%2 Check the keys in the connection settings.")
                         .arg(detail, said);
    case Kind::Forbidden:
        return tr("The CRM account is not allowed to do this.%1 Ask the CRM administrator for the "
                  "permission.")
            .arg(said);
    case Kind::NotFound:
        return detail.isEmpty() || detail.startsWith(QLatin1String("HTTP"))
                   ? tr("The CRM has no such record or endpoint.%1").arg(said)
                   : detail + said;
    case Kind::Conflict:
        return tr("The record was changed on the server since it was read.%1 Review both versions and choose "
                  "which to keep.")
            .arg(said);
    case Kind::Validation:
        if (!detail.isEmpty())
            return serverMessage.isEmpty() ? detail : detail + said;
        return tr("The CRM refused the values.%1 Correct them and try again.").arg(said);
    case Kind::Server:
        return httpStatus
                   ? tr("The CRM server failed (HTTP %1).%2 Try again later; if it persists, tell the CRM "
                        "administrator.")
                         .arg(httpStatus)
                         .arg(said)
                   : tr("The CRM reported an error.%1").arg(said);
    case Kind::Unavailable:
        return retryAfterSeconds > 0
                   ? tr("The CRM is busy or down for a moment (HTTP %1).%2 Cached records stay available and "
                        "edits wait; they are sent by themselves when it answers again (it asked to wait %3 "
                        "s).")
                         .arg(httpStatus)
                         .arg(said)
                         .arg(retryAfterSeconds)
                   : tr("The CRM is busy or down for a moment (HTTP %1).%2 Cached records stay available and "
                        "edits wait; they are sent by themselves when it answers again.")
                         .arg(httpStatus)
                         .arg(said);
    case Kind::Certificate: {
        return tr("The server's security certificate is not trusted (%1), so nothing was sent. Its SHA-256 "
                  "fingerprint is %2. Trust it for this connection (crmctl trust-certificate NAME "
                  "FINGERPRINT, "
                  "or Trust in the window) only if the CRM's administrator confirms that fingerprint.")
            .arg(detail.isEmpty() ? tr("unknown issuer") : detail, fingerprintText(certificateSha256));
    }
    case Kind::Protocol:
        if (code == RedirectedElsewhere)
            return tr("The CRM address now sends the console to another server (%1). Nothing was sent there. "
                      "If the CRM has really moved, change the address in the connection settings.")
                .arg(detail);
        if (code == AnswerTooLarge)
            return tr("The server's answer is larger than %1 MB and was not read. Check that the address "
                      "points "
                      "at the CRM's API; if it does, tell the CRM administrator.")
                .arg(64);
        return tr("The server's answer is not what this CRM sends (%1). Check that the address points at the "
                  "CRM's API endpoint, not a web page.")
            .arg(detail.isEmpty() ? tr("unreadable answer") : detail);
    case Kind::Cancelled:
        return tr("Stopped.");
    case Kind::Keychain:
        return tr("No keychain is available to keep the secrets.%1 Start a Secret Service (for example GNOME "
                  "Keyring or KWallet) or keep them for this session only.")
            .arg(detail.isEmpty() ? QString() : QStringLiteral(" (") + detail + QStringLiteral(")"));
    case Kind::Local:
        if (code == CacheDamaged)
            return tr("The local copy of the CRM data is damaged (%1), so nothing is shown from it. Rebuild "
                      "it "
                      "with a full sync (crmctl rebuild NAME): unsent edits are saved to a file first and "
                      "put "
                      "back afterwards.")
                .arg(detail.section(QLatin1Char('\n'), 0, 0).left(120));
        if (code == CacheReadOnly)
            return tr("The local copy of the CRM data can only be read (%1): records are shown, but nothing "
                      "can be changed or synced until it is on a writable disk.")
                .arg(detail);
        return detail.isEmpty() ? serverMessage : detail;
    }
    return {};
}

} // namespace crm
