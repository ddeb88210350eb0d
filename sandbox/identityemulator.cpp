#include "identityemulator.h"

#include "emulatorsupport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace {

using namespace EmulatorSupport;

const char* const kFirst[] = {"Aroha", "Liam", "Mere", "Chloé",  "Tāne",
                              "Priya", "Sean", "Zoë",  "Wiremu", "Ana"};
const char* const kLast[] = {"Ngata", "O'Connor", "Smith", "Müller", "Te Whata", "Patel", "Nguyen", "Brown"};
const char* const kTowns[] = {"Wellington", "Auckland", "Christchurch", "Dunedin"};

} // namespace

IdentityEmulator::IdentityEmulator(int members, quint32 seed, QString apiToken) : m_token(std::move(apiToken))
{
    m_consents = {QStringLiteral("privacy_policy_20180525"), QStringLiteral("email_opt_in_consent_20180525"),
                  QStringLiteral("sms_opt_in_consent_20180525")};
    QRandomGenerator rng(seed);
    for (int i = 1; i <= members; ++i) {
        Member m;
        m.id = m_nextId++;
        m.guid = hex(QStringLiteral("guid-%1").arg(i), 16);
        const QString first = QString::fromUtf8(kFirst[rng.bounded(int(std::size(kFirst)))]);
        const QString last = QString::fromUtf8(kLast[rng.bounded(int(std::size(kLast)))]);
        const QString email = i == 1 ? QStringLiteral("joe@bloggs.example")
                                     : ascii(first) + QLatin1Char('.') + ascii(last) + QString::number(i) +
                                           QStringLiteral("@identity.example");
        const int donations = i % 4 == 0 ? int(rng.bounded(6)) + 1 : 0;
        m.fields = {
            {QStringLiteral("guid"), m.guid},
            {QStringLiteral("first_name"), i == 1 ? QStringLiteral("Joe") : first},
            {QStringLiteral("middle_names"), QString()},
            {QStringLiteral("last_name"), i == 1 ? QStringLiteral("Bloggs") : last},
            {QStringLiteral("email"), email},
            {QStringLiteral("phone_number"), QStringLiteral("+6421%1").arg(100000 + i)},
            {QStringLiteral("address"),
             QJsonObject{{QStringLiteral("line1"), QStringLiteral("%1 Cuba Street").arg(i % 300 + 1)},
                         {QStringLiteral("line2"), QString()},
                         {QStringLiteral("town"), QString::fromUtf8(kTowns[i % std::size(kTowns)])},
                         {QStringLiteral("postcode"), QStringLiteral("%1").arg(6011 + i % 40)},
                         {QStringLiteral("country"), QStringLiteral("NZ")}}},
            {QStringLiteral("donations"),
             QJsonObject{
                 {QStringLiteral("has_donated"), donations > 0},
                 {QStringLiteral("donation_count"), donations},
                 {QStringLiteral("last_donated"),
                  donations > 0 ? QJsonValue(QStringLiteral("2024-0%1-15").arg(donations)) : QJsonValue()},
                 {QStringLiteral("highest_donation"), donations * 25},
                 {QStringLiteral("average_donation"), donations > 0 ? 20.5 : 0}}},
            {QStringLiteral("donation_preference"), QJsonValue()},
            {QStringLiteral("regular_donation"),
             QJsonObject{{QStringLiteral("current_amount"), 0},
                         {QStringLiteral("amount_last_changed_at"), QJsonValue()}}},
            {QStringLiteral("segments"),
             i % 3 == 0 ? QJsonArray{QStringLiteral("climate"), QStringLiteral("volunteers")} : QJsonArray{}},
            {QStringLiteral("entry_point"), QStringLiteral("petition")},
            {QStringLiteral("created_at"), QDateTime(QDate(2020, 9, 21), QTime(19, 33, 55), Qt::UTC)
                                               .addDays(i)
                                               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))},
            {QStringLiteral("optout_at"), QJsonValue()},
            {QStringLiteral("optout_reason"), QJsonValue()},
        };
        m.consents = {
            QJsonObject{{QStringLiteral("public_id"), QStringLiteral("privacy_policy_20180525")},
                        {QStringLiteral("consent_level"), QStringLiteral("implicit")},
                        {QStringLiteral("consent_created_at"), QStringLiteral("2020-09-21 19:33:55 +0000")}}};
        if (i % 2 == 0)
            m.consents.append(QJsonObject{
                {QStringLiteral("public_id"), QStringLiteral("email_opt_in_consent_20180525")},
                {QStringLiteral("consent_level"), QStringLiteral("explicit_opt_in")},
                {QStringLiteral("consent_created_at"), QStringLiteral("2021-03-02 10:00:00 +0000")}});
        m_members.append(m);
    }
}

