#include "httpexchange.h"

#include "appversion.h"
#include "crmcall.h"
#include "logging/logcategories.h"
#include "logging/logredaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

#include <algorithm>

namespace crm {

namespace {

constexpr int kMaxRedirects = 5;

struct Words {
    Q_DECLARE_TR_FUNCTIONS(HttpExchange)
};

/// A request body that can be read once and never rewound. Qt's HTTP transport re-sends a request by
/// itself when its connection drops before the answer; it first rewinds the body, and with this body
/// that fails (ContentReSendError), so a create or change goes out exactly once.
class SendOnceBody : public QIODevice {
public:
    SendOnceBody(QByteArray data, QObject* parent) : QIODevice(parent), m_data(std::move(data))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return m_read == 0; }
    qint64 size() const override { return m_data.size(); }
    qint64 bytesAvailable() const override { return m_data.size() - m_read; }
    bool atEnd() const override { return m_read >= m_data.size(); }

protected:
    qint64 readData(char* out, qint64 max) override
    {
        const qint64 n = std::min(max, qint64(m_data.size()) - m_read);
        memcpy(out, m_data.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

CrmError transportErrorOf(QNetworkReply::NetworkError code, const QString& text)
{
    using K = CrmError::Kind;
    switch (code) {
    case QNetworkReply::NoError:
        return {};
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::UnknownNetworkError:
        return CrmError(K::Offline, {}, 0, text);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        return CrmError(K::Timeout, {}, 0, text);
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::UnknownProxyError:
        return CrmError(K::Network, {}, 0, text);
    case QNetworkReply::SslHandshakeFailedError:
        return CrmError(K::Certificate, {}, 0, text);
    default:
        return {}; // an HTTP-level error: the status says what it is
    }
}

QString certificateProblem(const QList<QSslError>& errors)
{
    for (const QSslError& e : errors) {
        switch (e.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
            return Words::tr("it is self-signed");
        case QSslError::CertificateExpired:
            return Words::tr("it has expired");
        case QSslError::CertificateNotYetValid:
            return Words::tr("it is not valid yet");
        case QSslError::HostNameMismatch:
            return Words::tr("it was made for another address");
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::CertificateUntrusted:
            return Words::tr("no authority this computer trusts has signed it");
        default:
            break;
        }
    }
    return errors.isEmpty() ? QString() : errors.first().errorString();
}

/// One request with its redirects within the origin, timers and limits; lives as long as its call.
class Exchange : public QObject {
public:
    Exchange(QNetworkAccessManager* nam, QNetworkRequest request, QByteArray verb, QByteArray body,
             HttpPolicy policy, Delivery delivery, std::function<void(CrmCall*, const HttpResponse&)> decode,
             CrmCall* call)
        : QObject(call), m_nam(nam), m_request(std::move(request)), m_verb(std::move(verb)),
          m_body(std::move(body)), m_policy(std::move(policy)), m_delivery(delivery),
          m_decode(std::move(decode)), m_call(call), m_origin(m_request.url())
    {
        m_silence.setSingleShot(true);
        m_deadline.setSingleShot(true);
        connect(&m_silence, &QTimer::timeout, this, [this] { stop(Stop::Silent); });
        connect(&m_deadline, &QTimer::timeout, this, [this] { stop(Stop::TooSlow); });
        call->setCanceller([guard = QPointer<Exchange>(this)] {
            if (guard && guard->m_reply)
                guard->m_reply->abort();
        });
    }

    void send()
    {
        m_request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                               QNetworkRequest::ManualRedirectPolicy);
        // A CRM's administrator reads in the access log which program asked, and which version.
        if (!m_request.hasRawHeader("User-Agent"))
            m_request.setHeader(QNetworkRequest::UserAgentHeader,
                                QByteArray(QByteArray("CRM-Console/") + QByteArray(AppVersion)));
        if (m_delivery == Delivery::Once && !m_body.isEmpty()) {
            m_request.setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
            m_request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
            auto* body = new SendOnceBody(m_body, nullptr);
            m_reply = m_nam->sendCustomRequest(m_request, m_verb, body);
            body->setParent(m_reply); // the transport reads it as long as the reply lives, no longer
        } else {
            m_reply = m_nam->sendCustomRequest(m_request, m_verb, m_body);
        }
        m_stop = Stop::None;
        m_certificate.clear();
        m_clock.start();
        qCDebug(lcNet).noquote() << m_verb << LogRedaction::url(m_request.url()) << m_body.size()
                                 << "bytes sent";
        QNetworkReply* reply = m_reply;
        // Restart the silence clock on every byte either way: a slow but moving upload or download is
        // not silence. The deadline is not restarted: a trickle must end too.
        connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64) {
            if (reply != m_reply)
                return;
            if (received > m_policy.maxAnswerBytes)
                stop(Stop::TooLarge);
            else
                m_silence.start(m_policy.silenceMs);
        });
        connect(reply, &QNetworkReply::uploadProgress, this, [this, reply] {
            if (reply == m_reply)
                m_silence.start(m_policy.silenceMs);
        });
        connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            if (reply == m_reply && length.isValid() && length.toLongLong() > m_policy.maxAnswerBytes)
                stop(Stop::TooLarge);
        });
#ifndef QT_NO_SSL
        connect(reply, &QNetworkReply::sslErrors, this,
                [this, reply](const QList<QSslError>& errors) { onSslErrors(reply, errors); });
#endif
        connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
        m_silence.start(m_policy.silenceMs);
        if (!m_deadline.isActive())
            m_deadline.start(m_policy.deadlineMs);
    }

