#include "rempemulator.h"

#include "emulatorsupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace {

using namespace EmulatorSupport;

const char* const kFirst[] = {"Ján",    "Zuzana", "Peter", "Mária", "Tomáš", "Éva", "Lukáš", "Katarína",
                              "Jürgen", "Chloé",  "Oskar", "Niamh", "Søren", "Ana", "Marek", "Lucia"};
const char* const kLast[] = {"Novák", "Kováčová", "Horváth", "O'Neill", "Müller", "Szabó",
                             "Varga", "Tóth",     "Nagy",    "D'Souza", "Baláž",  "Šimko"};

SandboxReply error(int status, const QString& message)
{
    return json(status, QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                    {QStringLiteral("message"), message}});
}

SandboxReply notAuthorized(const QString& reason)
{
    return json(403,
                QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                            {QStringLiteral("message"), QString(QStringLiteral("Not authorized: ") + reason)},
                            {QStringLiteral("error"), QStringLiteral("no_authorization")}});
}

/// The framework's answer when required fields are absent or empty, or nothing when all are there.
std::optional<SandboxReply> missing(const QMap<QString, QString>& f, const QStringList& required)
{
    QJsonObject errors;
    for (const QString& name : required)
        if (f.value(name).isEmpty())
            errors.insert(name, QJsonArray{QStringLiteral("Field is required")});
    if (errors.isEmpty())
        return std::nullopt;
    return json(400, QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                 {QStringLiteral("code"), QStringLiteral("invalid_input")},
                                 {QStringLiteral("errors"), errors}});
}

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString token(const QString& seed)
{
    return QString::fromLatin1(QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Md5).toHex());
}

QString uuidFor(qint64 id)
{
    const QString h = token(QStringLiteral("uuid-%1").arg(id));
    return h.left(8) + QLatin1Char('-') + h.mid(8, 4) + QLatin1Char('-') + h.mid(12, 4) + QLatin1Char('-') +
           h.mid(16, 4) + QLatin1Char('-') + h.mid(20, 12);
}

const QStringList kAddressFields{
    QStringLiteral("first_name"),   QStringLiteral("last_name"),   QStringLiteral("street"),
    QStringLiteral("number"),       QStringLiteral("zip"),         QStringLiteral("city"),
    QStringLiteral("company_name"), QStringLiteral("company_id"),  QStringLiteral("tax_id"),
    QStringLiteral("vat_id"),       QStringLiteral("phone_number")};

} // namespace

RempEmulator::RempEmulator(int members, quint32 seed, QString apiToken) : m_apiToken(std::move(apiToken))
{
    m_groups = {{1, QStringLiteral("Newsletter")},
                {2, QStringLiteral("Premium readers")},
                {3, QStringLiteral("Staff")},
                {4, QStringLiteral("Beta testers")}};
    m_addressTypes = {QStringLiteral("print"), QStringLiteral("invoice")};
    m_countries = {{QStringLiteral("SK"), QStringLiteral("Slovensko")},
                   {QStringLiteral("CZ"), QStringLiteral("Česko")},
                   {QStringLiteral("AT"), QStringLiteral("Österreich")},
                   {QStringLiteral("DE"), QStringLiteral("Deutschland")}};
    m_deviceTokens.insert(QStringLiteral("sandbox-device-token"));
    m_autologinTokens.insert(QStringLiteral("sandbox-autologin-token"), 2);
    QRandomGenerator rng(seed);
    const QDateTime base(QDate(2021, 1, 1), QTime(10, 0), Qt::UTC);
    m_users.reserve(members);
    for (int i = 0; i < members; ++i) {
        User u;
        u.id = i + 1;
        u.uuid = uuidFor(u.id);
        u.firstName = QString::fromUtf8(kFirst[rng.bounded(int(std::size(kFirst)))]);
        u.lastName = QString::fromUtf8(kLast[rng.bounded(int(std::size(kLast)))]);
        u.email = u.id == 1 ? QStringLiteral("admin@crm.press")
                            : ascii(u.firstName) + QLatin1Char('.') + ascii(u.lastName) +
                                  QString::number(u.id) + QStringLiteral("@crm.press");
        u.password = u.id == 1 ? qEnvironmentVariable("CRM_SANDBOX_STAFF_PASSWORD",
                                                      QStringLiteral("sandbox-staff-password"))
                               : token(QStringLiteral("pw-%1").arg(u.id));
        u.createdAt = base.addSecs(u.id * 3600).toString(Qt::ISODate);
        if (u.id % 4 != 0)
            u.confirmedAt = base.addSecs(u.id * 3600 + 600).toString(Qt::ISODate);
        u.active = u.id % 50 != 0;
        u.anonymized = u.id % 97 == 0;
        u.accessToken = token(QStringLiteral("access-%1").arg(u.id));
        if (u.id % 3 == 0)
            u.groups.insert(1);
        if (u.id % 7 == 0)
            u.groups.insert(2);
        if (u.id <= 3)
            u.groups.insert(3);
        if (u.id % 4 != 0) {
            Address a;
            a.id = m_nextAddressId++;
            a.type = QStringLiteral("print");
            a.fields = {{QStringLiteral("first_name"), u.firstName},
                        {QStringLiteral("last_name"), u.lastName},
                        {QStringLiteral("street"), QStringLiteral("Hlavná")},
                        {QStringLiteral("number"), QString::number(u.id % 200 + 1)},
                        {QStringLiteral("zip"), QStringLiteral("811 0%1").arg(u.id % 10)},
                        {QStringLiteral("city"), QStringLiteral("Bratislava")},
                        {QStringLiteral("phone_number"),
                         QStringLiteral("0800%1").arg(u.id, 6, 10, QLatin1Char('0'))}};
            a.countryIso = QStringLiteral("SK");
            a.createdAt = u.createdAt;
            u.addresses.append(a);
        }
        if (u.id % 5 == 0)
            u.meta.append({QStringLiteral("newsletter_subscribed"), QStringLiteral("1"), true, ++m_clock});
        if (u.id % 11 == 0)
            u.meta.append({QStringLiteral("segment"), QStringLiteral("vip"), false, ++m_clock});
        m_users.append(u);
    }
}

