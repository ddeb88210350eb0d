#pragma once

#include <QByteArray>
#include <QString>

namespace crm {

struct Profile;

/// How long and how much the console waits for one answer, and which certificate it trusts beyond the
/// system's authorities. Every request to a CRM carries one; it comes from the profile's options.
struct HttpPolicy {
    /// No byte for this long: timed out (option timeout_ms).
    int silenceMs = 30000;
    /// The whole answer, however it trickles, must be in by then (option deadline_ms).
    int deadlineMs = 180000;
    /// A larger answer is refused without being read whole.
    qint64 maxAnswerBytes = qint64(64) * 1024 * 1024;
    /// SHA-256 of the one certificate the user chose to trust for this connection, lower-case hex
    /// (option tls_certificate_sha256); empty: only certificates the system trusts.
    QByteArray pinnedCertificateSha256;

    static HttpPolicy forProfile(const Profile& profile);
};

/// Whether a request may be sent again by the transport when its connection drops. Reads may; a
/// request that creates or changes something is sent once, and a lost answer is the caller's to resolve
/// (usually by looking for what the first send made).
enum class Delivery { Repeatable, Once };

/// Once for POST, PUT, PATCH and DELETE; Repeatable for GET and HEAD.
Delivery deliveryForVerb(const QByteArray& verb);

} // namespace crm
