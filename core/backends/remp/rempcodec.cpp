#include "rempcodec.h"

#include "net/jsonanswer.h"

#include "json/numbers.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <limits>

namespace crm::RempCodec {

namespace {

struct Words {
    Q_DECLARE_TR_FUNCTIONS(RempCodec)
};

} // namespace

QString text(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(saturatingInteger<qint64>(v.toDouble()));
    if (v.isBool())
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return {};
}

CrmError errorFrom(int httpStatus, const QJsonObject& body)
{
    using K = CrmError::Kind;
    const QString message = text(body.value(QLatin1String("message")));
    const QString code = text(body.value(QLatin1String("code")));
    const QString error = text(body.value(QLatin1String("error")));
    if (error == QLatin1String("no_authorization")) {
        CrmError e(K::Auth, message, httpStatus, Words::tr("the API token was refused"));
        return e;
    }
    if (code == QLatin1String("invalid_input")) {
        QStringList fields;
        const QJsonObject errors = body.value(QLatin1String("errors")).toObject();
        for (auto it = errors.begin(); it != errors.end(); ++it)
            fields.append(it.key());
        return CrmError(K::Validation, {}, httpStatus,
                        Words::tr("Required field(s) missing: %1.", nullptr, int(fields.size()))
                            .arg(fields.join(QStringLiteral(", "))));
    }
    if (error.startsWith(QLatin1String("Unknown api call")))
        return CrmError(
            K::NotFound, error, httpStatus,
            Words::tr(
                "This server does not know the REMP users API call. Check that the address is the CRM's "
                "base URL (without /api/v1)."));
    if (code == QLatin1String("rate_limit_exceeded") || httpStatus == 429)
        return CrmError(K::Server, message, httpStatus, Words::tr("rate limited"));
    // JSON-schema endpoints (user meta) list what was wrong with the payload.
    if (const QJsonValue errors = body.value(QLatin1String("errors")); errors.isArray()) {
        QStringList problems;
        for (const QJsonValue& e : errors.toArray()) {
            if (e.isObject()) {
                const QJsonObject o = e.toObject();
                for (auto it = o.begin(); it != o.end(); ++it)
                    problems.append(it.key() + QStringLiteral(": ") + text(it.value()));
            } else {
                problems.append(text(e));
            }
        }
        return CrmError(
            K::Validation, message, httpStatus,
            Words::tr("REMP CRM refused the request's data (%1).").arg(problems.join(QStringLiteral("; "))));
    }
    // users/create answers 404 for e-mail problems: they are the values' fault, not a missing record.
    if (code == QLatin1String("email_taken") || code == QLatin1String("invalid_email") ||
        code == QLatin1String("email_missing")) {
        CrmError e(K::Validation, message, httpStatus);
        if (code == QLatin1String("email_taken"))
            e.code = CrmError::AccountExists;
        return e;
    }
    QString said = message;
    if (said.isEmpty())
        said = code.isEmpty() ? error : code;
    if (httpStatus == 404) {
        CrmError e(K::NotFound, said, httpStatus);
        if (message == QLatin1String("Parent address not found"))
            e.code = CrmError::ParentAddressMissing;
        return e;
    }
    if (httpStatus == 401)
        return CrmError(K::Auth, said, httpStatus);
    if (httpStatus == 403)
        return CrmError(K::Forbidden, said, httpStatus);
    if (httpStatus >= 500)
        return CrmError(K::Server, said, httpStatus);
    return CrmError(K::Validation, said, httpStatus);
}

Answer decode(int httpStatus, const QByteArray& body, const QByteArray& contentType)
{
    Answer out;
    if (httpStatus == 204)
        return out;
    const JsonAnswer json = readJsonAnswer(httpStatus, body, contentType);
    if (json.error) {
        out.error = json.error;
        return out;
    }
    const QJsonDocument& doc = json.document;
    // Some calls answer a bare array (user-meta/list, key-users): it is kept under "items".
    out.object = doc.isArray() ? QJsonObject{{QStringLiteral("items"), doc.array()}} : doc.object();
    if (httpStatus < 200 || httpStatus >= 300 ||
        out.object.value(QLatin1String("status")) == QLatin1String("error"))
        out.error = errorFrom(httpStatus, out.object);
    return out;
}

Member member(const QJsonObject& user)
{
    Member m;
    m.id = text(user.value(QLatin1String("id")));
    m.email = text(user.value(QLatin1String("email")));
    m.firstName = text(user.value(QLatin1String("first_name")));
    m.lastName = text(user.value(QLatin1String("last_name")));
    m.displayName = QString(m.firstName + QLatin1Char(' ') + m.lastName).trimmed();
    if (m.displayName.isEmpty())
        m.displayName = m.email;
    m.raw = user;
    return m;
}

MemberPage memberPage(const QJsonObject& answer)
{
    MemberPage page;
    const QJsonValue users = answer.value(QLatin1String("users"));
    QList<std::pair<qint64, QJsonObject>> rows;
    if (users.isObject()) {
        const QJsonObject keyed = users.toObject();
        for (auto it = keyed.begin(); it != keyed.end(); ++it)
            rows.append({it.key().toLongLong(), it.value().toObject()});
    } else {
        for (const QJsonValue& v : users.toArray())
            rows.append({saturatingInteger<qint64>(v.toObject().value(QLatin1String("id")).toDouble()),
                         v.toObject()});
    }
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [id, o] : rows)
        page.members.append(member(o));
    // totalPages is a PHP float (1.0); page may come as a number or a string.
    const qint64 current = text(answer.value(QLatin1String("page"))).toLongLong();
    const double total = answer.value(QLatin1String("totalPages"))
                             .toDouble(text(answer.value(QLatin1String("totalPages"))).toDouble());
    // A page number or count no server sends (past qint64, NaN) ends the paging rather than overflowing.
    const bool lastNumber = current >= std::numeric_limits<qint64>::max() || current < 0;
    page.last = page.members.isEmpty() || double(current) >= total || lastNumber;
    page.nextCursor = QString::number(lastNumber ? current : current + 1);
    const qint64 pages = total >= 100000 ? 100000 : total >= 2 ? qint64(total) : 1;
    if (current == 1)
        for (qint64 later = 2; later <= pages; ++later)
            page.laterPages.append(QString::number(later));
    return page;
}

