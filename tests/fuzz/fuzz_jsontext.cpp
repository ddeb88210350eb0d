// libFuzzer target for JsonText (core/json), differential against QJsonDocument on what both accept:
// a document QJsonDocument reads, as Qt writes it, must be valid to JsonText; an object or array JsonText
// calls valid must
// be read by QJsonDocument (unless it nests deeper than Qt reads, or holds bytes that are not UTF-8,
// which JsonText leaves to the decoding); and the members, elements and
// strings JsonText finds must be the ones QJsonDocument builds.
#include "json/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

using namespace crm;

namespace {

/// A value's text read by Qt (wrapped, since QJsonDocument reads only arrays and objects).
QJsonValue qtValue(QByteArrayView text)
{
    const QByteArray wrapped = '[' + text.toByteArray() + ']';
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(wrapped, &e);
    if (e.error != QJsonParseError::NoError || d.array().size() != 1)
        __builtin_trap();
    return d.array().first();
}

void compare(QByteArrayView text, const QJsonValue& expected, int depth)
{
    if (depth > 64)
        return;
    if (expected.isObject()) {
        const QJsonObject o = expected.toObject();
        const QList<JsonText::Member> members = JsonText::members(text);
        // Qt keeps the last of duplicate keys; compare each key's last value only.
        QHash<QString, QByteArrayView> last;
        for (const auto& m : members)
            last.insert(JsonText::string(m.keyText), m.value);
        if (last.size() != o.size())
            __builtin_trap();
        for (auto it = last.cbegin(); it != last.cend(); ++it) {
            if (!o.contains(it.key()))
                __builtin_trap();
            compare(it.value(), o.value(it.key()), depth + 1);
        }
    } else if (expected.isArray()) {
        const QJsonArray a = expected.toArray();
        const QList<QByteArrayView> elements = JsonText::elements(text);
        if (elements.size() != a.size())
            __builtin_trap();
        for (qsizetype i = 0; i < a.size(); ++i)
            compare(elements[i], a.at(i), depth + 1);
    } else if (expected.isString()) {
        if (JsonText::string(text) != expected.toString())
            __builtin_trap();
    } else if (qtValue(text) != expected) {
        __builtin_trap();
    }
}

/// Whether the number Qt stopped at (near offset) is out of a double's range, too large or too small
/// (an exponent like e-8898006488): the grammar allows it, Qt does not.
bool overflows(const QByteArray& text, qsizetype offset)
{
    auto inNumber = [&text](qsizetype i) {
        return i >= 0 && i < text.size() && strchr("0123456789eE+-.", text[i]) && text[i] != 0;
    };
    qsizetype from = std::min(offset, text.size() - 1);
    while (from > 0 && !inNumber(from))
        --from;
    while (inNumber(from - 1))
        --from;
    qsizetype to = from;
    while (inNumber(to))
        ++to;
    const std::string number = text.mid(from, to - from).toStdString();
    if (number.empty())
        return false;
    errno = 0;
    const double value = std::strtod(number.c_str(), nullptr);
    return std::isinf(value) || errno == ERANGE;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    const bool qtReads = error.error == QJsonParseError::NoError;
    const bool valid = JsonText::isValid(bytes);
    // Qt also reads what RFC 8259 forbids ("1.", "\\a", raw control characters): the grammar's side is
    // checked on Qt's own writing of the document, which is always strict JSON.
    if (qtReads) {
        const QByteArray strict = doc.toJson(QJsonDocument::Compact);
        if (!JsonText::isValid(strict))
            __builtin_trap(); // JsonText refuses JSON
        compare(strict, doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), 0);
    }
    const QByteArray trimmed = bytes.trimmed();
    const bool container = trimmed.startsWith('{') || trimmed.startsWith('[');
    // JsonText checks the grammar, not the UTF-8 inside strings (a byte that is not UTF-8 is shown as
    // U+FFFD rather than failing a page), and Qt stops at a nesting depth of its own.
    const bool qtOnlyRefusal =
        error.error == QJsonParseError::DeepNesting || error.error == QJsonParseError::IllegalUTF8String ||
        (error.error == QJsonParseError::IllegalNumber && overflows(bytes, error.offset));
    if (valid && container && !qtReads && !qtOnlyRefusal)
        __builtin_trap(); // JsonText lets through what is not JSON
    if (qtReads && valid)
        compare(trimmed, doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), 0);
    return 0;
}
