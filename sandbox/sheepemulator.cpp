#include "sheepemulator.h"

#include "emulatorsupport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace {

using namespace EmulatorSupport;

const char* const kFirst[] = {"James",  "Olivia", "Siobhán", "Rhys",  "Zoë",   "Amélie", "Tomás", "Priya",
                              "Hamish", "Chloé",  "Dafydd",  "Niamh", "Björn", "Ana",    "Ewan",  "Lucía"};
const char* const kLast[] = {"Webster", "O'Brien", "Llewellyn", "Müller",     "Ní Bhriain", "Okafor",
                             "Dubois",  "MacLeod", "Patel",     "Fitzgerald", "Nowak",      "Ó Súilleabháin"};
const char* const kTowns[] = {"Norwich", "Cardiff", "Inverness", "Galway", "York", "Bath"};
const char* const kRegions[] = {"Norfolk",       "South Glamorgan", "Highland",
                                "County Galway", "North Yorkshire", "Somerset"};

SandboxReply error(int status, const QString& message)
{
    return json(status, QJsonObject{{QStringLiteral("error"), message}});
}

SandboxReply ok()
{
    return json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
}

const QStringList kListFields{QStringLiteral("tags"), QStringLiteral("email"), QStringLiteral("telephone"),
                              QStringLiteral("address_lines")};
const QStringList kAccountFields{QStringLiteral("first_name"), QStringLiteral("last_name"),
                                 QStringLiteral("email"), QStringLiteral("external_photo_url"),
                                 QStringLiteral("timezone")};
const QStringList kPersonFields{QStringLiteral("first_name"),
                                QStringLiteral("last_name"),
                                QStringLiteral("address_lines"),
                                QStringLiteral("locality"),
                                QStringLiteral("comms_permission"),
                                QStringLiteral("region"),
                                QStringLiteral("postal_code"),
                                QStringLiteral("country"),
                                QStringLiteral("email"),
                                QStringLiteral("telephone"),
                                QStringLiteral("external_photo_url"),
                                QStringLiteral("timezone"),
                                QStringLiteral("tags")};

/// The person's primary e-mail: the first of the list.
QString primaryEmail(const SheepEmulator::Person& p)
{
    return p.fields.value(QStringLiteral("email")).toArray().first().toString();
}

} // namespace