SandboxReply IdentityEmulator::handle(const SandboxRequest& r)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    if (r.method != "POST")
        return json(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("Not found")}});
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return json(400, QJsonObject{{QStringLiteral("error"), QStringLiteral("Invalid JSON")}});
    const QJsonObject body = doc.object();
    if (body.value(QLatin1String("api_token")).toString() != m_token)
        return json(403, QJsonObject{{QStringLiteral("error"), QStringLiteral("Unauthorised")}});
    if (r.path == QLatin1String("/api/member/details"))
        return details(body);
    if (r.path == QLatin1String("/api/member_actions/create"))
        return createAction(body);
    return json(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("Not found")}});
}

IdentityEmulator::Member* IdentityEmulator::find(const QJsonObject& key)
{
    const QString guid = key.value(QLatin1String("guid")).toString();
    const QString email = key.value(QLatin1String("email")).toString().trimmed().toLower();
    const qint64 id = key.value(QLatin1String("id")).toVariant().toLongLong();
    for (Member& m : m_members) {
        if (!guid.isEmpty() && m.guid == guid)
            return &m;
        if (!email.isEmpty() && m.fields.value(QLatin1String("email")).toString().toLower() == email)
            return &m;
        if (id > 0 && m.id == id)
            return &m;
    }
    return nullptr;
}

QJsonObject IdentityEmulator::memberJson(const Member& m, const QJsonObject& flags) const
{
    QJsonObject o = m.fields;
    if (flags.value(QLatin1String("load_current_consents")).toBool())
        o.insert(QStringLiteral("consents"), m.consents);
    if (flags.value(QLatin1String("load_employment")).toBool())
        o.insert(QStringLiteral("employment"),
                 QJsonObject{{QStringLiteral("status"), QStringLiteral("employed")},
                             {QStringLiteral("current_workplace"), QStringLiteral("City Library")},
                             {QStringLiteral("industries"), QJsonArray{QStringLiteral("Education")}},
                             {QStringLiteral("professions"), QJsonArray{QStringLiteral("Librarian")}}});
    if (flags.value(QLatin1String("load_actions")).toBool())
        o.insert(QStringLiteral("actions"), m.actions);
    return o;
}

SandboxReply IdentityEmulator::details(const QJsonObject& body)
{
    const Member* m = find(body);
    // No such member: HTTP 200 with an empty object.
    return json(200, m ? memberJson(*m, body) : QJsonObject());
}

