#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <utility>

namespace crm {

/// A CRM's record as the server sent it, kept beside the mapped fields. It holds either the JSON text
/// cut out of the server's answer (a sync then stores those bytes without encoding them again) or an
/// object; each form is made from the other when asked for. Copies are cheap (implicitly shared).
class RawRecord {
public:
    RawRecord() = default;
    RawRecord(QJsonObject object) : m_object(std::move(object)), m_hasObject(true) {} // NOLINT: implicit
    /// A record from JSON text that is one object (it is parsed only when object() is asked for).
    static RawRecord fromJson(QByteArray text)
    {
        RawRecord r;
        r.m_text = std::move(text);
        return r;
    }

    /// The record as an object; text that is not a JSON object gives an empty one.
    QJsonObject object() const;
    /// The record as compact JSON text: the server's own bytes when it came as text.
    QByteArray json() const;
    bool isEmpty() const { return m_hasObject ? m_object.isEmpty() : m_text.isEmpty(); }

private:
    QByteArray m_text;
    QJsonObject m_object;
    bool m_hasObject = false;
};

} // namespace crm
