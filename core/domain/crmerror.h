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
        /// the CRM is busy or down for a moment (429, 502, 503, 504): wait retryAfterSeconds and try again
        Unavailable,
        Certificate, ///< the server's TLS certificate is not trusted (certificateSha256 says which)
        Cancelled,   ///< the user stopped it
        Keychain,    ///< no usable keychain
        Local,       ///< a local problem (disk, cache, bad input)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString serverMessage; ///< the CRM's own message, verbatim, when it sent one
    QString detail;        ///< technical detail for logs and "details" boxes; never a secret
    /// A reason the console acts on, beyond the kind (e.g. ParentAddressMissing); empty for most errors.
    QString code;
    /// Unavailable: how long the CRM asked to be left alone (Retry-After), 0 when it did not say.
    int retryAfterSeconds = 0;
    /// Certificate: the SHA-256 fingerprint of the certificate the server showed, lower-case hex.
    QString certificateSha256;

    static inline const QString ParentAddressMissing = QStringLiteral("parent_address_missing");
    /// A slice of members (MemberSlices) came back with members outside it: the server ignores the
    /// range, so the listing is read page after page instead.
    static inline const QString SlicesIgnored = QStringLiteral("slices_ignored");
    /// The OAuth2 sign-in has ended (refresh refused, no tokens stored): only signing in again helps.
    static inline const QString SignInNeeded = QStringLiteral("sign_in_needed");
    /// createAccount(): the e-mail has a user account already.
    static inline const QString AccountExists = QStringLiteral("account_exists");
    /// The person refused the console access on the site's consent page.
    static inline const QString ConsentRefused = QStringLiteral("consent_refused");

    /// The address answered with a redirect to another origin (detail: the new address); nothing,
    /// credentials least of all, was sent there.
    static inline const QString RedirectedElsewhere = QStringLiteral("redirected_elsewhere");
    /// A request that creates or changes something was sent, but its answer never came: the CRM may
    /// have carried it out. Look before sending it again.
    static inline const QString AnswerLost = QStringLiteral("answer_lost");
    /// The answer was larger than the console reads (HttpPolicy::maxAnswerBytes).
    static inline const QString AnswerTooLarge = QStringLiteral("answer_too_large");
    /// The answer kept coming, slowly, past its deadline (HttpPolicy::deadlineMs).
    static inline const QString AnswerTooSlow = QStringLiteral("answer_too_slow");
    /// The cache file is damaged: only a rebuild by a full sync helps.
    static inline const QString CacheDamaged = QStringLiteral("cache_damaged");
    /// The cache can only be read (read-only media or file): nothing can be changed or synced.
    static inline const QString CacheReadOnly = QStringLiteral("cache_read_only");

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
    /// A SHA-256 fingerprint (hex) as people compare them: AB:CD:EF:...
    static QString fingerprintText(const QString& sha256);
};

} // namespace crm
Q_DECLARE_METATYPE(crm::CrmError)