private:
    enum class Stop { None, Silent, TooSlow, TooLarge };

    void stop(Stop why)
    {
        if (!m_reply || m_stop != Stop::None)
            return;
        m_stop = why;
        m_reply->abort();
    }

#ifndef QT_NO_SSL
    void onSslErrors(QNetworkReply* reply, const QList<QSslError>& errors)
    {
        QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (peer.isNull() && !errors.isEmpty())
            peer = errors.first().certificate();
        m_certificate = peer.digest(QCryptographicHash::Sha256).toHex();
        m_certificateProblem = certificateProblem(errors);
        // A pin trusts exactly one certificate for this connection; any other is refused again.
        if (!m_policy.pinnedCertificateSha256.isEmpty() && m_certificate == m_policy.pinnedCertificateSha256)
            reply->ignoreSslErrors(errors);
    }
#endif

    CrmError stoppedError(QNetworkReply* reply) const
    {
        using K = CrmError::Kind;
        switch (m_stop) {
        case Stop::Silent: {
            CrmError e(K::Timeout, {}, 0,
                       Words::tr("no answer for %1 s").arg(double(m_policy.silenceMs) / 1000.0, 0, 'f', 1));
            if (m_delivery == Delivery::Once && !m_body.isEmpty())
                e.code = CrmError::AnswerLost; // it may have been carried out all the same
            return e;
        }
        case Stop::TooSlow: {
            CrmError e(
                K::Timeout, {}, 0,
                Words::tr("not complete after %1 s").arg(double(m_policy.deadlineMs) / 1000.0, 0, 'f', 1));
            e.code = CrmError::AnswerTooSlow;
            return e;
        }
        case Stop::TooLarge: {
            CrmError e(K::Protocol, {}, reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                       Words::tr("an answer over %1 bytes").arg(m_policy.maxAnswerBytes));
            e.code = CrmError::AnswerTooLarge;
            return e;
        }
        case Stop::None:
            break;
        }
        return {};
    }

    void onFinished(QNetworkReply* reply)
    {
        reply->deleteLater();
        if (reply != m_reply)
            return;
        m_reply = nullptr;
        m_silence.stop();
        if (m_call->isFinished())
            return; // cancelled
        HttpResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        if (m_stop != Stop::None) {
            response.transportError = stoppedError(reply);
        } else if (reply->error() == QNetworkReply::ContentReSendError && response.status >= 300 &&
                   response.status < 400) {
            // Qt rewinds the body for a 307 or 308 before the console decides about the redirect: it
            // was answered, not lost.
            if (followRedirect(reply, response.status))
                return;
            response.transportError = CrmError(CrmError::Kind::Protocol, {}, response.status,
                                               Words::tr("a redirect without an address"));
        } else if (reply->error() == QNetworkReply::ContentReSendError) {
            // The transport wanted to send it again after the connection dropped: it was sent once.
            response.transportError = CrmError(CrmError::Kind::Network, {}, 0, reply->errorString());
            response.transportError.code = CrmError::AnswerLost;
        } else {
            response.transportError = transportErrorOf(reply->error(), reply->errorString());
            if (response.transportError.kind == CrmError::Kind::Certificate) {
                response.transportError.certificateSha256 = QString::fromLatin1(m_certificate);
                response.transportError.detail = m_certificateProblem;
            } else if (response.transportError.kind == CrmError::Kind::Network &&
                       m_delivery == Delivery::Once && !m_body.isEmpty()) {
                response.transportError.code = CrmError::AnswerLost;
            }
        }
        if (!response.transportError) {
            if (response.status >= 300 && response.status < 400 && followRedirect(reply, response.status))
                return;
            if (response.status == 429 || response.status == 502 || response.status == 503 ||
                response.status == 504) {
                CrmError e(CrmError::Kind::Unavailable, {}, response.status,
                           QStringLiteral("HTTP %1").arg(response.status));
                e.retryAfterSeconds =
                    retryAfterSeconds(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
                response.transportError = e;
            }
        }
        if (!response.transportError && reply->isOpen())
            response.body = reply->readAll();
        if (!response.transportError && response.status == 0)
            response.transportError = CrmError(CrmError::Kind::Network, {}, 0, reply->errorString());
        m_deadline.stop();
        if (response.transportError)
            qCWarning(lcNet).noquote()
                << m_verb << LogRedaction::url(reply->url()) << "failed after" << m_clock.elapsed()
                << "ms:" << response.status << response.transportError.detail;
        else
            qCDebug(lcNet).noquote() << m_verb << LogRedaction::url(reply->url()) << "HTTP" << response.status
                                     << response.body.size() << "bytes in" << m_clock.elapsed() << "ms";
        m_decode(m_call, response);
    }

    /// True when the redirect is being followed; otherwise the call has been failed, or the 3xx is
    /// left to the decoder (no Location).
    bool followRedirect(QNetworkReply* reply, int status)
    {
        const QByteArray location = reply->rawHeader("Location");
        if (location.isEmpty())
            return false;
        const QUrl target = reply->url().resolved(QUrl::fromEncoded(location));
        using K = CrmError::Kind;
        if (!sameOrigin(target, m_origin)) {
            qCWarning(lcNet).noquote() << "not following a redirect to another origin:"
                                       << LogRedaction::url(target.adjusted(QUrl::RemoveQuery));
            CrmError e(
                K::Protocol, {}, status,
                target.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString());
            e.code = CrmError::RedirectedElsewhere;
            m_deadline.stop();
            m_call->fail(e);
            return true;
        }
        const bool keepsMethod = status == 307 || status == 308;
        if (++m_redirects > kMaxRedirects || (!keepsMethod && m_verb != "GET" && m_verb != "HEAD")) {
            m_deadline.stop();
            m_call->fail(CrmError(K::Protocol, {}, status,
                                  Words::tr("a redirect to %1 that the console does not follow")
                                      .arg(target.adjusted(QUrl::RemoveQuery).toString())));
            return true;
        }
        m_request.setUrl(target);
        send();
        return true;
    }

    QNetworkAccessManager* m_nam;
    QNetworkRequest m_request;
    QByteArray m_verb;
    QByteArray m_body;
    HttpPolicy m_policy;
    Delivery m_delivery;
    std::function<void(CrmCall*, const HttpResponse&)> m_decode;
    CrmCall* m_call;
    QUrl m_origin;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_clock;
    QTimer m_silence;
    QTimer m_deadline;
    Stop m_stop = Stop::None;
    int m_redirects = 0;
    QByteArray m_certificate;
    QString m_certificateProblem;
};

} // namespace

