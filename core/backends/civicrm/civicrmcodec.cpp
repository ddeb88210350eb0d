#include "civicrmcodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <algorithm>

namespace crm::CiviCrmCodec {

namespace {

QString tr(const char* s) { return QCoreApplication::translate("CiviCrmCodec", s); }

bool looksLikeHtml(const QByteArray& body, const QByteArray& contentType)
{
    if (contentType.contains("html"))
        return true;
    const QByteArray head = body.left(512).trimmed().toLower();
    return head.startsWith("<!doctype") || head.startsWith("<html");
}

} // namespace

QString text(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)))
            return QString::number(static_cast<qint64>(d));
        return QString::number(d);
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    default:
        return {};
    }
}

bool flag(const QJsonValue& v)
{
    if (v.isBool())
        return v.toBool();
    const QString t = text(v);
    return !t.isEmpty() && t != QLatin1String("0");
}

CrmError errorFromEnvelope(const QJsonObject& envelope)
{
    using K = CrmError::Kind;
    const QString message = text(envelope.value(QLatin1String("error_message")));
    if (message.contains(QLatin1String("'key' is incorrect")) ||
        message.contains(QLatin1String("mandatory param 'key' missing")))
        return CrmError(K::Auth, message, 0, tr("the site key is wrong"));
    if (message.contains(QLatin1String("User API key invalid")) ||
        message.contains(QLatin1String("'api_key' (user key) missing")))
        return CrmError(K::Auth, message, 0, tr("the API key is wrong"));
    if (message.startsWith(QLatin1String("Expected one")) && message.contains(QLatin1String("found 0")))
        return CrmError(K::NotFound, message);
    const QString code = text(envelope.value(QLatin1String("error_code")));
    if (code == QLatin1String("mandatory_missing") || message.contains(QLatin1String("not a valid")) ||
        message.startsWith(QLatin1String("Mandatory key")))
        return CrmError(K::Validation, message);
    if (message.contains(QLatin1String("Permission denied"), Qt::CaseInsensitive) ||
        message.contains(QLatin1String("Authorization failed"), Qt::CaseInsensitive))
        return CrmError(K::Forbidden, message);
    if (message.isEmpty()) {
        // The REST layer's own decode failure has its text in "1", not in error_message (a server bug).
        const QString odd = text(envelope.value(QLatin1String("1")));
        return CrmError(K::Server, odd.isEmpty() ? tr("CiviCRM reported an error without a message") : odd);
    }
    return CrmError(K::Server, message);
}

Envelope decode(int httpStatus, const QByteArray& body, const QByteArray& contentType)
{
    using K = CrmError::Kind;
    Envelope out;
    if (looksLikeHtml(body, contentType)) {
        out.error = CrmError(K::Protocol, {}, httpStatus,
                             httpStatus >= 400 ? tr("HTTP %1 with a web page instead of an API answer").arg(httpStatus)
                                               : tr("a web page came back instead of an API answer"));
        if (httpStatus == 404)
            out.error.kind = K::NotFound;
        return out;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (httpStatus >= 400) {
            out.error = CrmError(httpStatus == 404 ? K::NotFound : K::Server, {}, httpStatus,
                                 QStringLiteral("HTTP %1").arg(httpStatus));
            return out;
        }
        const bool empty = body.trimmed().isEmpty();
        const bool xml = body.trimmed().startsWith("<?xml");
        out.error = CrmError(K::Protocol, {}, httpStatus,
                             empty ? tr("an empty answer")
                             : xml ? tr("XML instead of JSON")
                             // An error at the very end means the answer stopped early.
                             : parseError.offset >= body.trimmed().size() - 1
                                 ? tr("an incomplete JSON answer")
                                 : tr("malformed JSON: %1 at byte %2")
                                       .arg(parseError.errorString())
                                       .arg(parseError.offset));
        return out;
    }
    out.object = doc.object();
    if (!out.object.contains(QLatin1String("is_error"))) {
        out.error = CrmError(K::Protocol, {}, httpStatus, tr("JSON that is not a CiviCRM API answer"));
        return out;
    }
    if (flag(out.object.value(QLatin1String("is_error")))) {
        out.error = errorFromEnvelope(out.object);
        out.error.httpStatus = httpStatus;
        return out;
    }
    if (httpStatus >= 400) {
        out.error = CrmError(K::Server, {}, httpStatus, QStringLiteral("HTTP %1").arg(httpStatus));
        return out;
    }
    return out;
}

Envelope decodeValues(int httpStatus, const QByteArray& body, const QByteArray& contentType)
{
    Envelope out = decode(httpStatus, body, contentType);
    if (!out.error && !out.object.contains(QLatin1String("values")))
        out.error = CrmError(CrmError::Kind::Protocol, {}, httpStatus, tr("an answer without \"values\""));
    return out;
}

