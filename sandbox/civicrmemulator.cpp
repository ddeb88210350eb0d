#include "civicrmemulator.h"

#include "civicrmwire.h"

#include <QDate>
#include <QJsonDocument>
#include <algorithm>

namespace {

using namespace civiwire;

const QString kDocUrl =
    QStringLiteral("http://wiki.civicrm.org/confluence/display/CRMDOC/Managing+Scheduled+Jobs");

QByteArray toXml(const QJsonObject& o)
{
    QByteArray out =
        "<?xml version=\"1.0\"?>\n<ResultSet xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n";
    out += "<Result>";
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!it.value().isObject() && !it.value().isArray())
            out += '<' + it.key().toUtf8() + '>' + str(it.value()).toHtmlEscaped().toUtf8() + "</" +
                   it.key().toUtf8() + '>';
    out += "</Result>\n</ResultSet>\n";
    return out;
}

} // namespace

CiviCrmEmulator::CiviCrmEmulator(int members, quint32 seed, QString siteKey, QString apiKey)
    : m_data(CiviData::generate(members, seed)), m_siteKey(std::move(siteKey)), m_apiKey(std::move(apiKey))
{
}

void CiviCrmEmulator::enableOAuth2(const QString& clientId, const QString& clientSecret,
                                   const QString& signedInSub, int tokenLifetimeSeconds)
{
    m_oauth = std::make_unique<SandboxOAuth2Server>(
        clientId, clientSecret, signedInSub, tokenLifetimeSeconds, [this](const QString& sub) {
            SandboxOAuth2Server::Person p;
            for (const CiviData::Contact& c : std::as_const(m_data.contacts))
                if (c.userId && QString::number(c.userId) == sub) {
                    p = {sub, c.email(), CiviData::displayName(c), c.userName};
                    break;
                }
            return p;
        });
}

SandboxReply CiviCrmEmulator::handle(const SandboxRequest& request)
{
    m_work = {};
    SandboxReply reply = answer(request);
    reply.calls = std::max(1, m_work.calls);
    reply.rows = m_work.rows;
    return reply;
}

SandboxReply CiviCrmEmulator::answer(const SandboxRequest& request)
{
    SandboxReply reply;
    if (m_oauth && SandboxOAuth2Server::handles(request.path))
        return m_oauth->handle(request);
    if (request.path != QLatin1String("/sites/all/modules/civicrm/extern/rest.php") &&
        request.path != QLatin1String("/civicrm/ajax/rest")) {
        reply.contentType = "text/html; charset=utf-8";
        const bool root = request.path == QLatin1String("/") || request.path.isEmpty();
        reply.status = root ? 200 : 404;
        reply.body =
            root ? QByteArray("<!DOCTYPE html>\n<html><head><title>Welcome | Example site</title></head>"
                              "<body><h1>Welcome to Example site</h1></body></html>\n")
                 : QByteArray("<!DOCTYPE html>\n<html><head><title>Page not found | Example site</title>"
                              "</head><body><h1>Page not found</h1></body></html>\n");
        return reply;
    }
    const QMap<QString, QString> form = request.formFields();
    const QString json = form.value(QStringLiteral("json"));
    const bool wantsJson = !json.isEmpty();
    auto answer = [&](const QJsonObject& o) {
        if (wantsJson) {
            reply.contentType = "application/json";
            reply.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        } else {
            reply.contentType = "text/xml";
            reply.body = toXml(o);
        }
        return reply;
    };

    if (!form.contains(QStringLiteral("key")))
        return answer(
            error(QStringLiteral("FATAL: mandatory param 'key' missing. More info at: ") + kDocUrl));
    if (form.value(QStringLiteral("key")) != m_siteKey)
        return answer(error(QStringLiteral("FATAL: 'key' is incorrect. More info at: ") + kDocUrl));
    // AuthX reads X-Civi-Auth on civicrm/ajax/rest; extern/rest.php knows API keys only.
    const QByteArray civiAuth = request.path == QLatin1String("/civicrm/ajax/rest")
                                    ? request.headers.value("x-civi-auth")
                                    : QByteArray();
    if (m_oauth && civiAuth.startsWith("Bearer ")) {
        if (m_oauth->subForAccessToken(civiAuth.mid(7).trimmed()).isEmpty()) {
            reply.status = 401;
            reply.contentType = "text/plain; charset=utf-8";
            reply.body = "HTTP 401 Invalid credential";
            return reply;
        }
    } else if (form.value(QStringLiteral("api_key")).isEmpty()) {
        return answer(error(QStringLiteral("FATAL: mandatory param 'api_key' (user key) missing")));
    } else if (form.value(QStringLiteral("api_key")) != m_apiKey) {
        return answer(error(QStringLiteral("User API key invalid")));
    }

    QJsonObject params;
    if (json.startsWith(QLatin1Char('{'))) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            reply.contentType = "application/json";
            reply.body = R"({"is_error":1,"0":"error_message","1":"Unable to decode supplied JSON."})";
            return reply;
        }
        params = doc.object();
    }
    static const QStringList reserved{QStringLiteral("q"),      QStringLiteral("json"),
                                      QStringLiteral("key"),    QStringLiteral("api_key"),
                                      QStringLiteral("entity"), QStringLiteral("action")};
    for (auto it = form.cbegin(); it != form.cend(); ++it)
        if (!reserved.contains(it.key()))
            params.insert(it.key(), it.value());
    if (str(params.value(QLatin1String("version"))) == QLatin1String("2"))
        return answer(
            {{QStringLiteral("is_error"), 1},
             {QStringLiteral("error_message"), QStringLiteral("FATAL: API v2 not accessible from ajax/REST")},
             {QStringLiteral("deprecated"), QStringLiteral("Please upgrade to API v3")}});

    const QString entity = form.value(QStringLiteral("entity"));
    const QString action = form.value(QStringLiteral("action")).toLower();
    if (wantsJson && entity.compare(QLatin1String("contact"), Qt::CaseInsensitive) == 0 &&
        action == QLatin1String("get") &&
        str(params.value(QLatin1String("sequential"))) == QLatin1String("1")) {
        reply.contentType = "application/json";
        reply.body = contactGet(params);
        return reply;
    }
    return answer(dispatch(entity, action, params, request.method == "GET"));
}