SheepEmulator::SheepEmulator(int members, quint32 seed, QString flock, QString systemToken)
    : m_flock(std::move(flock)), m_token(std::move(systemToken))
{
    QRandomGenerator rng(seed);
    const QDate base(2024, 1, 1);
    m_people.reserve(members);
    for (int i = 1; i <= members; ++i) {
        Person p;
        const QString first = QString::fromUtf8(kFirst[rng.bounded(int(std::size(kFirst)))]);
        const QString last = QString::fromUtf8(kLast[rng.bounded(int(std::size(kLast)))]);
        // Fixed addresses for the cases tests and demos need: an account holder, and a person without one.
        const QString email = i == 1   ? QStringLiteral("james@sheep.example")
                              : i == 9 ? QStringLiteral("no.account@sheep.example")
                                       : ascii(first) + QLatin1Char('.') + ascii(last) + QString::number(i) +
                                             QStringLiteral("@sheep.example");
        // Every 9th person has no user account; every 11th account waits for activation, every 23rd is
        // blocked.
        if (i % 9 != 0) {
            p.username = hex(QStringLiteral("user-%1").arg(i), 10);
            p.status = i % 23 == 0   ? QStringLiteral("blocked")
                       : i % 11 == 0 ? QStringLiteral("preregistered")
                                     : QStringLiteral("active");
        }
        const int town = rng.bounded(int(std::size(kTowns)));
        p.fields = {
            {QStringLiteral("first_name"), first},
            {QStringLiteral("last_name"), last},
            {QStringLiteral("email"), QJsonArray{email}},
            {QStringLiteral("address_lines"), QJsonArray{QStringLiteral("%1 High Street").arg(i % 200 + 1),
                                                         QStringLiteral("Flat %1").arg(i % 7 + 1)}},
            {QStringLiteral("locality"), QString::fromUtf8(kTowns[town])},
            {QStringLiteral("region"), QString::fromUtf8(kRegions[town])},
            {QStringLiteral("postal_code"), QStringLiteral("NR%1 %2AB").arg(i % 30 + 1).arg(i % 9)},
            {QStringLiteral("country"), QStringLiteral("GB")},
            {QStringLiteral("telephone"), QJsonArray{QStringLiteral("01603 %1").arg(100000 + i)}},
            {QStringLiteral("comms_permission"), i % 2 == 0},
            {QStringLiteral("tags"), i % 3 == 0
                                         ? QJsonArray{QStringLiteral("volunteer"), QStringLiteral("donor")}
                                         : QJsonArray{QStringLiteral("donor")}},
        };
        // Memberships: every account but every 3rd; family ones allow 3 linked members, corporate 5.
        if (!p.username.isEmpty() && i % 3 != 0) {
            Membership m;
            m.muid = hex(QStringLiteral("membership-%1").arg(i), 10);
            m.number = QStringLiteral("M%1").arg(10000 + i);
            const int kind = i % 4;
            m.type = kind == 0   ? QStringLiteral("Corporate")
                     : kind == 1 ? QStringLiteral("Family")
                                 : QStringLiteral("Individual");
            m.planType = QStringLiteral("annual");
            m.maxLinked = kind == 0 ? 5 : kind == 1 ? 3 : 0;
            m.status = i % 13 == 0 ? QStringLiteral("lapsed") : QStringLiteral("active");
            m.startDate = base.addDays(i % 300).toString(Qt::ISODate);
            m.endDate = base.addDays(i % 300).addYears(1).toString(Qt::ISODate);
            m.amount = kind == 0 ? 250.0 : kind == 1 ? 60.0 : 35.5;
            m.currency = QStringLiteral("GBP");
            m.role = QStringLiteral("owner");
            if (m.maxLinked > 0)
                for (int k = 0; k < std::min(2, m.maxLinked - 1); ++k)
                    m.linked.append({hex(QStringLiteral("linked-%1-%2").arg(i).arg(k), 10),
                                     QStringLiteral("family%1.%2@sheep.example").arg(k).arg(i),
                                     QString::fromUtf8(kFirst[(i + k) % std::size(kFirst)]), last});
            p.memberships.append(m);
        }
        m_people.append(p);
    }
}

QString SheepEmulator::newId(const QString& prefix)
{
    return hex(QStringLiteral("%1-new-%2").arg(prefix).arg(m_nextId++), 10);
}

SheepEmulator::Person* SheepEmulator::byEmail(const QString& email)
{
    // Every address of every person, rebuilt after a change: a scan per request would make the emulator,
    // not the console, the cost of a large batch.
    if (m_emailsChanged) {
        m_byEmail.clear();
        for (int i = 0; i < m_people.size(); ++i)
            for (const QJsonValue& e : m_people[i].fields.value(QStringLiteral("email")).toArray())
                if (const QString key = e.toString().toLower(); !m_byEmail.contains(key))
                    m_byEmail.insert(key, i); // the first person with it, as before
        m_emailsChanged = false;
    }
    const auto it = m_byEmail.constFind(email.trimmed().toLower());
    return it == m_byEmail.cend() ? nullptr : &m_people[it.value()];
}

void SheepEmulator::indexNewest(const QString& email)
{
    if (!m_emailsChanged && !m_byEmail.contains(email.toLower()))
        m_byEmail.insert(email.toLower(), int(m_people.size()) - 1);
}

SheepEmulator::Person* SheepEmulator::byUsername(const QString& username)
{
    for (Person& p : m_people)
        if (!p.username.isEmpty() && p.username == username)
            return &p;
    return nullptr;
}