QString RempEmulator::stamp()
{
    ++m_clock;
    return QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC).addSecs(m_clock).toString(Qt::ISODate);
}

RempEmulator::User* RempEmulator::userByEmail(const QString& email)
{
    for (User& u : m_users)
        if (!u.anonymized && u.email.compare(email.trimmed(), Qt::CaseInsensitive) == 0)
            return &u;
    return nullptr;
}

RempEmulator::User* RempEmulator::userById(qint64 id)
{
    if (id < 1 || id > m_users.size() || m_users[id - 1].anonymized)
        return nullptr;
    return &m_users[id - 1];
}

RempEmulator::User* RempEmulator::userByToken(const QString& t)
{
    for (User& u : m_users)
        if (!t.isEmpty() && u.accessToken == t)
            return &u;
    return nullptr;
}

std::optional<SandboxReply> RempEmulator::checkApiToken(const SandboxRequest& r) const
{
    if (!r.headers.contains("authorization"))
        return notAuthorized(QStringLiteral("Authorization header HTTP_Authorization is not set"));
    // TokenParser splits on one space and wants exactly two parts; the scheme word is not checked.
    const QList<QByteArray> parts = r.headers.value("authorization").split(' ');
    if (parts.size() != 2)
        return notAuthorized(QStringLiteral("Authorization header contains invalid structure"));
    if (QString::fromUtf8(parts[1]) != m_apiToken)
        return notAuthorized(QStringLiteral("Token doesn't exists"));
    return std::nullopt;
}

SandboxReply RempEmulator::handle(const SandboxRequest& r)
{
    static const QRegularExpression kRoute(QStringLiteral("^/api/v(\\d+)/([\\w-]+)/([\\w-]+)/?$"));
    if (r.path == QLatin1String("/_sandbox/mail"))
        return json(200, QJsonObject{{QStringLiteral("mail"), m_mail}});
    const QRegularExpressionMatch m = kRoute.match(r.path);
    if (!m.hasMatch()) {
        SandboxReply page;
        page.status = 404;
        page.contentType = "text/html; charset=UTF-8";
        page.body = "<!DOCTYPE html><html><head><title>Page not found | CRM</title></head>"
                    "<body><h1>Page not found</h1></body></html>\n";
        return page;
    }
    if (r.method == "OPTIONS")
        return json(200, QJsonObject{{QStringLiteral("options"), QStringLiteral("ok")}});
    const QString version = m.captured(1);
    SandboxReply reply = (version == QLatin1String("1") || version == QLatin1String("2"))
                             ? route(m.captured(2), m.captured(3), r)
                             : SandboxReply{404, "application/json", {}, {}};
    if (reply.status == 404 && reply.body.isEmpty())
        reply = json(404,
                     QJsonObject{{QStringLiteral("error"),
                                  QStringLiteral("Unknown api call: version [%1], category [%2], action [%3]")
                                      .arg(version, m.captured(2), m.captured(3))}});
    return reply;
}

