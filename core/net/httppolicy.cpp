#include "httppolicy.h"

#include "profiles/profile.h"

namespace crm {

namespace {
int positiveOption(const Profile& p, const QString& key, int fallback)
{
    bool ok = false;
    const int v = p.options.value(key).toInt(&ok);
    return ok && v > 0 ? v : fallback;
}
} // namespace

HttpPolicy HttpPolicy::forProfile(const Profile& profile)
{
    HttpPolicy p;
    p.silenceMs = profile.timeoutMs();
    // A trickle still has to end: six silences, at least three minutes, unless the profile says.
    p.deadlineMs = positiveOption(profile, QStringLiteral("deadline_ms"), std::max(6 * p.silenceMs, 180000));
    p.pinnedCertificateSha256 =
        profile.options.value(QStringLiteral("tls_certificate_sha256")).toLatin1().toLower();
    return p;
}

Delivery deliveryForVerb(const QByteArray& verb)
{
    return verb == "GET" || verb == "HEAD" ? Delivery::Repeatable : Delivery::Once;
}

} // namespace crm
