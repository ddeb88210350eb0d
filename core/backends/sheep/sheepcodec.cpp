#include "sheepcodec.h"

#include "net/jsonanswer.h"

#include "json/numbers.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace crm::SheepCodec {

namespace {

struct Words {
    Q_DECLARE_TR_FUNCTIONS(SheepCodec)
};

QString text(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'f', 2);
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QStringList texts(const QJsonValue& v)
{
    QStringList out;
    if (v.isArray()) {
        for (const QJsonValue& e : v.toArray())
            if (!text(e).isEmpty())
                out.append(text(e));
    } else if (!text(v).isEmpty()) {
        out.append(text(v));
    }
    return out;
}

} // namespace

CrmError conflict(const QString& serverMessage, int httpStatus)
{
    using K = CrmError::Kind;
    if (serverMessage == QLatin1String("existing user account found")) {
        CrmError e(K::Validation, serverMessage, httpStatus,
                   Words::tr("A user account with this e-mail already exists. Look the member up instead of "
                             "creating one."));
        e.code = CrmError::AccountExists;
        return e;
    }
    if (serverMessage == QLatin1String("existing person found without user account"))
        return CrmError(
            K::Validation, serverMessage, httpStatus,
            Words::tr("SheepCRM has a person with this e-mail but no user account for them. Give that "
                      "person an account (Tools → Create user accounts for contacts), or use "
                      "another e-mail."));
    if (serverMessage == QLatin1String("maximum number of linked members reached"))
        return CrmError(
            K::Validation, serverMessage, httpStatus,
            Words::tr("This membership allows no more linked members. Remove one first, or change the "
                      "membership's type in SheepCRM."));
    return CrmError(K::Validation, serverMessage, httpStatus,
                    Words::tr("SheepCRM refused the values; correct them and try again."));
}

Answer decode(int httpStatus, const QByteArray& body, const QByteArray& contentType)
{
    using K = CrmError::Kind;
    Answer out;
    const JsonAnswer json = readJsonAnswer(httpStatus, body, contentType);
    if (json.error) {
        // A 404 web page is SheepCRM's "not found" too.
        out.error = json.error;
        return out;
    }
    const QJsonDocument& doc = json.document;
    out.value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    if (httpStatus >= 200 && httpStatus < 300)
        return out;
    const QJsonObject o = doc.object();
    QString said = text(o.value(QLatin1String("error")));
    if (const QString d = text(o.value(QLatin1String("description"))); !d.isEmpty())
        said = said.isEmpty() ? d : said + QStringLiteral(": ") + d;
    switch (httpStatus) {
    case 404:
        out.error = CrmError(K::NotFound, said, httpStatus);
        break;
    case 409:
        out.error = conflict(said, httpStatus);
        break;
    case 401:
        out.error = CrmError(K::Auth, said, httpStatus, Words::tr("SheepCRM refused the system token"));
        break;
    case 403:
        out.error = CrmError(K::Forbidden, said, httpStatus);
        break;
    default:
        out.error = httpStatus >= 500 ? CrmError(K::Server, said, httpStatus)
                                      : CrmError(K::Validation, said, httpStatus);
    }
    return out;
}

Member member(const QJsonObject& user, const QString& accountStatus)
{
    Member m;
    const QJsonObject person = user.value(QLatin1String("person")).toObject();
    m.id = text(user.value(QLatin1String("username")));
    m.firstName = text(user.value(QLatin1String("first_name")));
    m.lastName = text(user.value(QLatin1String("last_name")));
    m.email = text(user.value(QLatin1String("email")));
    if (m.email.isEmpty())
        m.email = texts(person.value(QLatin1String("email"))).value(0);
    m.displayName = QString(m.firstName + QLatin1Char(' ') + m.lastName).trimmed();
    if (m.displayName.isEmpty())
        m.displayName = m.email;
    m.userId = m.id;
    m.username = m.id;
    if (!person.isEmpty()) {
        const QStringList lines = texts(person.value(QLatin1String("address_lines")));
        Address a;
        a.locationType = QStringLiteral("person");
        a.isPrimary = true;
        a.street = lines.value(0);
        a.supplemental = lines.mid(1).join(QStringLiteral(", "));
        a.city = text(person.value(QLatin1String("locality")));
        a.postalCode = text(person.value(QLatin1String("postal_code")));
        a.country = text(person.value(QLatin1String("country")));
        a.raw = person;
        if (!lines.isEmpty() || !a.city.isEmpty() || !a.postalCode.isEmpty())
            m.addresses.append(a);
        m.hasAddresses = true;
    }
    QJsonObject raw = user;
    if (!accountStatus.isEmpty())
        raw.insert(QStringLiteral("account_status"), accountStatus);
    m.raw = raw;
    return m;
}

LinkedMember linkedMember(const QJsonObject& entry)
{
    LinkedMember l;
    l.id = text(entry.value(QLatin1String("luid")));
    if (l.id.isEmpty()) // entries without a luid name themselves by their uri
        l.id = text(entry.value(QLatin1String("uri"))).section(QLatin1Char('/'), -2, -2);
    l.email = text(entry.value(QLatin1String("email")));
    l.firstName = text(entry.value(QLatin1String("first_name")));
    l.lastName = text(entry.value(QLatin1String("last_name")));
    l.raw = entry;
    return l;
}

Membership membership(const QJsonObject& d, const QJsonArray& linked)
{
    Membership m;
    m.id = text(d.value(QLatin1String("muid")));
    m.number = text(d.value(QLatin1String("membership_number")));
    m.type = text(d.value(QLatin1String("membership_type_for_display")));
    if (m.type.isEmpty())
        m.type = text(d.value(QLatin1String("membership_type")));
    m.status = text(d.value(QLatin1String("membership_record_status")));
    m.startDate = text(d.value(QLatin1String("start_date")));
    m.endDate = text(d.value(QLatin1String("end_date")));
    m.amount = text(d.value(QLatin1String("amount")));
    m.currency = text(d.value(QLatin1String("currency")));
    m.role = text(d.value(QLatin1String("user_role")));
    const QJsonValue max = d.value(QLatin1String("max_linked_members"));
    bool ok = false;
    const int n = max.isDouble() ? saturatingInteger<int>(max.toDouble()) : text(max).toInt(&ok);
    m.maxLinked = max.isDouble() || ok ? n : -1;
    for (const QJsonValue& v : linked)
        m.linked.append(linkedMember(v.toObject()));
    m.raw = d;
    return m;
}

EditResult editResult(const QJsonObject& answer)
{
    EditResult r;
    const QJsonObject updates = answer.value(QLatin1String("updates")).toObject();
    for (auto it = updates.begin(); it != updates.end(); ++it)
        r.updates.insert(it.key(), it.value());
    const QJsonObject errors = answer.value(QLatin1String("errors")).toObject();
    for (auto it = errors.begin(); it != errors.end(); ++it)
        r.errors.insert(it.key(), it.value().isArray() ? texts(it.value()).join(QStringLiteral(", "))
                                                       : text(it.value()));
    return r;
}

QString describeErrors(const QMap<QString, QString>& errors)
{
    QStringList parts;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        parts.append(it.key() + QStringLiteral(": ") + it.value());
    return parts.join(QStringLiteral("; "));
}

} // namespace crm::SheepCodec