QJsonObject CiviCrmEmulator::dispatch(const QString& entityIn, const QString& action,
                                      const QJsonObject& params, bool isGet)
{
    ++m_work.calls;
    if (isGet && !action.startsWith(QLatin1String("get"))) {
        QJsonObject e = error(
            QStringLiteral("SECURITY: All requests that modify the database must be http POST, not GET."));
        e.insert(QStringLiteral("IP"), QStringLiteral("127.0.0.1"));
        e.insert(QStringLiteral("level"), QStringLiteral("security"));
        e.insert(QStringLiteral("referer"), QString());
        e.insert(QStringLiteral("reason"), QStringLiteral("Destructive HTTP GET"));
        return e;
    }
    const QString entity = entityIn.toLower();
    if (!action.startsWith(QLatin1String("get"))) {
        m_recordTexts.clear(); // a write may change any record
        m_recordBytes = 0;
    }
    if (action == QLatin1String("get") &&
        (CiviContactParts::handles(entity) ||
         QStringList{QStringLiteral("contact"), QStringLiteral("user"), QStringLiteral("ufmatch"),
                     QStringLiteral("group"), QStringLiteral("groupcontact")}
             .contains(entity)))
        return get(entity, params);
    if (CiviContactParts::handles(entity) || action == QLatin1String("getoptions"))
        if (auto answer = m_parts.write(entity, action, params))
            return *answer;
    if (entity == QLatin1String("contact") && action == QLatin1String("delete"))
        return contactDelete(params);
    if (entity == QLatin1String("contact") && action == QLatin1String("getcount")) {
        const CiviData::Group* group = nullptr;
        return {{QStringLiteral("is_error"), 0},
                {QStringLiteral("result"), int(contacts(params, -1, &group).size())}};
    }
    if (entity == QLatin1String("contact") && action == QLatin1String("create"))
        return contactCreate(params);
    if (entity == QLatin1String("groupcontact") && action == QLatin1String("create"))
        return groupContactCreate(params);
    if (entity == QLatin1String("groupcontact") && action == QLatin1String("delete"))
        return groupContactDelete(params);
    return error(QStringLiteral("API (%1, %2) does not exist (join the API team and implement it!)")
                     .arg(entityIn, action));
}

