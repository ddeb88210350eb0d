#pragma once

#include "domain/crmerror.h"
#include "net/httppolicy.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <functional>

class QNetworkAccessManager;

namespace crm {

class CrmCall;

/// What came back from one HTTP request. transportError is set when no complete, usable answer arrived:
/// unreachable, dropped, timed out, too large, redirected to another origin, an untrusted certificate,
/// or a CRM that is busy or down for a moment (429, 502, 503, 504, as Kind::Unavailable with its
/// Retry-After). Otherwise status and body are the server's.
struct HttpResponse {
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    CrmError transportError;

    /// A transport error, or a CrmError for a non-2xx status (401 -> Auth, 403 -> Forbidden, ...).
    CrmError statusError(const QString& serverMessage = {}) const;
    bool looksLikeHtml() const;
};

/// Sends one request under policy and hands the response to decode, which must end the call.
///
/// Redirects are followed only within the request's origin (scheme, host and port), so credentials in
/// headers or body never travel elsewhere; a redirect to another origin ends the call with code
/// RedirectedElsewhere naming the new address. With Delivery::Once the transport never sends the
/// request a second time on its own: a connection lost after sending ends the call with code AnswerLost.
/// The returned call can be cancelled; cancelling aborts the request.
CrmCall* sendHttp(QNetworkAccessManager* nam, QNetworkRequest request, const QByteArray& verb,
                  const QByteArray& body, const HttpPolicy& policy, Delivery delivery,
                  std::function<void(CrmCall* call, const HttpResponse& response)> decode, QObject* parent);

/// The same, with the delivery that the verb implies (deliveryForVerb).
CrmCall* sendHttp(QNetworkAccessManager* nam, QNetworkRequest request, const QByteArray& verb,
                  const QByteArray& body, const HttpPolicy& policy,
                  std::function<void(CrmCall* call, const HttpResponse& response)> decode, QObject* parent);

/// The seconds a Retry-After value asks for (delay-seconds or an HTTP date), 0 when absent or unreadable,
/// at most an hour.
int retryAfterSeconds(const QByteArray& value, const QDateTime& now);

/// Whether two addresses share an origin: scheme, host and port (default ports filled in).
bool sameOrigin(const QUrl& a, const QUrl& b);

} // namespace crm
