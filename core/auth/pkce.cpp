#include "pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace crm {

QByteArray Pkce::randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char& c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray Pkce::challengeFor(const QByteArray& verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Pkce Pkce::generate()
{
    Pkce p;
    p.verifier = randomToken(32); // 43 characters, the shortest RFC 7636 allows
    p.challenge = challengeFor(p.verifier);
    return p;
}

} // namespace crm