QJsonObject CiviCrmEmulator::contactRecord(const CiviData::Contact& c) const
{
    // Contact.get's default record: the contact's columns, then its primary address, phone and e-mail.
    const CiviData::Address* address = nullptr;
    for (const auto& a : c.addresses)
        if (a.primary)
            address = &a;
    const CiviData::Phone* phone = nullptr;
    for (const auto& p : c.phones)
        if (p.primary)
            phone = &p;
    const CiviData::Email* email = nullptr;
    for (const auto& e : c.emails)
        if (e.primary)
            email = &e;
    auto flag = [](bool b) { return b ? QStringLiteral("1") : QStringLiteral("0"); };
    return {
        {QStringLiteral("contact_id"), QString::number(c.id)},
        {QStringLiteral("contact_type"), QStringLiteral("Individual")},
        {QStringLiteral("contact_sub_type"), QString()},
        {QStringLiteral("sort_name"), QString(c.lastName + QStringLiteral(", ") + c.firstName)},
        {QStringLiteral("display_name"), CiviData::displayName(c)},
        {QStringLiteral("do_not_email"), flag(c.doNotEmail)},
        {QStringLiteral("do_not_phone"), flag(c.doNotPhone)},
        {QStringLiteral("do_not_mail"), flag(c.doNotMail)},
        {QStringLiteral("do_not_sms"), flag(c.doNotSms)},
        {QStringLiteral("do_not_trade"), QStringLiteral("0")},
        {QStringLiteral("is_opt_out"), flag(c.optOut)},
        {QStringLiteral("nick_name"), c.nickName},
        {QStringLiteral("first_name"), c.firstName},
        {QStringLiteral("middle_name"), c.middleName},
        {QStringLiteral("last_name"), c.lastName},
        {QStringLiteral("job_title"), c.jobTitle},
        {QStringLiteral("gender_id"), c.genderId},
        {QStringLiteral("gender"), CiviContactParts::genderLabel(c.genderId)},
        {QStringLiteral("birth_date"), c.birthDate},
        {QStringLiteral("is_deceased"), QStringLiteral("0")},
        {QStringLiteral("created_date"), c.created},
        {QStringLiteral("modified_date"), c.modified},
        {QStringLiteral("contact_is_deleted"), flag(c.deleted)},
        {QStringLiteral("address_id"), address ? QString::number(address->id) : QString()},
        {QStringLiteral("street_address"), address ? address->street : QString()},
        {QStringLiteral("supplemental_address_1"), address ? address->supplemental : QString()},
        {QStringLiteral("city"), address ? address->city : QString()},
        {QStringLiteral("postal_code"), address ? address->postalCode : QString()},
        {QStringLiteral("state_province_id"), address ? address->stateProvinceId : QString()},
        {QStringLiteral("state_province_name"),
         address ? CiviContactParts::provinceName(address->stateProvinceId) : QString()},
        {QStringLiteral("country_id"), address ? address->countryId : QString()},
        {QStringLiteral("country"), address ? CiviContactParts::countryName(address->countryId) : QString()},
        {QStringLiteral("phone_id"), phone ? QString::number(phone->id) : QString()},
        {QStringLiteral("phone_type_id"), phone ? QString::number(phone->phoneType) : QString()},
        {QStringLiteral("phone"), phone ? phone->phone : QString()},
        {QStringLiteral("email_id"), email ? QString::number(email->id) : QString()},
        {QStringLiteral("email"), email ? email->email : QString()},
        {QStringLiteral("on_hold"), email && email->onHold ? 1 : 0},
        {QStringLiteral("id"), QString::number(c.id)},
    };
}