QJsonObject SheepEmulator::personJson(const Person& p) const
{
    QJsonObject o;
    for (auto it = p.fields.cbegin(); it != p.fields.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject SheepEmulator::userJson(const Person& p) const
{
    return {{QStringLiteral("username"), p.username},
            {QStringLiteral("email"), primaryEmail(p)},
            {QStringLiteral("first_name"), p.fields.value(QStringLiteral("first_name"))},
            {QStringLiteral("last_name"), p.fields.value(QStringLiteral("last_name"))},
            {QStringLiteral("status"), p.status},
            {QStringLiteral("session_expiry"), QStringLiteral("2030-01-01T00:00:00.000000")},
            {QStringLiteral("person"), personJson(p)}};
}

QJsonObject SheepEmulator::membershipJson(const Membership& m, bool detail) const
{
    QJsonObject o{
        {QStringLiteral("muid"), m.muid},
        {QStringLiteral("membership_number"), m.number},
        {QStringLiteral("membership_type"), m.type},
        {QStringLiteral("membership_type_for_display"), QString(m.type + QStringLiteral(" membership"))},
        {QStringLiteral("membership_plan_type"), m.planType},
        {QStringLiteral("membership_record_status"), m.status},
        {QStringLiteral("start_date"), m.startDate},
        {QStringLiteral("end_date"), m.endDate},
        {QStringLiteral("user_role"), m.role},
        {QStringLiteral("uri"), QStringLiteral("/%1/membership/%2/").arg(m_flock, m.muid)}};
    if (detail) {
        o.insert(QStringLiteral("amount"), m.amount);
        o.insert(QStringLiteral("currency"), m.currency);
        o.insert(QStringLiteral("gift_aid"), false);
        o.insert(QStringLiteral("max_linked_members"), m.maxLinked);
        o.insert(QStringLiteral("tags"), QJsonArray{QJsonValue::Null});
        QJsonArray linked;
        for (const Linked& l : m.linked)
            linked.append(QStringLiteral("/%1/person/%2/").arg(m_flock, l.luid));
        o.insert(QStringLiteral("linked_members"), linked);
    }
    return o;
}

SandboxReply SheepEmulator::handle(const SandboxRequest& r)
{
    // /api/v1/{flock}/...
    if (r.path == QLatin1String("/_sandbox/mail"))
        return json(200, QJsonObject{{QStringLiteral("mail"), m_mail}});
    QStringList parts = r.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    SandboxReply reply;
    if (parts.size() < 3 || parts[0] != QLatin1String("api") || parts[1] != QLatin1String("v1") ||
        parts[2] != m_flock) {
        reply = error(404, QStringLiteral("not found"));
    } else {
        parts = parts.mid(3);
        reply = route(parts, r);
    }
    reply.headers.append(
        std::pair<QByteArray, QByteArray>("x-sheepcrm-session-expiry", "2030-01-01T00:00:00.000000"));
    return reply;
}

SandboxReply SheepEmulator::route(const QStringList& parts, const SandboxRequest& r)
{
    const QMap<QString, QString> form = r.formFields();
    if (parts.value(0) != QLatin1String("user"))
        return error(404, QStringLiteral("not found"));
    // Public calls first: pre-auth and the password reset e-mail need no token.
    if (parts.size() == 2 && parts[1] == QLatin1String("preauth") && r.method == "POST") {
        Person* p = byEmail(form.value(QStringLiteral("email")));
        if (!p || p->username.isEmpty())
            return error(404, QStringLiteral("not found"));
        const QString next = p->status == QLatin1String("blocked")         ? QStringLiteral("blocked")
                             : p->status == QLatin1String("preregistered") ? QStringLiteral("activation")
                                                                           : QStringLiteral("password");
        return json(200, QJsonObject{{QStringLiteral("next_step"), next},
                                     {QStringLiteral("username"), p->username},
                                     {QStringLiteral("status"), p->status},
                                     {QStringLiteral("email"), primaryEmail(*p)}});
    }
    if (parts.size() == 2 && parts[1] == QLatin1String("reset") && r.method == "POST") {
        Person* p = byEmail(form.value(QStringLiteral("email")));
        if (!p || p->username.isEmpty())
            return error(404, QStringLiteral("not found"));
        m_mail.append(QJsonObject{{QStringLiteral("to"), primaryEmail(*p)},
                                  {QStringLiteral("kind"), QStringLiteral("password reset")}});
        return ok();
    }
    if (parts.size() == 2 && parts[1] == QLatin1String("preregister") && r.method == "POST")
        return preregister(form);
    // Everything else needs the system token; a wrong one is "not found", as SheepCRM answers.
    if (r.headers.value("authorization") != "Bearer " + m_token.toUtf8())
        return error(404, QStringLiteral("not found"));
    if (parts.size() == 1) {
        if (r.method == "GET") {
            Person* p = byEmail(r.query.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded));
            if (!p || p->username.isEmpty())
                return error(404, QStringLiteral("not found"));
            return json(200, userJson(*p));
        }
        if (r.method == "POST") {
            const QString email = form.value(QStringLiteral("email")).trimmed();
            if (!validEmail(email))
                return error(409, QStringLiteral("invalid email"));
            if (Person* p = byEmail(email)) {
                return error(409, p->username.isEmpty()
                                      ? QStringLiteral("existing person found without user account")
                                      : QStringLiteral("existing user account found"));
            }
            Person p;
            p.username = newId(QStringLiteral("user"));
            p.status = QStringLiteral("active");
            p.fields = {{QStringLiteral("first_name"), form.value(QStringLiteral("first_name"))},
                        {QStringLiteral("last_name"), form.value(QStringLiteral("last_name"))},
                        {QStringLiteral("email"), QJsonArray{email}},
                        {QStringLiteral("tags"), QJsonArray{}}};
            m_people.append(p);
            indexNewest(email);
            return json(201, QJsonObject{{QStringLiteral("email"), email},
                                         {QStringLiteral("status"), QStringLiteral("created")},
                                         {QStringLiteral("username"), p.username}});
        }
        return error(405, QStringLiteral("method not allowed"));
    }
    Person* p = byUsername(parts[1]);
    if (!p)
        return error(404, QStringLiteral("not found"));
    if (parts.size() == 2) {
        if (r.method == "PUT")
            return edit(*p, r, true);
        return json(200, userJson(*p));
    }
    if (parts[2] == QLatin1String("person") && parts.size() == 3) {
        if (r.method == "PUT")
            return edit(*p, r, false);
        return json(200, personJson(*p));
    }
    if (parts[2] == QLatin1String("membership")) {
        if (parts.size() == 3) {
            QJsonArray list;
            for (const Membership& m : std::as_const(p->memberships))
                list.append(membershipJson(m, false));
            return json(200, QJsonObject{{QStringLiteral("memberships"), list}});
        }
        auto m = std::find_if(p->memberships.begin(), p->memberships.end(),
                              [&](const Membership& x) { return x.muid == parts[3]; });
        if (m == p->memberships.end())
            return error(404, QStringLiteral("not found"));
        if (parts.size() == 4)
            return json(200, membershipJson(*m, true));
        if (parts[4] == QLatin1String("linked"))
            return linked(*p, *m, parts.mid(5), r);
    }
    return error(404, QStringLiteral("not found"));
}

SandboxReply SheepEmulator::linked(Person&, Membership& m, const QStringList& rest, const SandboxRequest& r)
{
    auto toJson = [this, &m](const Linked& l) {
        return QJsonObject{{QStringLiteral("email"), l.email},
                           {QStringLiteral("first_name"), l.firstName},
                           {QStringLiteral("last_name"), l.lastName},
                           {QStringLiteral("uri"), QStringLiteral("/%1/person/%2/").arg(m_flock, l.luid)},
                           {QStringLiteral("luid"), l.luid}};
    };
    if (rest.isEmpty()) {
        if (r.method == "POST") {
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            const QString email = body.value(QLatin1String("email")).toString().trimmed();
            const QString first = body.value(QLatin1String("first_name")).toString().trimmed();
            const QString last = body.value(QLatin1String("last_name")).toString().trimmed();
            if (email.isEmpty() || first.isEmpty() || last.isEmpty())
                return error(409, QStringLiteral("first_name, last_name and email are required"));
            if (!validEmail(email))
                return error(409, QStringLiteral("invalid email"));
            if (m.linked.size() >= m.maxLinked)
                return error(409, QStringLiteral("maximum number of linked members reached"));
            for (const Linked& l : std::as_const(m.linked))
                if (l.email.compare(email, Qt::CaseInsensitive) == 0)
                    return error(409, QStringLiteral("already a linked member"));
            m.linked.append({newId(QStringLiteral("linked")), email, first, last});
            // SheepCRM creates the person when none has the e-mail (without a user account).
            if (!byEmail(email)) {
                Person linkedPerson;
                linkedPerson.fields = {{QStringLiteral("first_name"), first},
                                       {QStringLiteral("last_name"), last},
                                       {QStringLiteral("email"), QJsonArray{email}},
                                       {QStringLiteral("tags"), QJsonArray{}}};
                m_people.append(linkedPerson);
                indexNewest(email);
            }
            return ok();
        }
        QJsonArray list;
        for (const Linked& l : std::as_const(m.linked))
            list.append(toJson(l));
        return json(200, list);
    }
    auto l =
        std::find_if(m.linked.begin(), m.linked.end(), [&](const Linked& x) { return x.luid == rest[0]; });
    if (l == m.linked.end())
        return error(404, QStringLiteral("not found"));
    if (r.method == "DELETE") {
        m.linked.erase(l);
        return ok();
    }
    return json(200, toJson(*l));
}

SandboxReply SheepEmulator::edit(Person& p, const SandboxRequest& r, bool account)
{
    m_emailsChanged = true;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return error(400, QStringLiteral("payload is not a JSON object"));
    const QStringList editable = account ? kAccountFields : kPersonFields;
    QJsonObject errors, updates;
    const QJsonObject body = doc.object();
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString field = it.key();
        if (!editable.contains(field)) {
            errors.insert(field, QStringLiteral("not an editable field"));
            continue;
        }
        QJsonValue value = it.value();
        if (field == QLatin1String("email")) {
            const QJsonArray emails = value.isArray() ? value.toArray() : QJsonArray{value};
            bool bad = false;
            for (const QJsonValue& e : emails)
                bad = bad || !validEmail(e.toString());
            if (bad) {
                errors.insert(field, QStringLiteral("invalid email address"));
                continue;
            }
        }
        if (kListFields.contains(field)) {
            // A single value appends; a list replaces.
            QJsonArray list = p.fields.value(field).toArray();
            if (value.isArray())
                list = value.toArray();
            else
                list.append(value);
            // An account e-mail edit replaces the primary address.
            if (account && field == QLatin1String("email") && !value.isArray()) {
                list = p.fields.value(field).toArray();
                list.replace(0, value);
            }
            p.fields.insert(field, list);
            updates.insert(field, list);
        } else {
            p.fields.insert(field, value);
            updates.insert(field, value);
        }
    }
    return json(200, QJsonObject{{QStringLiteral("errors"), errors}, {QStringLiteral("updates"), updates}});
}

