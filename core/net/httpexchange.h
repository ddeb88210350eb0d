#pragma once

#include "domain/crmerror.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <functional>

class QNetworkAccessManager;

namespace crm {

class CrmCall;

/// What came back from one HTTP request. transportError is set when no complete answer arrived
/// (unreachable, dropped, timed out); otherwise status and body are the server's.
struct HttpResponse {
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    CrmError transportError;

    /// A transport error, or a CrmError for a non-2xx status (401 -> Auth, 403 -> Forbidden, ...).
    CrmError statusError(const QString& serverMessage = {}) const;
    bool looksLikeHtml() const;
};

/// Sends one request with a timeout and hands the response to decode, which must end the call.
/// The returned call can be cancelled; cancelling aborts the request.
CrmCall* sendHttp(QNetworkAccessManager* nam, QNetworkRequest request, const QByteArray& verb,
                  const QByteArray& body, int timeoutMs,
                  std::function<void(CrmCall* call, const HttpResponse& response)> decode, QObject* parent);

} // namespace crm