QList<const CiviData::Contact*> CiviCrmEmulator::contacts(const QJsonObject& params, qsizetype enough,
                                                          const CiviData::Group** groupOut) const
{
    QList<const CiviData::Contact*> out;
    auto has = [&](const char* k) { return params.contains(QLatin1String(k)); };
    auto val = [&](const char* k) { return params.value(QLatin1String(k)); };
    // contact_is_deleted defaults to 0; showAll "all" lifts it, "trash" asks for the trash only.
    const QString showAll = str(val("showAll")).toLower();
    const bool everyone = showAll == QLatin1String("all");
    const bool withDeleted =
        !everyone && (has("is_deleted") || has("contact_is_deleted") || showAll == QLatin1String("trash"));
    const bool wantDeleted = withDeleted && (str(val("is_deleted")) == QLatin1String("1") ||
                                             str(val("contact_is_deleted")) == QLatin1String("1") ||
                                             showAll == QLatin1String("trash"));
    const CiviData::Group* group = nullptr;
    if (has("group")) {
        const QString g = str(val("group"));
        for (const auto& candidate : m_data.groups)
            if (QString::number(candidate.id) == g || candidate.name == g)
                group = &candidate;
        if (!group)
            return out;
    }
    *groupOut = group;
    const QJsonValue idFilter = has("id") ? val("id") : val("contact_id");
    // Where the id index starts (and ends) the scan, as MySQL's primary key does.
    qint64 from = 1;
    qint64 to = m_data.contacts.size();
    const QJsonObject idOps = idFilter.toObject();
    if (idOps.contains(QLatin1String(">")))
        from = num(idOps.value(QLatin1String(">"))) + 1;
    else if (idOps.contains(QLatin1String(">=")))
        from = num(idOps.value(QLatin1String(">=")));
    else if (const QJsonArray range = idOps.value(QLatin1String("BETWEEN")).toArray(); range.size() == 2) {
        from = num(range.at(0));
        to = std::min(to, num(range.at(1)));
    } else if (!idFilter.isUndefined() && !idFilter.isObject())
        from = num(idFilter);
    // modified_date compares as text ("YYYY-MM-DD HH:MM:SS" sorts as time does): >, >=, <, <=.
    const QJsonObject modified = val("modified_date").toObject();
    const auto modifiedMatches = [&modified](const QString& stamp) {
        for (auto it = modified.begin(); it != modified.end(); ++it) {
            const QString v = str(it.value());
            const QString op = it.key();
            if ((op == QLatin1String(">") && !(stamp > v)) || (op == QLatin1String(">=") && !(stamp >= v)) ||
                (op == QLatin1String("<") && !(stamp < v)) || (op == QLatin1String("<=") && !(stamp <= v)))
                return false;
        }
        return true;
    };
    const QString email = has("email") ? str(val("email")) : QString();
    // id IN a list: the primary key looks each one up.
    QList<qint64> listed;
    const bool byList = idOps.contains(QLatin1String("IN"));
    if (byList) {
        for (const QJsonValue& v : idOps.value(QLatin1String("IN")).toArray())
            if (const qint64 n = num(v); n >= 1 && n <= qint64(m_data.contacts.size()))
                listed.append(n);
        std::sort(listed.begin(), listed.end());
        listed.erase(std::unique(listed.begin(), listed.end()), listed.end());
    }
    qsizetype next = 0;
    for (qint64 id = byList ? (listed.isEmpty() ? to + 1 : listed.first()) : std::max<qint64>(from, 1);
         id <= to; id = byList ? (++next < listed.size() ? listed.at(next) : to + 1) : id + 1) {
        const CiviData::Contact& c = m_data.contacts[id - 1];
        if (c.purged)
            continue;
        if (!idFilter.isUndefined() && !matches(c.id, idFilter)) {
            if (!idFilter.isObject())
                break;
            continue;
        }
        if (!everyone && (withDeleted ? c.deleted != wantDeleted : c.deleted))
            continue;
        if (has("email") && c.email().compare(email, Qt::CaseInsensitive) != 0)
            continue;
        if (group && !m_data.inGroup(*group, c))
            continue;
        if (!modified.isEmpty() && !modifiedMatches(c.modified))
            continue;
        out.append(&c);
        if (enough > 0 && out.size() >= enough)
            break;
    }
    return out;
}

