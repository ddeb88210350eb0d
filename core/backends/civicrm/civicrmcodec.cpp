#include "civicrmcodec.h"

#include "json/jsontext.h"

#include "json/numbers.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <algorithm>

namespace crm::CiviCrmCodec {

namespace {

struct Words {
    Q_DECLARE_TR_FUNCTIONS(CiviCrmCodec)
};

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
        if (isWholeInt64(d))
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
        return CrmError(K::Auth, message, 0, Words::tr("the site key is wrong"));
    if (message.contains(QLatin1String("User API key invalid")) ||
        message.contains(QLatin1String("'api_key' (user key) missing")))
        return CrmError(K::Auth, message, 0, Words::tr("the API key is wrong"));
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
        return CrmError(K::Server,
                        odd.isEmpty() ? Words::tr("CiviCRM reported an error without a message") : odd);
    }
    return CrmError(K::Server, message);
}

Envelope decode(int httpStatus, const QByteArray& body, const QByteArray& contentType)
{
    using K = CrmError::Kind;
    Envelope out;
    if (looksLikeHtml(body, contentType)) {
        out.error = CrmError(
            K::Protocol, {}, httpStatus,
            httpStatus >= 400 ? Words::tr("HTTP %1 with a web page instead of an API answer").arg(httpStatus)
                              : Words::tr("a web page came back instead of an API answer"));
        if (httpStatus == 404)
            out.error.kind = K::NotFound;
        return out;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (httpStatus == 401) {
            // AuthX turns down a bearer token with a short text, not an API envelope.
            out.error = CrmError(K::Auth, QString::fromUtf8(body.trimmed().left(200)), httpStatus,
                                 Words::tr("the CRM did not accept the sign-in"));
            return out;
        }
        if (httpStatus >= 400) {
            out.error = CrmError(httpStatus == 404 ? K::NotFound : K::Server, {}, httpStatus,
                                 QStringLiteral("HTTP %1").arg(httpStatus));
            return out;
        }
        const bool empty = body.trimmed().isEmpty();
        const bool xml = body.trimmed().startsWith("<?xml");
        out.error = CrmError(K::Protocol, {}, httpStatus,
                             empty ? Words::tr("an empty answer")
                             : xml ? Words::tr("XML instead of JSON")
                             // An error at the very end means the answer stopped early.
                             : parseError.offset >= body.trimmed().size() - 1
                                 ? Words::tr("an incomplete JSON answer")
                                 : Words::tr("malformed JSON: %1 at byte %2")
                                       .arg(parseError.errorString())
                                       .arg(parseError.offset));
        return out;
    }
    out.object = doc.object();
    if (!out.object.contains(QLatin1String("is_error"))) {
        out.error = CrmError(K::Protocol, {}, httpStatus, Words::tr("JSON that is not a CiviCRM API answer"));
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
        out.error =
            CrmError(CrmError::Kind::Protocol, {}, httpStatus, Words::tr("an answer without \"values\""));
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
        std::stable_sort(keyed.begin(), keyed.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (auto& [k, o] : keyed)
            out.append(o);
    }
    return out;
}

namespace {

/// A field as text from its JSON text, as text() does for a parsed value: strings decoded, numbers
/// as written, booleans as 1 or 0, anything else empty.
QString textOf(QByteArrayView v)
{
    if (v.isEmpty())
        return {};
    switch (v.front()) {
    case '"':
        return JsonText::string(v);
    case 't':
        return QStringLiteral("1");
    case 'f':
        return QStringLiteral("0");
    case 'n':
    case '{':
    case '[':
        return {};
    default:
        return QString::fromLatin1(v);
    }
}

bool flagOf(QByteArrayView v)
{
    if (!v.isEmpty() && (v.front() == '-' || (v.front() >= '0' && v.front() <= '9')))
        return v.toByteArray().toDouble() != 0;
    const QString t = textOf(v);
    return !t.isEmpty() && t != QLatin1String("0");
}

/// The texts of the records of a chained envelope ("api.User.get": {...}), none when it is an error.
QList<QByteArrayView> chainedRecords(QByteArrayView envelope)
{
    if (envelope.isEmpty() || flagOf(JsonText::value(envelope, "is_error")))
        return {};
    return recordTexts(JsonText::value(envelope, "values"));
}

} // namespace

QList<QByteArrayView> recordTexts(QByteArrayView values)
{
    QList<QByteArrayView> out;
    auto isObject = [](QByteArrayView v) { return !v.isEmpty() && v.front() == '{'; };
    if (values.trimmed().startsWith('[')) {
        for (QByteArrayView e : JsonText::elements(values))
            if (isObject(e))
                out.append(e);
        return out;
    }
    QList<std::pair<qint64, QByteArrayView>> keyed;
    for (const JsonText::Member& m : JsonText::members(values))
        if (isObject(m.value))
            keyed.append({m.key.toByteArray().toLongLong(), m.value});
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    out.reserve(keyed.size());
    for (const auto& [k, v] : keyed)
        out.append(v);
    return out;
}

Address address(QByteArrayView json)
{
    Address a;
    for (const JsonText::Member& f : JsonText::members(json)) {
        const QByteArrayView k = f.key;
        if (k == "id")
            a.id = textOf(f.value);
        else if (k == "location_type_id")
            a.locationType = textOf(f.value);
        else if (k == "is_primary")
            a.isPrimary = flagOf(f.value);
        else if (k == "street_address")
            a.street = textOf(f.value);
        else if (k == "supplemental_address_1")
            a.supplemental = textOf(f.value);
        else if (k == "city")
            a.city = textOf(f.value);
        else if (k == "postal_code")
            a.postalCode = textOf(f.value);
        else if (k == "country_id")
            a.country = textOf(f.value);
        else if (k.startsWith("custom_"))
            a.customFields.insert(QString::fromUtf8(k), textOf(f.value));
    }
    a.raw = RawRecord::fromJson(json.toByteArray());
    return a;
}

Address address(const QJsonObject& record)
{
    return address(QJsonDocument(record).toJson(QJsonDocument::Compact));
}

Phone phone(QByteArrayView json)
{
    Phone p;
    for (const JsonText::Member& f : JsonText::members(json)) {
        const QByteArrayView k = f.key;
        if (k == "id")
            p.id = textOf(f.value);
        else if (k == "location_type_id")
            p.locationType = textOf(f.value);
        else if (k == "phone_type_id")
            p.phoneType = textOf(f.value);
        else if (k == "phone")
            p.number = textOf(f.value);
        else if (k == "is_primary")
            p.isPrimary = flagOf(f.value);
    }
    p.raw = RawRecord::fromJson(json.toByteArray());
    return p;
}

EmailAddress emailAddress(QByteArrayView json)
{
    EmailAddress e;
    for (const JsonText::Member& f : JsonText::members(json)) {
        const QByteArrayView k = f.key;
        if (k == "id")
            e.id = textOf(f.value);
        else if (k == "location_type_id")
            e.locationType = textOf(f.value);
        else if (k == "email")
            e.email = textOf(f.value);
        else if (k == "is_primary")
            e.isPrimary = flagOf(f.value);
        else if (k == "on_hold")
            e.onHold = flagOf(f.value);
    }
    e.raw = RawRecord::fromJson(json.toByteArray());
    return e;
}

Note note(const QJsonObject& r)
{
    Note n;
    n.id = text(r.value(QLatin1String("id")));
    n.subject = text(r.value(QLatin1String("subject")));
    n.text = text(r.value(QLatin1String("note")));
    n.date = text(r.value(QLatin1String("modified_date")));
    if (n.date.isEmpty())
        n.date = text(r.value(QLatin1String("note_date")));
    n.raw = RawRecord(r);
    return n;
}

QHash<QString, QList<Phone>> phonesByContact(const QList<QJsonObject>& records)
{
    QHash<QString, QList<Phone>> out;
    for (const QJsonObject& r : records)
        out[text(r.value(QLatin1String("contact_id")))].append(
            phone(QJsonDocument(r).toJson(QJsonDocument::Compact)));
    return out;
}

QHash<QString, QList<Address>> addressesByContact(const QList<QJsonObject>& records)
{
    QHash<QString, QList<Address>> out;
    for (const QJsonObject& r : records)
        out[text(r.value(QLatin1String("contact_id")))].append(address(r));
    return out;
}

QHash<QString, Account> accountsByContact(const QList<QJsonObject>& records)
{
    QHash<QString, Account> out;
    for (const QJsonObject& r : records) {
        const QString contact = text(r.value(QLatin1String("contact_id")));
        if (!out.contains(contact)) // one account a contact in a domain; the first when there are more
            out.insert(contact,
                       {text(r.value(QLatin1String("uf_id"))), text(r.value(QLatin1String("uf_name")))});
    }
    return out;
}

QHash<QString, QList<EmailAddress>> emailsByContact(const QList<QJsonObject>& records)
{
    QHash<QString, QList<EmailAddress>> out;
    for (const QJsonObject& r : records)
        out[text(r.value(QLatin1String("contact_id")))].append(
            emailAddress(QJsonDocument(r).toJson(QJsonDocument::Compact)));
    for (auto& list : out)
        orderEmails(list);
    return out;
}

void orderEmails(QList<EmailAddress>& emails)
{
    std::stable_sort(emails.begin(), emails.end(), [](const EmailAddress& a, const EmailAddress& b) {
        if (a.isPrimary != b.isPrimary)
            return a.isPrimary;
        return a.id.toLongLong() < b.id.toLongLong();
    });
}

Member member(QByteArrayView json)
{
    Member m;
    QByteArrayView id, contactId, users, matches, addresses, phones, emails;
    bool hasAddresses = false;
    bool hasPhones = false, hasEmails = false;
    // The raw record keeps every server field except the chained envelopes, which are mapped here.
    QByteArray raw;
    raw.reserve(json.size());
    raw.append('{');
    for (const JsonText::Member& f : JsonText::members(json)) {
        const QByteArrayView k = f.key;
        if (k.startsWith("api.")) {
            if (k == "api.User.get") {
                users = f.value;
            } else if (k == "api.UFMatch.get") {
                matches = f.value;
            } else if (k == "api.Address.get") {
                addresses = f.value;
                hasAddresses = !flagOf(JsonText::value(f.value, "is_error"));
            } else if (k == "api.Phone.get") {
                phones = f.value;
                hasPhones = !flagOf(JsonText::value(f.value, "is_error"));
            } else if (k == "api.Email.get") {
                emails = f.value;
                hasEmails = !flagOf(JsonText::value(f.value, "is_error"));
            }
            continue;
        }
        if (raw.size() > 1)
            raw.append(',');
        raw.append(f.keyText).append(':').append(f.value);
        if (k == "id")
            id = f.value;
        else if (k == "contact_id")
            contactId = f.value;
        else if (k == "first_name")
            m.firstName = textOf(f.value);
        else if (k == "last_name")
            m.lastName = textOf(f.value);
        else if (k == "display_name")
            m.displayName = textOf(f.value);
        else if (k == "email")
            m.email = textOf(f.value);
        else if (k == "modified_date")
            m.modified = textOf(f.value);
        else if (k == "contact_is_deleted")
            m.deleted = flagOf(f.value);
        else if (k == "groups") // ",2,5" or "2,5"
            for (const QString& g : textOf(f.value).split(QLatin1Char(','), Qt::SkipEmptyParts))
                m.groups.append(g.trimmed());
    }
    raw.append('}');
    m.raw = RawRecord::fromJson(std::move(raw));
    m.id = textOf(id);
    if (m.id.isEmpty())
        m.id = textOf(contactId);

    if (const QList<QByteArrayView> u = chainedRecords(users); !u.isEmpty()) {
        m.userId = textOf(JsonText::value(u.first(), "id"));
        m.username = textOf(JsonText::value(u.first(), "name"));
    }
    if (m.userId.isEmpty())
        if (const QList<QByteArrayView> u = chainedRecords(matches); !u.isEmpty()) {
            m.userId = textOf(JsonText::value(u.first(), "uf_id"));
            m.username = textOf(JsonText::value(u.first(), "uf_name"));
        }
    m.hasAddresses = hasAddresses;
    for (QByteArrayView a : chainedRecords(addresses))
        m.addresses.append(address(a));
    m.hasPhonesAndEmails = hasPhones && hasEmails;
    for (QByteArrayView p : chainedRecords(phones))
        m.phones.append(phone(p));
    for (QByteArrayView e : chainedRecords(emails))
        m.emails.append(emailAddress(e));
    orderEmails(m.emails);
    return m;
}

Member member(const QJsonObject& contact)
{
    return member(QJsonDocument(contact).toJson(QJsonDocument::Compact));
}

MemberList decodeMembers(int httpStatus, const QByteArray& body, const QByteArray& contentType)
{
    MemberList out;
    // The common case, a valid answer with values, is read from the text without building a document.
    if (httpStatus < 400 && !looksLikeHtml(body, contentType) && JsonText::isValid(body)) {
        QByteArrayView values;
        bool enveloped = false;
        bool isError = false;
        for (const JsonText::Member& f : JsonText::members(body)) {
            if (f.key == "is_error") {
                enveloped = true;
                isError = flagOf(f.value);
            } else if (f.key == "values") {
                values = f.value;
            }
        }
        if (enveloped && !isError && !values.isEmpty()) {
            const QList<QByteArrayView> records = recordTexts(values);
            out.members.reserve(records.size());
            for (QByteArrayView r : records)
                out.members.append(member(r));
            return out;
        }
    }
    // Errors and unusual shapes go the thorough way, which names what is wrong.
    const Envelope env = decodeValues(httpStatus, body, contentType);
    out.error = env.error;
    if (!out.error)
        for (const QJsonObject& r : records(env.object))
            out.members.append(member(r));
    return out;
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
    // Signed in with OAuth2 there is no API key: the access token travels in a header instead.
    return field("entity", entity) + '&' + field("action", action) + '&' +
           (apiKey.isEmpty() ? QByteArray() : field("api_key", apiKey) + '&') + field("key", siteKey) + '&' +
           field("json", json);
}

} // namespace crm::CiviCrmCodec
