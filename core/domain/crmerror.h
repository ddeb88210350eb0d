#pragma once

#include <QCoreApplication>
#include <QString>

namespace crm {

/// The one error type every layer reports. It carries what went wrong (kind), the HTTP status when
/// there was one, the server's own words, and whether trying again later can help. userMessage()
/// turns it into a sentence that also says what to do.
struct CrmError {
    Q_DECLARE_TR_FUNCTIONS(CrmError)
public:
    enum class Kind {
        None,
        Offline,    ///< the server could not be reached (refused, no route, DNS)
        Network,    ///< the connection dropped mid-answer
        Timeout,    ///< no answer in time
        Auth,       ///< credentials were refused (wrong key, wrong token)
        Forbidden,  ///< credentials fine, permission missing
        NotFound,   ///< no such record or endpoint
        Conflict,   ///< the record changed on the server since it was read
        Validation, ///< the server refused the values sent
        Server,     ///< the server failed (5xx, or an API error it did not explain)
        Protocol,   ///< the answer was not what this kind of CRM sends (HTML, broken JSON)
        Cancelled,  ///< the user stopped it
        Keychain,   ///< no usable keychain
        Local,      ///< a local problem (disk, cache, bad input)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString serverMessage; ///< the CRM's own message, verbatim, when it sent one
    QString detail;        ///< technical detail for logs and "details" boxes; never a secret
    /// A reason the console acts on, beyond the kind (e.g. ParentAddressMissing); empty for most errors.
    QString code;

    static inline const QString ParentAddressMissing = QStringLiteral("parent_address_missing");
    /// The OAuth2 sign-in has ended (refresh refused, no tokens stored): only signing in again helps.
    static inline const QString SignInNeeded = QStringLiteral("sign_in_needed");
    /// createAccount(): the e-mail has a user account already.
    static inline const QString AccountExists = QStringLiteral("account_exists");
    /// The person refused the console access on the site's consent page.
    static inline const QString ConsentRefused = QStringLiteral("consent_refused");

    CrmError() = default;
    CrmError(Kind k, QString server = {}, int status = 0, QString detailText = {});

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    /// True when the same request may succeed later without the user changing anything.
    bool retryable() const;
    /// Whether this error means the CRM could not be reached at all (for "offline" state and exit code 4).
    bool isUnreachable() const;
    /// One or two sentences for a person: what happened and what to do about it.
    QString userMessage() const;
    static QString kindName(Kind k);
};

} // namespace crm
Q_DECLARE_METATYPE(crm::CrmError)
