#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace crm {

/// Finds the text of the parts of a JSON document without building them, so a record can be kept as
/// the bytes the server sent. The text must already be known to be valid JSON (QJsonDocument parsed
/// it): these functions skip over values, they do not validate them. Views point into the given text.
namespace JsonText {

/// One member of an object: its key as written between the quotes (escapes are not decoded: keys
/// are compared byte for byte), the key with its quotes, and the value.
struct Member {
    QByteArrayView key;
    QByteArrayView keyText;
    QByteArrayView value;
};

/// The members of the object that `object` is, in the order written; empty when it is not an object.
QList<Member> members(QByteArrayView object);
/// The elements of the array that `array` is, in order; empty when it is not an array.
QList<QByteArrayView> elements(QByteArrayView array);
/// The value of the first member named `key` of an object, or an empty view.
QByteArrayView value(QByteArrayView object, QByteArrayView key);

/// Whether text is exactly one valid JSON value (RFC 8259), with optional whitespace around it.
/// Checks the grammar only: it builds nothing, so it costs a fraction of QJsonDocument::fromJson. Bytes
/// inside strings that are not UTF-8 pass (string() shows them as U+FFFD), so one such record does not
/// fail a whole page.
bool isValid(QByteArrayView text);
/// The text of a JSON string value with its escapes decoded; a null QString when value is not a string.
QString string(QByteArrayView value);

} // namespace JsonText
} // namespace crm