Address address(const QJsonObject& entry)
{
    Address a;
    a.id = text(entry.value(QLatin1String("id")));
    a.locationType = text(entry.value(QLatin1String("type")));
    a.street =
        QStringList{text(entry.value(QLatin1String("street"))), text(entry.value(QLatin1String("number")))}
            .join(QLatin1Char(' '))
            .trimmed();
    a.city = text(entry.value(QLatin1String("city")));
    a.postalCode = text(entry.value(QLatin1String("zip")));
    a.country = text(entry.value(QLatin1String("country")));
    a.raw = entry;
    return a;
}

QList<Address> addresses(const QJsonObject& answer)
{
    QList<Address> out;
    for (const QJsonValue& v : answer.value(QLatin1String("addresses")).toArray())
        out.append(address(v.toObject()));
    return out;
}

QList<MetaEntry> metaEntries(const QJsonObject& answer)
{
    QList<MetaEntry> out;
    for (const QJsonValue& v : answer.value(QLatin1String("items")).toArray()) {
        const QJsonObject o = v.toObject();
        out.append({text(o.value(QLatin1String("key"))), text(o.value(QLatin1String("value"))), true});
    }
    return out;
}

MetaEntry metaEntry(const QJsonObject& answer)
{
    return {text(answer.value(QLatin1String("key"))), text(answer.value(QLatin1String("value"))),
            answer.value(QLatin1String("is_public")).toBool()};
}

QList<MetaMatch> metaMatches(const QJsonObject& answer)
{
    QList<MetaMatch> out;
    for (const QJsonValue& v : answer.value(QLatin1String("items")).toArray()) {
        const QJsonObject o = v.toObject();
        out.append({text(o.value(QLatin1String("user_id"))), text(o.value(QLatin1String("value")))});
    }
    return out;
}

EmailCheck emailCheck(const QJsonObject& answer)
{
    EmailCheck c;
    c.email = text(answer.value(QLatin1String("email")));
    c.taken = answer.value(QLatin1String("status")) == QLatin1String("taken");
    c.userId = text(answer.value(QLatin1String("id")));
    const QJsonValue password = answer.value(QLatin1String("password"));
    if (password.isBool())
        c.password = password.toBool() ? EmailCheck::Password::Right : EmailCheck::Password::Wrong;
    return c;
}

StaffAccount staffAccount(const QJsonObject& answer)
{
    const Member m = member(answer.value(QLatin1String("user")).toObject());
    StaffAccount s{m.id, m.email, m.displayName, {}};
    for (const QJsonValue& r :
         answer.value(QLatin1String("user")).toObject().value(QLatin1String("roles")).toArray())
        s.roles.append(r.toString());
    return s;
}

TokenOwner tokenOwner(const QJsonObject& answer)
{
    TokenOwner t;
    const QJsonObject user = answer.value(QLatin1String("user")).toObject();
    t.member = member(user);
    for (const QJsonValue& r : user.value(QLatin1String("roles")).toArray())
        t.roles.append(r.toString());
    return t;
}

QString changeRequestField(const QString& addressField)
{
    if (addressField == QLatin1String("tax_id") || addressField == QLatin1String("vat_id"))
        return QStringLiteral("company_") + addressField;
    return addressField;
}

QList<Group> groupsFromOption(const QString& option)
{
    QList<Group> out;
    for (const QString& entry : option.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype colon = entry.indexOf(QLatin1Char(':'));
        Group g;
        g.id = (colon < 0 ? entry : entry.left(colon)).trimmed();
        g.title = colon < 0 ? g.id : entry.mid(colon + 1).trimmed();
        g.name = g.title;
        if (!g.id.isEmpty())
            out.append(g);
    }
    return out;
}

} // namespace crm::RempCodec
