#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

/// The pieces of CiviCRM API v3's wire format every emulated entity shares.
namespace civiwire {

/// {"error_message", "is_error": 1}, as civicrm_api3_create_error makes it.
QJsonObject error(const QString& message);
/// A parameter's value as the text PHP would see.
QString str(const QJsonValue& v);
qint64 num(const QJsonValue& v);
/// Whether a value satisfies a v3 filter: a scalar, or {">": x}, {"IN": [...]}, ...
bool matches(qint64 value, const QJsonValue& filter);
/// "return" narrows a record's fields (id, and contact_id where there is one, always stay).
QJsonObject narrowed(const QJsonObject& r, const QJsonObject& params);
/// The success envelope around rows, sequential or keyed by id.
QJsonObject envelope(const QList<QJsonObject>& rows, bool sequential);

} // namespace civiwire