SandboxReply RempEmulator::route(const QString& package, const QString& action, const SandboxRequest& r)
{
    const QMap<QString, QString> form = r.formFields(); // query string and urlencoded body
    const QString call = package + QLatin1Char('/') + action;
    // Calls without authorization.
    if (call == QLatin1String("users/login"))
        return login(form);
    if (call == QLatin1String("users/email"))
        return emailCheck(form);
    if (call == QLatin1String("users/autologin-token-login"))
        return autologin(form);
    if (call == QLatin1String("users/get-device-token"))
        return deviceToken(form);
    if (call == QLatin1String("user/info"))
        return userInfo(r);
    if (call == QLatin1String("user-meta/list"))
        return metaList(r);

    static const QSet<QString> withApiToken{QStringLiteral("users/list"),
                                            QStringLiteral("users/add-to-group"),
                                            QStringLiteral("users/remove-from-group"),
                                            QStringLiteral("users/create"),
                                            QStringLiteral("users/update"),
                                            QStringLiteral("users/confirm"),
                                            QStringLiteral("users/addresses"),
                                            QStringLiteral("users/address"),
                                            QStringLiteral("users/change-address-request"),
                                            QStringLiteral("user-meta/upsert"),
                                            QStringLiteral("user-meta/key-users"),
                                            QStringLiteral("user-meta/delete")};
    if (!withApiToken.contains(call))
        return {404, "application/json", {}, {}};
    if (auto refused = checkApiToken(r))
        return *refused;
    if (call == QLatin1String("users/list"))
        return usersList(form);
    if (call == QLatin1String("users/add-to-group"))
        return groupChange(form, true);
    if (call == QLatin1String("users/remove-from-group"))
        return groupChange(form, false);
    if (call == QLatin1String("users/create"))
        return create(form);
    if (call == QLatin1String("users/update"))
        return update(form);
    if (call == QLatin1String("users/confirm"))
        return confirm(r, form);
    if (call == QLatin1String("users/addresses"))
        return addresses(r);
    if (call == QLatin1String("users/address"))
        return addressCreate(form, false);
    if (call == QLatin1String("users/change-address-request"))
        return addressCreate(form, true);
    if (call == QLatin1String("user-meta/upsert"))
        return metaUpsert(r);
    if (call == QLatin1String("user-meta/key-users"))
        return metaKeyUsers(r);
    return metaDelete(r);
}

SandboxReply RempEmulator::usersList(const QMap<QString, QString>& f)
{
    if (auto m = missing(f, {QStringLiteral("user_ids"), QStringLiteral("page")}))
        return *m;
    const int page = f.value(QStringLiteral("page")).toInt();
    if (page < 1)
        return json(400, QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                     {QStringLiteral("error"), QStringLiteral("missing_param")},
                                     {QStringLiteral("message"),
                                      QStringLiteral("missing required parameter: page")}});
    const QJsonDocument ids = QJsonDocument::fromJson(f.value(QStringLiteral("user_ids")).toUtf8());
    if (!ids.isArray())
        return error(400, QStringLiteral("user_ids should be valid JSON array"));
    QSet<qint64> wanted;
    for (const QJsonValue& v : ids.array())
        wanted.insert(v.isString() ? v.toString().toLongLong() : qint64(v.toDouble()));
    const bool deactivated = !f.value(QStringLiteral("include_deactivated")).isEmpty() &&
                             f.value(QStringLiteral("include_deactivated")) != QLatin1String("0");
    const bool withUuid = !f.value(QStringLiteral("with_uuid")).isEmpty() &&
                          f.value(QStringLiteral("with_uuid")) != QLatin1String("0");
    QList<const User*> listed;
    for (const User& u : std::as_const(m_users))
        if (!u.anonymized && (u.active || deactivated) && (wanted.isEmpty() || wanted.contains(u.id)))
            listed.append(&u);
    constexpr int kPage = 1000;
    QJsonObject users;
    for (qsizetype i = qsizetype(page - 1) * kPage; i < listed.size() && i < qsizetype(page) * kPage; ++i) {
        QJsonObject o{{QStringLiteral("id"), listed[i]->id}, {QStringLiteral("email"), listed[i]->email}};
        if (withUuid)
            o.insert(QStringLiteral("uuid"), listed[i]->uuid);
        users.insert(QString::number(listed[i]->id), o);
    }
    const qint64 totalPages = (listed.size() + kPage - 1) / kPage;
    QJsonObject body{{QStringLiteral("status"), QStringLiteral("ok")},
                     {QStringLiteral("page"), page},
                     {QStringLiteral("totalPages"), QStringLiteral("@TOTAL_PAGES@")},
                     {QStringLiteral("totalCount"), qint64(listed.size())}};
    if (users.isEmpty())
        body.insert(QStringLiteral("users"), QJsonArray());
    else
        body.insert(QStringLiteral("users"), users);
    SandboxReply reply = json(200, body);
    // PHP's ceil() gives a float, which json_encode writes as 1.0.
    reply.body.replace("\"@TOTAL_PAGES@\"", QByteArray(QByteArray::number(totalPages) + ".0"));
    reply.rows = users.size();
    return reply;
}