QByteArray CiviCrmEmulator::contactGet(const QJsonObject& params)
{
    const QJsonObject options = params.value(QLatin1String("options")).toObject();
    const int limit =
        options.contains(QLatin1String("limit")) ? int(num(options.value(QLatin1String("limit")))) : 25;
    const qint64 offset = num(options.value(QLatin1String("offset")));
    const QString sort = str(options.value(QLatin1String("sort"))).toLower();
    const bool descending = sort.endsWith(QLatin1String("desc"));
    const bool byModified = sort.startsWith(QLatin1String("modified_date"));
    const CiviData::Group* group = nullptr;
    QList<const CiviData::Contact*> all =
        contacts(params, descending || byModified || limit <= 0 ? -1 : offset + limit, &group);
    if (byModified)
        std::stable_sort(all.begin(), all.end(), [descending](const auto* a, const auto* b) {
            return descending ? a->modified > b->modified : a->modified < b->modified;
        });
    else if (descending)
        std::reverse(all.begin(), all.end());
    const QList<const CiviData::Contact*> page = all.mid(offset, limit > 0 ? limit : -1);

    // A record's text depends on the contact and on everything asked for except paging and filters.
    QJsonObject shape = params;
    for (const char* k : {"options", "id", "contact_id", "sequential"})
        shape.remove(QLatin1String(k));
    // A million contacts would keep about a gigabyte: start over past a bound instead.
    if (m_recordBytes > kMaxRecordBytes) {
        m_recordTexts.clear();
        m_recordBytes = 0;
    }
    QHash<qint64, RecordText>& texts = m_recordTexts[QJsonDocument(shape).toJson(QJsonDocument::Compact)];
    ++m_work.calls;
    m_work.rows += page.size();

    // The bytes QJsonDocument writes for envelope(page, true): keys in order, compact.
    QByteArray body = "{\"count\":" + QByteArray::number(page.size());
    if (page.size() == 1)
        body += ",\"id\":" + QByteArray::number(page.first()->id);
    body += ",\"is_error\":0,\"values\":[";
    for (qsizetype i = 0; i < page.size(); ++i) {
        const CiviData::Contact& c = *page[i];
        auto text = texts.find(c.id);
        if (text == texts.end()) {
            const Work before = m_work;
            QJsonObject r = contactRecord(c);
            if (group)
                r.insert(QStringLiteral("groups"), QString(QLatin1Char(',') + QString::number(group->id)));
            r = withChains(narrowed(r, params), params);
            text = texts.insert(c.id, {QJsonDocument(r).toJson(QJsonDocument::Compact),
                                       m_work.calls - before.calls, m_work.rows - before.rows});
            m_recordBytes += text->json.size();
            m_work = before; // counted below, as for a record made before
        }
        // A real CiviCRM runs the chained calls again for every request.
        m_work.calls += text->calls;
        m_work.rows += text->rows;
        if (i)
            body += ',';
        body += text->json;
    }
    body += "],\"version\":3}";
    return body;
}