SandboxReply SheepEmulator::preregister(const QMap<QString, QString>& form)
{
    const QString email = form.value(QStringLiteral("email")).trimmed();
    if (!validEmail(email))
        return error(409, QStringLiteral("invalid email"));
    Person* p = byEmail(email);
    if (p && !p->username.isEmpty())
        return error(409, QStringLiteral("existing user account found"));
    if (!p) {
        Person fresh;
        fresh.fields = {{QStringLiteral("first_name"), QString()},
                        {QStringLiteral("last_name"), QString()},
                        {QStringLiteral("email"), QJsonArray{email}},
                        {QStringLiteral("tags"), QJsonArray{}}};
        m_people.append(fresh);
        indexNewest(email);
        p = &m_people.last();
    }
    p->username = newId(QStringLiteral("user"));
    p->status = QStringLiteral("preregistered");
    // require_activation defaults to true: the person is sent the e-mail that lets them set a password.
    const QString activation = form.value(QStringLiteral("require_activation"), QStringLiteral("true"));
    if (activation.compare(QLatin1String("false"), Qt::CaseInsensitive) != 0 &&
        activation != QLatin1String("0"))
        m_mail.append(QJsonObject{{QStringLiteral("to"), email},
                                  {QStringLiteral("kind"), QStringLiteral("activation")}});
    // The session packet of the new account (its token is the person's, not the flock's).
    QJsonObject packet = userJson(*p);
    packet.insert(QStringLiteral("bearer_token"), QString(p->username + QLatin1Char(':') + hex(email, 10)));
    packet.insert(QStringLiteral("connected_flocks"), QJsonArray{m_flock});
    return json(200, packet);
}