SandboxReply RempEmulator::groupChange(const QMap<QString, QString>& f, bool add)
{
    if (auto m = missing(f, {QStringLiteral("email"), QStringLiteral("group_id")}))
        return *m;
    User* u = userByEmail(f.value(QStringLiteral("email")));
    if (!u)
        return error(404, QStringLiteral("User doesn't exists"));
    const qint64 group = f.value(QStringLiteral("group_id")).toLongLong();
    if (!m_groups.contains(group))
        return error(404, QStringLiteral("Group doesn't exists"));
    if (add)
        u->groups.insert(group);
    else
        u->groups.remove(group);
    return json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
}

SandboxReply RempEmulator::emailCheck(const QMap<QString, QString>& f)
{
    // At most 20 checks in 10 seconds; then HTTP 200 with an error body, as the server does.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    while (!m_emailChecks.isEmpty() && m_emailChecks.first().msecsTo(now) > 10000)
        m_emailChecks.removeFirst();
    auto err = [](const char* message, const char* code) {
        return json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                     {QStringLiteral("message"), QString::fromLatin1(message)},
                                     {QStringLiteral("code"), QString::fromLatin1(code)}});
    };
    if (m_emailChecks.size() >= 20)
        return err("Rate limit exceeded", "rate_limit_exceeded");
    m_emailChecks.append(now);
    const QString email = f.value(QStringLiteral("email")).trimmed();
    if (email.isEmpty())
        return err("No valid email", "email_missing");
    if (email.size() > 255) {
        SandboxReply r = err("Invalid email format", "invalid_email");
        r.status = 422;
        return r;
    }
    if (!validEmail(email))
        return err("Invalid email format", "invalid_email");
    const User* u = userByEmail(email);
    QJsonValue password = QJsonValue::Null;
    if (f.contains(QStringLiteral("password")))
        password = bool(u && u->password == f.value(QStringLiteral("password")));
    return json(200, QJsonObject{{QStringLiteral("email"), email},
                                 {QStringLiteral("id"), u ? QJsonValue(u->id) : QJsonValue(QJsonValue::Null)},
                                 {QStringLiteral("status"),
                                  u ? QStringLiteral("taken") : QStringLiteral("available")},
                                 {QStringLiteral("password"), password}});
}

SandboxReply RempEmulator::update(const QMap<QString, QString>& f)
{
    // UsersUpdateHandler: user_id required; email, ext_id and locale changed when given and not empty.
    if (auto m = missing(f, {QStringLiteral("user_id")}))
        return *m;
    User* u = userById(f.value(QStringLiteral("user_id")).toLongLong());
    if (!u || u->anonymized)
        return json(404, QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                     {QStringLiteral("message"), QStringLiteral("User not found")},
                                     {QStringLiteral("code"), QStringLiteral("user_not_found")}});
    const QString email = f.value(QStringLiteral("email")).trimmed();
    if (!email.isEmpty()) {
        const bool skipValidation =
            f.value(QStringLiteral("disable_email_validation")) == QLatin1String("1") ||
            f.value(QStringLiteral("disable_email_validation")) == QLatin1String("true");
        if (!skipValidation && !validEmail(email))
            return json(400, QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                         {QStringLiteral("message"), QStringLiteral("Invalid email")},
                                         {QStringLiteral("code"), QStringLiteral("invalid_email")}});
        // users.email is unique: the handler does not check, the database refuses, the framework answers 500.
        if (User* other = userByEmail(email); other && other != u)
            return {500,
                    "text/html; charset=utf-8",
                    "<!DOCTYPE html><html><head><title>Server Error</title></head><body><h1>Server Error</h1>"
                    "<p>We're sorry! The server encountered an internal error.</p></body></html>",
                    {}};
        u->email = email;
    }
    if (!f.value(QStringLiteral("ext_id")).isEmpty())
        u->extId = QString::number(f.value(QStringLiteral("ext_id")).toLongLong());
    QJsonObject user{{QStringLiteral("id"), u->id},
                     {QStringLiteral("email"), u->email},
                     {QStringLiteral("confirmed_at"),
                      u->confirmedAt.isEmpty() ? QJsonValue() : QJsonValue(u->confirmedAt)}};
    if (!u->extId.isEmpty())
        user.insert(QStringLiteral("ext_id"), u->extId.toLongLong());
    return json(
        200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}, {QStringLiteral("user"), user}});
}