QList<QJsonObject> records(const QJsonObject& envelope)
{
    QList<QJsonObject> out;
    const QJsonValue values = envelope.value(QLatin1String("values"));
    if (values.isArray()) {
        const QJsonArray arr = values.toArray();
        out.reserve(arr.size());
        for (const QJsonValue& v : arr)
            if (v.isObject())
                out.append(v.toObject());
    } else if (values.isObject()) {
        const QJsonObject obj = values.toObject();
        QList<std::pair<qint64, QJsonObject>> keyed;
        keyed.reserve(obj.size());
        for (auto it = obj.begin(); it != obj.end(); ++it)
            if (it.value().isObject())
                keyed.append({it.key().toLongLong(), it.value().toObject()});
        std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (auto& [k, o] : keyed)
            out.append(o);
    }
    return out;
}

Address address(const QJsonObject& r)
{
    Address a;
    a.id = text(r.value(QLatin1String("id")));
    a.locationType = text(r.value(QLatin1String("location_type_id")));
    a.isPrimary = flag(r.value(QLatin1String("is_primary")));
    a.street = text(r.value(QLatin1String("street_address")));
    a.supplemental = text(r.value(QLatin1String("supplemental_address_1")));
    a.city = text(r.value(QLatin1String("city")));
    a.postalCode = text(r.value(QLatin1String("postal_code")));
    a.country = text(r.value(QLatin1String("country_id")));
    for (auto it = r.begin(); it != r.end(); ++it)
        if (it.key().startsWith(QLatin1String("custom_")))
            a.customFields.insert(it.key(), text(it.value()));
    a.raw = r;
    return a;
}

Member member(const QJsonObject& c)
{
    Member m;
    m.id = text(c.value(QLatin1String("id")));
    if (m.id.isEmpty())
        m.id = text(c.value(QLatin1String("contact_id")));
    m.firstName = text(c.value(QLatin1String("first_name")));
    m.lastName = text(c.value(QLatin1String("last_name")));
    m.displayName = text(c.value(QLatin1String("display_name")));
    m.email = text(c.value(QLatin1String("email")));
    m.modified = text(c.value(QLatin1String("modified_date")));
    m.deleted = flag(c.value(QLatin1String("contact_is_deleted")));

    // "groups" comes as ",2,5" or "2,5".
    const QString groups = text(c.value(QLatin1String("groups")));
    for (const QString& g : groups.split(QLatin1Char(','), Qt::SkipEmptyParts))
        m.groups.append(g.trimmed());

    const QJsonObject user = c.value(QLatin1String("api.User.get")).toObject();
    if (!flag(user.value(QLatin1String("is_error")))) {
        const QList<QJsonObject> users = records(user);
        if (!users.isEmpty()) {
            m.userId = text(users.first().value(QLatin1String("id")));
            m.username = text(users.first().value(QLatin1String("name")));
        }
    }
    if (m.userId.isEmpty()) {
        const QJsonObject match = c.value(QLatin1String("api.UFMatch.get")).toObject();
        const QList<QJsonObject> matches = records(match);
        if (!matches.isEmpty()) {
            m.userId = text(matches.first().value(QLatin1String("uf_id")));
            m.username = text(matches.first().value(QLatin1String("uf_name")));
        }
    }
    if (c.contains(QLatin1String("api.Address.get"))) {
        const QJsonObject addresses = c.value(QLatin1String("api.Address.get")).toObject();
        if (!flag(addresses.value(QLatin1String("is_error")))) {
            m.hasAddresses = true;
            for (const QJsonObject& a : records(addresses))
                m.addresses.append(address(a));
        }
    }
    // The raw record keeps every server field except the chained envelopes, which are mapped above.
    QJsonObject raw = c;
    for (const QString& k : c.keys())
        if (k.startsWith(QLatin1String("api.")))
            raw.remove(k);
    m.raw = raw;
    return m;
}

Group group(const QJsonObject& r)
{
    Group g;
    g.id = text(r.value(QLatin1String("id")));
    g.name = text(r.value(QLatin1String("name")));
    g.title = text(r.value(QLatin1String("title")));
    if (g.title.isEmpty())
        g.title = g.name;
    g.description = text(r.value(QLatin1String("description")));
    g.smart = !text(r.value(QLatin1String("saved_search_id"))).isEmpty() &&
              text(r.value(QLatin1String("saved_search_id"))) != QLatin1String("0");
    g.active = !r.contains(QLatin1String("is_active")) || flag(r.value(QLatin1String("is_active")));
    g.raw = r;
    return g;
}

QByteArray requestBody(const QString& entity, const QString& action, const QJsonObject& params,
                       const QString& apiKey, const QString& siteKey)
{
    auto field = [](const char* name, const QString& value) -> QByteArray {
        return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
    };
    QJsonObject p = params;
    p.insert(QStringLiteral("sequential"), 1);
    const QString json = QString::fromUtf8(QJsonDocument(p).toJson(QJsonDocument::Compact));
    return field("entity", entity) + '&' + field("action", action) + '&' + field("api_key", apiKey) + '&' +
           field("key", siteKey) + '&' + field("json", json);
}

} // namespace crm::CiviCrmCodec
