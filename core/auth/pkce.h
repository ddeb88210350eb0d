#pragma once

#include <QByteArray>

namespace crm {

/// One PKCE pair (RFC 7636, method S256): the verifier the console keeps and sends with the code,
/// and the challenge the authorization request carries. Also makes the request's random "state".
struct Pkce {
    QByteArray verifier;  ///< 43 URL-safe characters from the system's random source
    QByteArray challenge; ///< BASE64URL(SHA-256(verifier)), no padding

    static Pkce generate();
    static QByteArray challengeFor(const QByteArray& verifier);
    /// A random URL-safe string of the given number of bytes' worth of entropy.
    static QByteArray randomToken(int bytes = 24);
};

} // namespace crm
