#include "logredaction.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

namespace crm::LogRedaction {

namespace {

const QString Hidden = QStringLiteral("***");

QMutex& lock()
{
    static QMutex m;
    return m;
}

QSet<QString>& secrets()
{
    static QSet<QString> s;
    return s;
}

/// Names of parameters and fields whose values are secrets in the CRMs' APIs and OAuth2.
bool isSecretName(const QString& name)
{
    static const QRegularExpression secret(
        QStringLiteral("^(api_?key|key|site_key|token|api_token|access_token|refresh_token|id_token|"
                       "client_secret|password|code|code_verifier|secret|x-civi-key|x-civi-auth)$"),
        QRegularExpression::CaseInsensitiveOption);
    return secret.match(name).hasMatch();
}

} // namespace

void addSecret(const QString& value)
{
    if (value.size() < 4)
        return;
    const QMutexLocker locked(&lock());
    secrets().insert(value);
    // URLs and form bodies carry it percent-encoded.
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(value));
    if (encoded != value)
        secrets().insert(encoded);
}

QString scrub(QString line)
{
    {
        const QMutexLocker locked(&lock());
        for (const QString& s : std::as_const(secrets()))
            if (line.contains(s))
                line.replace(s, Hidden);
    }
    static const QRegularExpression bearer(QStringLiteral("(Bearer|Basic)\\s+[A-Za-z0-9._~+/=-]+"),
                                           QRegularExpression::CaseInsensitiveOption);
    line.replace(bearer, QStringLiteral("\\1 ") + Hidden);
    static const QRegularExpression pair(
        QStringLiteral("\\b(api_?key|site_key|api_token|access_token|refresh_token|id_token|client_secret|"
                       "password|code_verifier)(\"?\\s*[=:]\\s*\"?)([^\\s&\",;]+)"),
        QRegularExpression::CaseInsensitiveOption);
    line.replace(pair, QStringLiteral("\\1\\2") + Hidden);
    return line;
}

QString url(const QUrl& url)
{
    QUrl shown = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    QUrlQuery query(shown);
    QList<std::pair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);
    for (auto& item : items)
        if (isSecretName(item.first))
            item.second = Hidden;
    query.setQueryItems(items);
    shown.setQuery(query);
    return scrub(shown.toString());
}

} // namespace crm::LogRedaction