SandboxReply RempEmulator::create(const QMap<QString, QString>& f)
{
    const QString email = f.value(QStringLiteral("email")).trimmed();
    const bool skipValidation = f.value(QStringLiteral("disable_email_validation")) == QLatin1String("1");
    if (email.isEmpty() || (!skipValidation && !validEmail(email)))
        return json(404, QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                     {QStringLiteral("message"), QStringLiteral("Invalid email")},
                                     {QStringLiteral("code"), QStringLiteral("invalid_email")}});
    if (userByEmail(email))
        return json(404, QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                     {QStringLiteral("message"), QStringLiteral("Email is already taken")},
                                     {QStringLiteral("code"), QStringLiteral("email_taken")}});
    const QString device = f.value(QStringLiteral("device_token"));
    if (!device.isEmpty() && !m_deviceTokens.contains(device))
        return json(400,
                    QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                {QStringLiteral("message"), QStringLiteral("Device token doesn't exist")},
                                {QStringLiteral("code"), QStringLiteral("device_token_doesnt_exist")}});
    User u;
    u.id = m_users.size() + 1;
    u.uuid = uuidFor(u.id);
    u.email = email;
    u.firstName = f.value(QStringLiteral("first_name"));
    u.lastName = f.value(QStringLiteral("last_name"));
    u.password = f.value(QStringLiteral("password"), token(QStringLiteral("pw-%1").arg(u.id)));
    u.source = f.value(QStringLiteral("source"));
    u.note = f.value(QStringLiteral("note"));
    u.extId = f.value(QStringLiteral("ext_id"));
    u.createdAt = stamp();
    u.accessToken = token(QStringLiteral("access-%1").arg(u.id));
    m_users.append(u);
    if (f.value(QStringLiteral("send_email")) == QLatin1String("1") ||
        f.value(QStringLiteral("send_email")) == QLatin1String("true"))
        m_mail.append(QJsonObject{{QStringLiteral("to"), u.email},
                                  {QStringLiteral("kind"), QStringLiteral("welcome")}});
    QJsonObject user{{QStringLiteral("id"), u.id},
                     {QStringLiteral("uuid"), u.uuid},
                     {QStringLiteral("email"), u.email},
                     {QStringLiteral("first_name"), orNull(u.firstName)},
                     {QStringLiteral("last_name"), orNull(u.lastName)},
                     {QStringLiteral("confirmed_at"), QJsonValue::Null}};
    if (!u.extId.isEmpty())
        user.insert(QStringLiteral("ext_id"), u.extId);
    return json(
        200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                         {QStringLiteral("user"), user},
                         {QStringLiteral("access"), QJsonObject{{QStringLiteral("token"), u.accessToken}}}});
}

SandboxReply RempEmulator::confirm(const SandboxRequest& r, const QMap<QString, QString>& f)
{
    const QByteArray key = r.headers.value("idempotency-key");
    if (!key.isEmpty() && m_idempotencyKeys.contains(key))
        return json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
    if (auto m = missing(f, {QStringLiteral("email")}))
        return *m;
    User* u = userByEmail(f.value(QStringLiteral("email")));
    if (!u)
        return json(404, QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                     {QStringLiteral("code"), QStringLiteral("user_not_found")}});
    if (u->confirmedAt.isEmpty())
        u->confirmedAt = stamp();
    if (!key.isEmpty())
        m_idempotencyKeys.insert(key);
    return json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
}

QJsonObject RempEmulator::addressJson(const User& u, const Address& a) const
{
    QJsonObject o{{QStringLiteral("user_id"), u.id},
                  {QStringLiteral("type"), a.type},
                  {QStringLiteral("created_at"), a.createdAt},
                  {QStringLiteral("email"), u.email},
                  {QStringLiteral("country"), orNull(m_countries.value(a.countryIso))}};
    for (const QString& field : kAddressFields)
        o.insert(field, a.fields.value(field));
    return o;
}

SandboxReply RempEmulator::addresses(const SandboxRequest& r)
{
    const QString email = r.query.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded);
    if (email.isEmpty())
        return *missing({}, {QStringLiteral("email")});
    const User* u = userByEmail(email);
    if (!u)
        return error(400, QStringLiteral("user doesn't exist: ") + email);
    const QString type = r.query.queryItemValue(QStringLiteral("type"), QUrl::FullyDecoded);
    QJsonArray out;
    for (const Address& a : u->addresses)
        if (type.isEmpty() || a.type == type)
            out.append(addressJson(*u, a));
    return json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                 {QStringLiteral("addresses"), out}});
}