SandboxReply IdentityEmulator::createAction(const QJsonObject& body)
{
    const QJsonObject cons = body.value(QLatin1String("cons_hash")).toObject();
    if (cons.isEmpty())
        return json(400, QJsonObject{{QStringLiteral("error"), QStringLiteral("cons_hash is required")}});
    for (const QJsonValue& c : body.value(QLatin1String("consents")).toArray())
        if (!m_consents.contains(c.toObject().value(QLatin1String("public_id")).toString()))
            return json(400,
                        QJsonObject{{QStringLiteral("error"),
                                     QStringLiteral("Consent not found: %1")
                                         .arg(c.toObject().value(QLatin1String("public_id")).toString())}});
    // Upsert the member from cons_hash: by guid, member id, then first e-mail.
    QJsonObject key{{QStringLiteral("guid"), cons.value(QLatin1String("guid"))},
                    {QStringLiteral("id"), cons.value(QLatin1String("member_id"))}};
    const QString email = cons.value(QLatin1String("emails"))
                              .toArray()
                              .first()
                              .toObject()
                              .value(QLatin1String("email"))
                              .toString();
    key.insert(QStringLiteral("email"), email);
    Member* m = find(key);
    if (!m) {
        if (email.isEmpty())
            return json(400,
                        {{QStringLiteral("error"), QStringLiteral("cons_hash needs an email or a guid")}});
        Member created;
        created.id = m_nextId++;
        created.guid = hex(QStringLiteral("guid-new-%1").arg(created.id), 16);
        created.fields = {{QStringLiteral("guid"), created.guid},
                          {QStringLiteral("email"), email},
                          {QStringLiteral("segments"), QJsonArray{}}};
        m_members.append(created);
        m = &m_members.last();
    }
    if (cons.contains(QLatin1String("firstname")))
        m->fields.insert(QStringLiteral("first_name"), cons.value(QLatin1String("firstname")));
    if (cons.contains(QLatin1String("lastname")))
        m->fields.insert(QStringLiteral("last_name"), cons.value(QLatin1String("lastname")));
    if (const QJsonArray phones = cons.value(QLatin1String("phones")).toArray(); !phones.isEmpty())
        m->fields.insert(QStringLiteral("phone_number"),
                         phones.first().toObject().value(QLatin1String("phone")));
    if (const QJsonArray addresses = cons.value(QLatin1String("addresses")).toArray(); !addresses.isEmpty())
        m->fields.insert(QStringLiteral("address"), addresses.first());
    const QString now = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss +0000"));
    for (const QJsonValue& c : body.value(QLatin1String("consents")).toArray()) {
        const QString publicId = c.toObject().value(QLatin1String("public_id")).toString();
        QJsonArray kept;
        for (const QJsonValue& old : std::as_const(m->consents))
            if (old.toObject().value(QLatin1String("public_id")).toString() != publicId)
                kept.append(old);
        if (c.toObject().value(QLatin1String("consent_level")).toString() != QLatin1String("no_change"))
            kept.append(QJsonObject{
                {QStringLiteral("public_id"), publicId},
                {QStringLiteral("consent_level"), c.toObject().value(QLatin1String("consent_level"))},
                {QStringLiteral("consent_created_at"), now}});
        m->consents = kept;
    }
    // The action is found by technical type, external id and language: recording it twice is one action.
    QJsonObject action{
        {QStringLiteral("action_type"), body.value(QLatin1String("action_type"))},
        {QStringLiteral("action_technical_type"), body.value(QLatin1String("action_technical_type"))},
        {QStringLiteral("external_id"), body.value(QLatin1String("external_id"))},
        {QStringLiteral("action_name"), body.value(QLatin1String("action_name"))},
        {QStringLiteral("language"), body.value(QLatin1String("language"))},
        {QStringLiteral("source"), body.value(QLatin1String("source"))},
        {QStringLiteral("metadata"), body.value(QLatin1String("metadata"))},
        {QStringLiteral("created_at"), body.value(QLatin1String("create_dt"))}};
    bool known = false;
    for (const QJsonValue& a : std::as_const(m->actions)) {
        const QJsonObject o = a.toObject();
        known =
            known || (o.value(QLatin1String("action_technical_type")) ==
                          action.value(QLatin1String("action_technical_type")) &&
                      o.value(QLatin1String("external_id")) == action.value(QLatin1String("external_id")) &&
                      o.value(QLatin1String("language")) == action.value(QLatin1String("language")));
    }
    if (!known)
        m->actions.append(action);
    return json(200, QJsonObject());
}
