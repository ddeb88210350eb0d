#include "sandboxbrowser.h"

#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

SandboxBrowser::SandboxBrowser(QObject* parent) : QObject(parent) {}

void SandboxBrowser::openUrl(const QUrl& url)
{
    m_last = url;
    QNetworkReply* reply = m_nam.get(QNetworkRequest(url));
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        const QByteArray html = reply->readAll();
        if (reply->error() != QNetworkReply::NoError) {
            Q_EMIT finished(false,
                            QStringLiteral("the sign-in page did not load: %1").arg(reply->errorString()));
            return;
        }
        QTimer::singleShot(m_thinkingMs, this, [this, url, html] { choose(url, html); });
    });
}

void SandboxBrowser::choose(const QUrl& page, const QByteArray& html)
{
    const QString id = m_choice == Choice::Allow ? QStringLiteral("allow") : QStringLiteral("deny");
    const QRegularExpression link(QStringLiteral("id=\"%1\" href=\"([^\"]+)\"").arg(id));
    const QRegularExpressionMatch m = link.match(QString::fromUtf8(html));
    if (!m.hasMatch()) {
        Q_EMIT finished(false, QStringLiteral("the sign-in page has no %1 link").arg(id));
        return;
    }
    QString href = m.captured(1);
    href.replace(QLatin1String("&amp;"), QLatin1String("&"));
    QNetworkRequest request(page.resolved(QUrl(href, QUrl::TolerantMode)));
    // The site answers with a redirect to the application's loopback address; a browser follows it.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply* reply = m_nam.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const bool ok = reply->error() == QNetworkReply::NoError;
        Q_EMIT finished(ok, ok ? reply->url().toString() : reply->errorString());
    });
}