SandboxReply RempEmulator::addressCreate(const QMap<QString, QString>& f, bool changeRequest)
{
    if (auto m = missing(f, {QStringLiteral("email"), QStringLiteral("type")}))
        return *m;
    User* u = userByEmail(f.value(QStringLiteral("email")));
    if (!u)
        return error(404, QStringLiteral("User not found"));
    const QString type = f.value(QStringLiteral("type"));
    if (!m_addressTypes.contains(type))
        return error(400, QStringLiteral("Address type not found"));
    QString country = f.value(QStringLiteral("country_iso"));
    if (country.isEmpty() && changeRequest && !f.value(QStringLiteral("country_id")).isEmpty()) {
        const int index = f.value(QStringLiteral("country_id")).toInt() - 1;
        country =
            index >= 0 && index < m_countries.size() ? m_countries.keys().at(index) : QStringLiteral("?");
    }
    if (!country.isEmpty() && !m_countries.contains(country))
        return error(400, QStringLiteral("Country not found"));
    Address a;
    a.id = m_nextAddressId++;
    a.type = type;
    a.countryIso = country;
    a.createdAt = stamp();
    for (const QString& field : kAddressFields) {
        QString name = field;
        if (changeRequest && (field == QLatin1String("tax_id") || field == QLatin1String("vat_id")))
            name = QStringLiteral("company_") + field;
        if (f.contains(name))
            a.fields.insert(field, f.value(name));
    }
    if (changeRequest) {
        const bool hasParent = std::any_of(u->addresses.cbegin(), u->addresses.cend(),
                                           [&](const Address& p) { return p.type == type; });
        if (!hasParent)
            return error(404, QStringLiteral("Parent address not found"));
        u->changeRequests.append(a);
    } else {
        u->addresses.append(a);
    }
    return json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                 {QStringLiteral("address"), QJsonObject{{QStringLiteral("id"), a.id}}}});
}

SandboxReply RempEmulator::login(const QMap<QString, QString>& f)
{
    auto fail = [](const char* error, const char* message, const char* code) {
        return json(400, QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                     {QStringLiteral("error"), QString::fromLatin1(error)},
                                     {QStringLiteral("message"), QString::fromLatin1(message)},
                                     {QStringLiteral("code"), QString::fromLatin1(code)}});
    };
    const QString email = f.value(QStringLiteral("email"));
    if (email.isEmpty() || !validEmail(email))
        return fail("no_email", "No valid email", "invalid_email");
    if (f.value(QStringLiteral("password")).isEmpty())
        return fail("no_password", "No valid password", "invalid_password");
    const User* u = userByEmail(email);
    if (!u)
        return fail("auth_failed", "Incorrect email or password.", "identity_not_found");
    if (u->password != f.value(QStringLiteral("password")))
        return fail("auth_failed", "Incorrect email or password.", "invalid_credential");
    QJsonObject user{{QStringLiteral("id"), u->id},
                     {QStringLiteral("uuid"), u->uuid},
                     {QStringLiteral("email"), u->email},
                     {QStringLiteral("confirmed_at"), orNull(u->confirmedAt)},
                     {QStringLiteral("first_name"), u->firstName},
                     {QStringLiteral("last_name"), u->lastName}};
    if (u->groups.contains(3))
        user.insert(QStringLiteral("roles"),
                    QJsonArray{QStringLiteral("redaktor"), QStringLiteral("superadmin")});
    QJsonObject meta;
    for (const User::Meta& m : u->meta)
        if (m.isPublic)
            meta.insert(m.key, m.value);
    return json(
        200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                         {QStringLiteral("user"), user},
                         {QStringLiteral("user_meta"), meta},
                         {QStringLiteral("access"), QJsonObject{{QStringLiteral("token"), u->accessToken}}}});
}

SandboxReply RempEmulator::userInfo(const SandboxRequest& r)
{
    const QList<QByteArray> parts = r.headers.value("authorization").split(' ');
    if (!r.headers.contains("authorization"))
        return notAuthorized(QStringLiteral("Authorization header HTTP_Authorization is not set"));
    if (parts.size() != 2)
        return notAuthorized(QStringLiteral("Authorization header contains invalid structure"));
    const User* u = userByToken(QString::fromUtf8(parts[1]));
    if (!u)
        return notAuthorized(QStringLiteral("Device token doesn't exist"));
    QJsonObject meta;
    for (const User::Meta& m : u->meta)
        if (m.isPublic)
            meta.insert(m.key, m.value);
    return json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                 {QStringLiteral("user"),
                                  QJsonObject{{QStringLiteral("id"), u->id},
                                              {QStringLiteral("email"), u->email},
                                              {QStringLiteral("uuid"), u->uuid},
                                              {QStringLiteral("confirmed_at"), orNull(u->confirmedAt)}}},
                                 {QStringLiteral("user_meta"), meta}});
}