QList<QJsonObject> CiviCrmEmulator::rows(const QString& entity, const QJsonObject& params, qsizetype enough)
{
    QList<QJsonObject> out;
    auto has = [&](const char* k) { return params.contains(QLatin1String(k)); };
    auto val = [&](const char* k) { return params.value(QLatin1String(k)); };

    if (CiviContactParts::handles(entity)) {
        out = m_parts.rows(entity, params);
    } else if (entity == QLatin1String("contact")) {
        const CiviData::Group* group = nullptr;
        const QList<const CiviData::Contact*> matched = contacts(params, enough, &group);
        for (const CiviData::Contact* c : matched) {
            QJsonObject r = contactRecord(*c);
            if (group)
                r.insert(QStringLiteral("groups"), QString(QLatin1Char(',') + QString::number(group->id)));
            out.append(r);
        }
    } else if (entity == QLatin1String("user") || entity == QLatin1String("ufmatch")) {
        const bool user = entity == QLatin1String("user");
        QList<const CiviData::Contact*> candidates;
        const QJsonObject filter = val("contact_id").toObject();
        if (has("contact_id") && !val("contact_id").isObject()) {
            if (const auto* one = m_data.contact(num(val("contact_id"))))
                candidates.append(one);
        } else if (filter.size() == 1 && filter.contains(QLatin1String("IN"))) {
            // By id, as the index on civicrm_uf_match.contact_id finds them.
            for (const QJsonValue& v : filter.value(QLatin1String("IN")).toArray())
                if (const auto* c = m_data.contact(num(v)))
                    candidates.append(c);
            std::sort(candidates.begin(), candidates.end(),
                      [](const CiviData::Contact* a, const CiviData::Contact* b) { return a->id < b->id; });
            candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        } else {
            for (const auto& c : std::as_const(m_data.contacts))
                candidates.append(&c);
        }
        for (const CiviData::Contact* cp : std::as_const(candidates)) {
            const CiviData::Contact& c = *cp;
            if (!c.userId)
                continue;
            if (has("contact_id") && !matches(c.id, val("contact_id")))
                continue;
            if (user && has("id") && !matches(c.userId, val("id")))
                continue;
            if (!user && has("uf_id") && !matches(c.userId, val("uf_id")))
                continue;
            if (user)
                out.append({{QStringLiteral("id"), QString::number(c.userId)},
                            {QStringLiteral("name"), c.userName},
                            {QStringLiteral("email"), c.email()},
                            {QStringLiteral("contact_id"), QString::number(c.id)}});
            else
                out.append({{QStringLiteral("id"), QString::number(c.id)},
                            {QStringLiteral("domain_id"), QStringLiteral("1")},
                            {QStringLiteral("uf_id"), QString::number(c.userId)},
                            {QStringLiteral("uf_name"), c.email()},
                            {QStringLiteral("contact_id"), QString::number(c.id)}});
        }
    } else if (entity == QLatin1String("group")) {
        for (const auto& g : std::as_const(m_data.groups)) {
            if (has("id") && !matches(g.id, val("id")))
                continue;
            if (has("name") && g.name != str(val("name")))
                continue;
            QJsonObject r{{QStringLiteral("id"), QString::number(g.id)},
                          {QStringLiteral("name"), g.name},
                          {QStringLiteral("title"), g.title},
                          {QStringLiteral("description"), g.description},
                          {QStringLiteral("is_active"), QStringLiteral("1")},
                          {QStringLiteral("visibility"), g.visibility},
                          {QStringLiteral("group_type"), QJsonArray::fromStringList(g.groupType)},
                          {QStringLiteral("is_hidden"), 0},
                          {QStringLiteral("is_reserved"), 0}};
            if (g.savedSearchId)
                r.insert(QStringLiteral("saved_search_id"), QString::number(g.savedSearchId));
            out.append(r);
        }
    } else if (entity == QLatin1String("groupcontact")) {
        for (const auto& g : std::as_const(m_data.groups)) {
            if (has("group_id") && !matches(g.id, val("group_id")))
                continue;
            const QSet<qint64>& ids = m_data.added[g.id];
            QList<qint64> sorted(ids.begin(), ids.end());
            std::sort(sorted.begin(), sorted.end());
            for (qint64 cid : sorted) {
                if (has("contact_id") && !matches(cid, val("contact_id")))
                    continue;
                out.append({{QStringLiteral("id"), QString::number(g.id * 10000000 + cid)},
                            {QStringLiteral("group_id"), QString::number(g.id)},
                            {QStringLiteral("contact_id"), QString::number(cid)},
                            {QStringLiteral("title"), g.title},
                            {QStringLiteral("visibility"), g.visibility},
                            {QStringLiteral("is_hidden"), 0},
                            {QStringLiteral("in_date"), QStringLiteral("2026-01-05 10:00:00")},
                            {QStringLiteral("in_method"), QStringLiteral("Admin")},
                            {QStringLiteral("status"), QStringLiteral("Added")}});
            }
        }
    }
    return out;
}

QJsonObject CiviCrmEmulator::get(const QString& entity, const QJsonObject& params)
{
    const QJsonObject options = params.value(QLatin1String("options")).toObject();
    int limit = 25;
    if (options.contains(QLatin1String("limit")))
        limit = int(num(options.value(QLatin1String("limit"))));
    const qint64 offset = num(options.value(QLatin1String("offset")));
    const bool descending =
        str(options.value(QLatin1String("sort"))).toLower().endsWith(QLatin1String("desc"));
    QList<QJsonObject> all = rows(entity, params, descending || limit <= 0 ? -1 : offset + limit);
    if (descending)
        std::reverse(all.begin(), all.end());
    QList<QJsonObject> page = all.mid(offset, limit > 0 ? limit : -1);
    m_work.rows += page.size();

    for (QJsonObject& r : page)
        r = withChains(narrowed(r, params), params);
    return envelope(page, str(params.value(QLatin1String("sequential"))) == QLatin1String("1"));
}

