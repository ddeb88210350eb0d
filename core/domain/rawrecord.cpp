#include "rawrecord.h"

#include <QJsonDocument>

namespace crm {

QJsonObject RawRecord::object() const
{
    if (m_hasObject)
        return m_object;
    return m_text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(m_text).object();
}

QByteArray RawRecord::json() const
{
    if (!m_hasObject)
        return m_text.isEmpty() ? QByteArrayLiteral("{}") : m_text;
    return QJsonDocument(m_object).toJson(QJsonDocument::Compact);
}

} // namespace crm