SandboxReply RempEmulator::autologin(const QMap<QString, QString>& f)
{
    if (auto m = missing(f, {QStringLiteral("autologin_token")}))
        return *m;
    const QString device = f.value(QStringLiteral("device_token"));
    if (!device.isEmpty() && !m_deviceTokens.contains(device))
        return json(404, QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                     {QStringLiteral("error"), QStringLiteral("invalid_device_token")},
                                     {QStringLiteral("message"),
                                      QString(QStringLiteral("device token doesn't exist: ") + device)}});
    const qint64 id = m_autologinTokens.value(f.value(QStringLiteral("autologin_token")));
    const User* u = userById(id);
    if (!u)
        return json(401, QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                     {QStringLiteral("error"), QStringLiteral("auth_failed")},
                                     {QStringLiteral("message"), QStringLiteral("Invalid autologin token")}});
    return json(
        200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                         {QStringLiteral("user"),
                          QJsonObject{{QStringLiteral("id"), u->id},
                                      {QStringLiteral("uuid"), u->uuid},
                                      {QStringLiteral("email"), u->email},
                                      {QStringLiteral("confirmed_at"), orNull(u->confirmedAt)},
                                      {QStringLiteral("public_name"), u->email},
                                      {QStringLiteral("first_name"), u->firstName},
                                      {QStringLiteral("last_name"), u->lastName}}},
                         {QStringLiteral("access"), QJsonObject{{QStringLiteral("token"), u->accessToken}}}});
}

SandboxReply RempEmulator::deviceToken(const QMap<QString, QString>& f)
{
    if (auto m = missing(f, {QStringLiteral("device_id")}))
        return *m;
    const QString access = f.value(QStringLiteral("access_token"));
    if (!access.isEmpty() && !userByToken(access))
        return error(400, QStringLiteral("Access token not valid"));
    const QString t = token(QStringLiteral("device-") + f.value(QStringLiteral("device_id")) + access);
    m_deviceTokens.insert(t);
    return json(200, QJsonObject{{QStringLiteral("device_token"), t}});
}

namespace {

/// The JSON body of a schema-checked call, or the 400 the framework answers instead.
std::variant<QJsonObject, SandboxReply> jsonBody(const SandboxRequest& r)
{
    if (r.body.trimmed().isEmpty())
        return error(400, QStringLiteral("Empty request"));
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject())
        return json(400, QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                     {QStringLiteral("message"), QStringLiteral("Malformed JSON")},
                                     {QStringLiteral("errors"), QJsonArray{e.errorString()}}});
    return doc.object();
}

/// Checks a body against a schema given as property -> type ("integer", "string", "boolean"); required
/// properties are listed in required; no other properties are allowed.
std::optional<SandboxReply> schemaErrors(const QJsonObject& body, const QMap<QString, QString>& types,
                                         const QStringList& required)
{
    QJsonArray errors;
    for (const QString& name : required)
        if (!body.contains(name))
            errors.append(QJsonObject{{name, QStringLiteral("The property %1 is required").arg(name)}});
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString type = types.value(it.key());
        if (type.isEmpty())
            errors.append(
                QJsonObject{{it.key(), QStringLiteral("The property %1 is not defined and the definition "
                                                      "does not allow additional properties")
                                           .arg(it.key())}});
        else if ((type == QLatin1String("integer") &&
                  !(it->isDouble() && it->toDouble() == qint64(it->toDouble()))) ||
                 (type == QLatin1String("string") && !it->isString()) ||
                 (type == QLatin1String("boolean") && !it->isBool()))
            errors.append(QJsonObject{
                {it.key(), QStringLiteral("%1 value found, but %2 is required")
                               .arg(it->isString() ? QStringLiteral("String") : QStringLiteral("Other"),
                                    type == QLatin1String("integer") ? QStringLiteral("an integer")
                                                                     : QStringLiteral("a ") + type)}});
    }
    if (errors.isEmpty())
        return std::nullopt;
    return json(400, QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                 {QStringLiteral("message"), QStringLiteral("Payload error")},
                                 {QStringLiteral("errors"), errors}});
}

} // namespace

