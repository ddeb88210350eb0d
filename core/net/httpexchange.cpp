#include "httpexchange.h"

#include "crmcall.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace crm {

namespace {

CrmError transportErrorOf(QNetworkReply::NetworkError code, const QString& text, bool timedOut)
{
    using K = CrmError::Kind;
    if (timedOut)
        return CrmError(K::Timeout, {}, 0, text);
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
        return CrmError(K::Protocol, {}, 0, text);
    default:
        return {}; // an HTTP-level error: the status says what it is
    }
}

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

CrmCall* sendHttp(QNetworkAccessManager* nam, QNetworkRequest request, const QByteArray& verb,
                  const QByteArray& body, int timeoutMs,
                  std::function<void(CrmCall*, const HttpResponse&)> decode, QObject* parent)
{
    auto* call = new CrmCall(parent);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply* reply = nam->sendCustomRequest(request, verb, body);
    auto* timer = new QTimer(reply);
    timer->setSingleShot(true);
    auto timedOut = std::make_shared<bool>(false);
    QObject::connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    // Restart the clock on every byte: a slow but moving download is not a timeout.
    QObject::connect(reply, &QNetworkReply::downloadProgress, timer, qOverload<>(&QTimer::start));
    timer->start(timeoutMs);

    QPointer<QNetworkReply> guard(reply);
    call->setCanceller([guard] {
        if (guard)
            guard->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, call, [call, reply, timedOut, decode] {
        reply->deleteLater();
        if (call->isFinished())
            return; // cancelled
        HttpResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen())
            response.body = reply->readAll();
        response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        response.transportError = transportErrorOf(reply->error(), reply->errorString(), *timedOut);
        if (!response.transportError && response.status == 0)
            response.transportError = CrmError(CrmError::Kind::Network, {}, 0, reply->errorString());
        decode(call, response);
    });
    return call;
}

} // namespace crm