CrmError HttpResponse::statusError(const QString& serverMessage) const
{
    using K = CrmError::Kind;
    if (transportError)
        return transportError;
    if (status >= 200 && status < 300)
        return {};
    const QString detail = QStringLiteral("HTTP %1").arg(status);
    switch (status) {
    case 401:
        return CrmError(K::Auth, serverMessage, status, detail);
    case 403:
        return CrmError(K::Forbidden, serverMessage, status, detail);
    case 404:
        return CrmError(K::NotFound, serverMessage, status, detail);
    case 409:
        return CrmError(K::Conflict, serverMessage, status, detail);
    case 400:
    case 422:
        return CrmError(K::Validation, serverMessage, status, detail);
    case 429:
    case 502:
    case 503:
    case 504:
        return CrmError(K::Unavailable, serverMessage, status, detail);
    default:
        return CrmError(K::Server, serverMessage, status, detail);
    }
}

bool HttpResponse::looksLikeHtml() const
{
    if (contentType.contains("html"))
        return true;
    const QByteArray head = body.left(256).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html");
}

int retryAfterSeconds(const QByteArray& value, const QDateTime& now)
{
    constexpr int kMax = 3600;
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return 0;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? 0 : int(std::min<qint64>(seconds, kMax));
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (!at.isValid())
        return 0;
    return int(std::clamp<qint64>(now.secsTo(at), 0, kMax));
}

bool sameOrigin(const QUrl& a, const QUrl& b)
{
    auto defaultPort = [](const QUrl& u) { return u.scheme() == QLatin1String("https") ? 443 : 80; };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort(a)) == b.port(defaultPort(b));
}

CrmCall* sendHttp(QNetworkAccessManager* nam, QNetworkRequest request, const QByteArray& verb,
                  const QByteArray& body, const HttpPolicy& policy, Delivery delivery,
                  std::function<void(CrmCall*, const HttpResponse&)> decode, QObject* parent)
{
    auto* call = new CrmCall(parent);
    auto* exchange =
        new Exchange(nam, std::move(request), verb, body, policy, delivery, std::move(decode), call);
    exchange->send();
    return call;
}

CrmCall* sendHttp(QNetworkAccessManager* nam, QNetworkRequest request, const QByteArray& verb,
                  const QByteArray& body, const HttpPolicy& policy,
                  std::function<void(CrmCall*, const HttpResponse&)> decode, QObject* parent)
{
    return sendHttp(nam, std::move(request), verb, body, policy, deliveryForVerb(verb), std::move(decode),
                    parent);
}

} // namespace crm
