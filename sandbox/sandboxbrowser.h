#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

/// Plays the person at the browser for the sandbox site's OAuth2 sign-in, as a browser would: loads
/// the authorization page, follows its "Allow" (or "Deny") link, and follows the site's redirect to the
/// application's loopback address. For tests and the demo's screenshots, where no one sits at a
/// browser: QDesktopServices::setUrlHandler("http", browser, "openUrl") routes "open in the browser"
/// here.
class SandboxBrowser : public QObject {
    Q_OBJECT
public:
    enum class Choice { Allow, Deny };
    explicit SandboxBrowser(QObject* parent = nullptr);

    void setChoice(Choice choice) { m_choice = choice; }
    /// How long the "person" reads the page before choosing.
    void setThinkingMs(int ms) { m_thinkingMs = ms; }
    QUrl lastOpened() const { return m_last; }

public Q_SLOTS:
    void openUrl(const QUrl& url);

Q_SIGNALS:
    /// The redirect reached the application (ok), or what went wrong on the way.
    void finished(bool ok, const QString& what);

private:
    void choose(const QUrl& page, const QByteArray& html);

    QNetworkAccessManager m_nam;
    Choice m_choice = Choice::Allow;
    int m_thinkingMs = 0;
    QUrl m_last;
};