QJsonObject CiviCrmEmulator::withChains(QJsonObject record, const QJsonObject& params)
{
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (!it.key().startsWith(QLatin1String("api.")))
            continue;
        const QStringList parts = it.key().split(QLatin1Char('.'));
        if (parts.size() < 3)
            continue;
        QJsonObject sub = it.value().toObject();
        for (auto s = sub.begin(); s != sub.end(); ++s) {
            const QString v = s.value().toString();
            if (v.startsWith(QLatin1String("$value.")))
                s.value() = record.value(v.mid(7));
        }
        sub.insert(QStringLiteral("sequential"), 1);
        record.insert(it.key(), dispatch(parts[1], parts[2].toLower(), sub, false));
    }
    return record;
}

QJsonObject CiviCrmEmulator::contactCreate(const QJsonObject& params)
{
    const qint64 id = num(params.value(QLatin1String("id")));
    auto given = [&](const char* k) { return params.contains(QLatin1String(k)); };
    auto text = [&](const char* k) { return str(params.value(QLatin1String(k))).trimmed(); };
    // Checked before anything is written, as the BAO's validation runs before its save.
    if (given("email") && !text("email").isEmpty() && !text("email").contains(QLatin1Char('@')))
        return error(QStringLiteral("Input parameter email is not a valid email address"));
    if (given("birth_date") && !text("birth_date").isEmpty() &&
        !QDate::fromString(text("birth_date").left(10), Qt::ISODate).isValid())
        return error(QStringLiteral("birth_date is not a valid date: %1").arg(text("birth_date")));
    QString genderId;
    if (given("gender_id") && !text("gender_id").isEmpty()) {
        const QJsonObject genders = m_parts
                                        .write(QStringLiteral("contact"), QStringLiteral("getoptions"),
                                               {{QStringLiteral("field"), QStringLiteral("gender_id")}})
                                        ->value(QLatin1String("values"))
                                        .toObject();
        for (auto it = genders.begin(); it != genders.end(); ++it)
            if (it.key() == text("gender_id") ||
                it.value().toString().compare(text("gender_id"), Qt::CaseInsensitive) == 0)
                genderId = it.key();
        if (genderId.isEmpty())
            return error(
                QStringLiteral("'%1' is not a valid option for field gender_id").arg(text("gender_id")));
    }
    CiviData::Contact* c = nullptr;
    if (id) {
        c = m_data.contact(id);
        if (!c || c->deleted)
            return error(QStringLiteral("Invalid Contact Id"));
    } else {
        if (!given("contact_type"))
            return error(QStringLiteral("Mandatory key(s) missing from params array: contact_type"));
        CiviData::Contact fresh;
        fresh.id = m_data.contacts.size() + 1;
        fresh.created = m_data.nextStamp();
        m_data.contacts.append(fresh);
        c = &m_data.contacts.last();
    }
    auto take = [&](const char* k, QString* into) {
        if (given(k))
            *into = str(params.value(QLatin1String(k)));
    };
    auto takeFlag = [&](const char* k, bool* into) {
        if (given(k))
            *into = text(k) == QLatin1String("1") ||
                    text(k).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    };
    take("first_name", &c->firstName);
    take("middle_name", &c->middleName);
    take("last_name", &c->lastName);
    take("nick_name", &c->nickName);
    take("job_title", &c->jobTitle);
    if (given("birth_date"))
        c->birthDate = text("birth_date").left(10);
    if (given("gender_id"))
        c->genderId = genderId;
    takeFlag("do_not_email", &c->doNotEmail);
    takeFlag("do_not_phone", &c->doNotPhone);
    takeFlag("do_not_mail", &c->doNotMail);
    takeFlag("do_not_sms", &c->doNotSms);
    takeFlag("is_opt_out", &c->optOut);
    if (given("email"))
        CiviData::setPrimaryEmail(*c, text("email"), &m_data.lastEmailId);
    c->modified = m_data.nextStamp();
    QJsonObject r{{QStringLiteral("id"), QString::number(c->id)},
                  {QStringLiteral("contact_type"), QStringLiteral("Individual")},
                  {QStringLiteral("display_name"), CiviData::displayName(*c)},
                  {QStringLiteral("first_name"), c->firstName},
                  {QStringLiteral("last_name"), c->lastName},
                  {QStringLiteral("modified_date"), c->modified},
                  {QStringLiteral("created_date"), c->created}};
    return envelope({r}, str(params.value(QLatin1String("sequential"))) == QLatin1String("1"));
}

