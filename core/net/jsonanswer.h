#pragma once

#include "domain/crmerror.h"

#include <QByteArray>
#include <QJsonDocument>

namespace crm {

/// A REST answer's body read as JSON, or what is wrong with it: a web page instead of an answer
/// (Protocol; NotFound for a 404 page), an empty, incomplete or malformed body (Protocol), or a 5xx
/// that is not JSON (Server). The status itself is left to the CRM's codec: a JSON error body is
/// returned as a document.
struct JsonAnswer {
    QJsonDocument document;
    CrmError error;
};
JsonAnswer readJsonAnswer(int httpStatus, const QByteArray& body, const QByteArray& contentType);

} // namespace crm