SandboxReply RempEmulator::metaUpsert(const SandboxRequest& r)
{
    const auto parsed = jsonBody(r);
    if (const auto* reply = std::get_if<SandboxReply>(&parsed))
        return *reply;
    const QJsonObject body = std::get<QJsonObject>(parsed);
    if (auto bad = schemaErrors(body,
                                {{QStringLiteral("user_id"), QStringLiteral("integer")},
                                 {QStringLiteral("key"), QStringLiteral("string")},
                                 {QStringLiteral("value"), QStringLiteral("string")},
                                 {QStringLiteral("is_public"), QStringLiteral("boolean")}},
                                {QStringLiteral("user_id"), QStringLiteral("key"), QStringLiteral("value")}))
        return *bad;
    const qint64 id = qint64(body.value(QLatin1String("user_id")).toDouble());
    User* u = userById(id);
    if (!u)
        return error(404, QStringLiteral("User not found: %1").arg(id));
    const QString key = body.value(QLatin1String("key")).toString();
    const bool isPublic = body.value(QLatin1String("is_public")).toBool(false);
    auto it = std::find_if(u->meta.begin(), u->meta.end(), [&](const User::Meta& m) { return m.key == key; });
    if (it == u->meta.end())
        it = u->meta.insert(u->meta.end(), User::Meta{key, {}, false, 0});
    it->value = body.value(QLatin1String("value")).toString();
    it->isPublic = isPublic;
    it->order = ++m_clock;
    return json(200, QJsonObject{{QStringLiteral("key"), key},
                                 {QStringLiteral("value"), it->value},
                                 {QStringLiteral("is_public"), isPublic}});
}

SandboxReply RempEmulator::metaList(const SandboxRequest& r)
{
    // An API token with ?user_id=, or else a user token.
    const QString userId = r.query.queryItemValue(QStringLiteral("user_id"));
    const User* u = nullptr;
    if (!userId.isEmpty() && !checkApiToken(r))
        u = userById(userId.toLongLong());
    if (!u) {
        const QList<QByteArray> parts = r.headers.value("authorization").split(' ');
        if (!r.headers.contains("authorization"))
            return notAuthorized(QStringLiteral("Authorization header HTTP_Authorization is not set"));
        u = parts.size() == 2 ? userByToken(QString::fromUtf8(parts[1])) : nullptr;
        if (!u)
            return notAuthorized(QStringLiteral("Device token doesn't exist"));
    }
    const QString key = r.query.queryItemValue(QStringLiteral("key"), QUrl::FullyDecoded);
    QList<User::Meta> shown;
    for (const User::Meta& m : u->meta)
        if (m.isPublic && (key.isEmpty() || m.key == key))
            shown.append(m);
    std::sort(shown.begin(), shown.end(), [](const auto& a, const auto& b) { return a.order > b.order; });
    QJsonArray out;
    for (const User::Meta& m : shown)
        out.append(QJsonObject{{QStringLiteral("user_id"), u->id},
                               {QStringLiteral("key"), m.key},
                               {QStringLiteral("value"), m.value}});
    return json(200, out);
}

SandboxReply RempEmulator::metaKeyUsers(const SandboxRequest& r)
{
    const auto parsed = jsonBody(r);
    if (const auto* reply = std::get_if<SandboxReply>(&parsed))
        return *reply;
    const QJsonObject body = std::get<QJsonObject>(parsed);
    if (auto bad = schemaErrors(body,
                                {{QStringLiteral("key"), QStringLiteral("string")},
                                 {QStringLiteral("value"), QStringLiteral("string")}},
                                {QStringLiteral("key")}))
        return *bad;
    const QString key = body.value(QLatin1String("key")).toString();
    const bool anyValue = !body.contains(QLatin1String("value"));
    const QString value = body.value(QLatin1String("value")).toString();
    QJsonArray out;
    for (const User& u : std::as_const(m_users))
        for (const User::Meta& m : u.meta)
            if (!u.anonymized && m.key == key && (anyValue || m.value == value))
                out.append(
                    QJsonObject{{QStringLiteral("user_id"), u.id}, {QStringLiteral("value"), m.value}});
    return json(200, out);
}

SandboxReply RempEmulator::metaDelete(const SandboxRequest& r)
{
    const auto parsed = jsonBody(r);
    if (const auto* reply = std::get_if<SandboxReply>(&parsed))
        return *reply;
    const QJsonObject body = std::get<QJsonObject>(parsed);
    if (auto bad = schemaErrors(body,
                                {{QStringLiteral("user_id"), QStringLiteral("integer")},
                                 {QStringLiteral("key"), QStringLiteral("string")},
                                 {QStringLiteral("value"), QStringLiteral("string")}},
                                {QStringLiteral("user_id"), QStringLiteral("key")}))
        return *bad;
    const qint64 id = qint64(body.value(QLatin1String("user_id")).toDouble());
    User* u = userById(id);
    if (!u)
        return error(404, QStringLiteral("User not found: %1").arg(id));
    const QString key = body.value(QLatin1String("key")).toString();
    const bool anyValue = !body.contains(QLatin1String("value"));
    const QString value = body.value(QLatin1String("value")).toString();
    u->meta.removeIf([&](const User::Meta& m) { return m.key == key && (anyValue || m.value == value); });
    SandboxReply reply;
    reply.status = 204;
    return reply;
}