QJsonObject CiviCrmEmulator::contactDelete(const QJsonObject& params)
{
    // Without skip_undelete a contact goes to the trash; "restore" brings it back; with it, the contact
    // and everything of theirs go for good (CRM_Contact_BAO_Contact::deleteContact).
    CiviData::Contact* c = m_data.contact(num(params.value(QLatin1String("id"))));
    if (!c)
        return error(QStringLiteral("Could not delete contact"));
    if (str(params.value(QLatin1String("skip_undelete"))) == QLatin1String("1")) {
        const qint64 id = c->id;
        *c = CiviData::Contact();
        c->id = id;
        c->purged = true;
        for (auto& members : m_data.added)
            members.remove(c->id);
        return {{QStringLiteral("is_error"), 0},
                {QStringLiteral("version"), 3},
                {QStringLiteral("count"), 1},
                {QStringLiteral("values"), 1}};
    }
    const bool restore = str(params.value(QLatin1String("restore"))) == QLatin1String("1");
    if (c->deleted == !restore)
        return error(QStringLiteral("Could not delete contact"));
    c->deleted = !restore;
    c->modified = m_data.nextStamp();
    return {{QStringLiteral("is_error"), 0},
            {QStringLiteral("version"), 3},
            {QStringLiteral("count"), 1},
            {QStringLiteral("values"), 1}};
}

QJsonObject CiviCrmEmulator::groupContactCreate(const QJsonObject& params)
{
    const qint64 gid = num(params.value(QLatin1String("group_id")));
    if (!gid)
        return error(QStringLiteral("Mandatory key(s) missing from params array: group_id"));
    if (!m_data.group(gid))
        return error(QStringLiteral("Invalid group_id"));
    QList<qint64> contacts;
    for (auto it = params.begin(); it != params.end(); ++it)
        if (it.key() == QLatin1String("contact_id") || it.key().startsWith(QLatin1String("contact_id.")))
            contacts.append(num(it.value()));
    if (contacts.isEmpty())
        return error(QStringLiteral("Mandatory key(s) missing from params array: contact_id"));
    int added = 0, notAdded = 0;
    for (qint64 cid : contacts) {
        if (!m_data.contact(cid))
            return error(QStringLiteral("Invalid contact_id"));
        if (m_data.added[gid].contains(cid))
            ++notAdded;
        else {
            m_data.added[gid].insert(cid);
            ++added;
        }
    }
    return {{QStringLiteral("is_error"), 0},
            {QStringLiteral("version"), 3},
            {QStringLiteral("count"), 1},
            {QStringLiteral("values"), 1},
            {QStringLiteral("total_count"), int(contacts.size())},
            {QStringLiteral("added"), added},
            {QStringLiteral("not_added"), notAdded}};
}

QJsonObject CiviCrmEmulator::groupContactDelete(const QJsonObject& params)
{
    qint64 gid = num(params.value(QLatin1String("group_id")));
    qint64 cid = num(params.value(QLatin1String("contact_id")));
    if (params.contains(QLatin1String("id"))) {
        const qint64 id = num(params.value(QLatin1String("id")));
        gid = id / 10000000;
        cid = id % 10000000;
    }
    if (!gid || !cid)
        return error(QStringLiteral("Mandatory key(s) missing from params array: id"));
    const bool removed = m_data.added[gid].remove(cid);
    return {{QStringLiteral("is_error"), 0},
            {QStringLiteral("version"), 3},
            {QStringLiteral("count"), 1},
            {QStringLiteral("values"), 1},
            {QStringLiteral("total_count"), 1},
            {QStringLiteral("removed"), removed ? 1 : 0},
            {QStringLiteral("not_removed"), removed ? 0 : 1}};
}
