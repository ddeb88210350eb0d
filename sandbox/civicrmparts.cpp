#include "civicrmparts.h"

#include "civicrmwire.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>

using namespace civiwire;

namespace {

struct Option {
    int id;
    const char* name;
    const char* extra; ///< ISO code, abbreviation
    int parent;        ///< a province's country
};

// CiviCRM's default location types and option values; its civicrm_country ids; provinces of the
// sandbox's cities.
const Option kLocationTypes[] = {{1, "Home", "HOME", 0},
                                 {2, "Work", "WORK", 0},
                                 {3, "Main", "", 0},
                                 {4, "Other", "", 0},
                                 {5, "Billing", "", 0}};
const Option kPhoneTypes[] = {{1, "Phone", "", 0},
                              {2, "Mobile", "", 0},
                              {3, "Fax", "", 0},
                              {4, "Pager", "", 0},
                              {5, "Voicemail", "", 0}};
const Option kGenders[] = {{1, "Female", "", 0}, {2, "Male", "", 0}, {3, "Other", "", 0}};
const Option kCountries[] = {
    {1014, "Austria", "AT", 0},     {1076, "France", "FR", 0},         {1082, "Germany", "DE", 0},
    {1105, "Ireland", "IE", 0},     {1152, "Netherlands", "NL", 0},    {1172, "Poland", "PL", 0},
    {1173, "Portugal", "PT", 0},    {1192, "Slovakia", "SK", 0},       {1204, "Sweden", "SE", 0},
    {1205, "Switzerland", "CH", 0}, {1226, "United Kingdom", "GB", 0}, {1228, "United States", "US", 0}};
const Option kProvinces[] = {{1624, "Wien", "9", 1014},
                             {1625, "Steiermark", "6", 1014},
                             {4851, "Gelderland", "GE", 1152},
                             {4852, "Noord-Holland", "NH", 1152},
                             {2650, "Bratislavský kraj", "BL", 1192},
                             {2651, "Žilinský kraj", "ZI", 1192},
                             {2591, "London, City of", "LND", 1226},
                             {1004, "California", "CA", 1228}};

template <size_t N> const Option* find(const Option (&list)[N], const QString& idOrName)
{
    for (const Option& o : list)
        if (QString::number(o.id) == idOrName ||
            QString::fromUtf8(o.name).compare(idOrName, Qt::CaseInsensitive) == 0 ||
            (*o.extra && QString::fromUtf8(o.extra) == idOrName))
            return &o;
    return nullptr;
}

/// getoptions' answer: {id: label}, or with sequential [{key, value}] (CRM_Utils_Array::makeNonAssociative).
template <size_t N> QJsonObject optionValues(const Option (&list)[N], bool sequential)
{
    QJsonObject keyed;
    QJsonArray pairs;
    for (const Option& o : list) {
        keyed.insert(QString::number(o.id), QString::fromUtf8(o.name));
        pairs.append(QJsonObject{{QStringLiteral("key"), QString::number(o.id)},
                                 {QStringLiteral("value"), QString::fromUtf8(o.name)}});
    }
    return QJsonObject{{QStringLiteral("is_error"), 0},
                       {QStringLiteral("version"), 3},
                       {QStringLiteral("count"), int(pairs.size())},
                       {QStringLiteral("values"), sequential ? QJsonValue(pairs) : QJsonValue(keyed)}};
}

QString flag(bool b)
{
    return b ? QStringLiteral("1") : QStringLiteral("0");
}

/// An option field's value as CiviCRM takes it: its id, name or label
/// (_civicrm_api3_api_match_pseudoconstant).
template <size_t N>
std::optional<int> option(const QJsonObject& params, const char* field, const Option (&list)[N],
                          QString* errorOut)
{
    const QString v = str(params.value(QLatin1String(field))).trimmed();
    if (const Option* o = find(list, v))
        return o->id;
    *errorOut = QStringLiteral("'%1' is not a valid option for field %2").arg(v, QLatin1String(field));
    return std::nullopt;
}

/// Only one part of a kind is primary: a new primary takes it from the others, and the first part is
/// primary whatever it says (CRM_Core_BAO_Block::handlePrimary).
template <class Part> void settlePrimary(QList<Part>& parts, qint64 primaryId)
{
    bool any = false;
    for (Part& p : parts) {
        if (primaryId)
            p.primary = p.id == primaryId;
        any = any || p.primary;
    }
    if (!any && !parts.isEmpty())
        parts.first().primary = true;
}

QJsonObject created(const QJsonObject& record)
{
    return envelope({record}, false);
}

} // namespace

bool CiviContactParts::handles(const QString& entity)
{
    static const QStringList entities{QStringLiteral("phone"),        QStringLiteral("email"),
                                      QStringLiteral("address"),      QStringLiteral("note"),
                                      QStringLiteral("locationtype"), QStringLiteral("country"),
                                      QStringLiteral("stateprovince")};
    return entities.contains(entity);
}

QString CiviContactParts::genderLabel(const QString& id)
{
    const Option* o = find(kGenders, id);
    return o ? QString::fromUtf8(o->name) : QString();
}

QString CiviContactParts::countryName(const QString& id)
{
    const Option* o = id.isEmpty() ? nullptr : find(kCountries, id);
    return o ? QString::fromUtf8(o->name) : QString();
}

QString CiviContactParts::provinceName(const QString& id)
{
    const Option* o = id.isEmpty() ? nullptr : find(kProvinces, id);
    return o ? QString::fromUtf8(o->name) : QString();
}

QList<QJsonObject> CiviContactParts::rows(const QString& entity, const QJsonObject& params) const
{
    QList<QJsonObject> out;
    auto has = [&](const char* k) { return params.contains(QLatin1String(k)); };
    auto val = [&](const char* k) { return params.value(QLatin1String(k)); };
    auto keep = [&](qint64 id) { return !has("id") || matches(id, val("id")); };

    if (entity == QLatin1String("locationtype") || entity == QLatin1String("country") ||
        entity == QLatin1String("stateprovince")) {
        auto each = [&](const auto& list, auto make) {
            for (const Option& o : list)
                if (keep(o.id) && (!has("country_id") || matches(o.parent, val("country_id"))))
                    out.append(make(o));
        };
        if (entity == QLatin1String("locationtype"))
            each(kLocationTypes, [](const Option& o) {
                return QJsonObject{{QStringLiteral("id"), QString::number(o.id)},
                                   {QStringLiteral("name"), QString::fromUtf8(o.name)},
                                   {QStringLiteral("display_name"), QString::fromUtf8(o.name)},
                                   {QStringLiteral("vcard_name"), QString::fromUtf8(o.extra)},
                                   {QStringLiteral("is_reserved"), flag(o.id <= 2)},
                                   {QStringLiteral("is_default"), flag(o.id == 1)},
                                   {QStringLiteral("is_active"), QStringLiteral("1")}};
            });
        else if (entity == QLatin1String("country"))
            each(kCountries, [](const Option& o) {
                return QJsonObject{{QStringLiteral("id"), QString::number(o.id)},
                                   {QStringLiteral("name"), QString::fromUtf8(o.name)},
                                   {QStringLiteral("iso_code"), QString::fromUtf8(o.extra)},
                                   {QStringLiteral("region_id"), QStringLiteral("1")},
                                   {QStringLiteral("is_province_abbreviated"), QStringLiteral("0")},
                                   {QStringLiteral("is_active"), QStringLiteral("1")}};
            });
        else
            each(kProvinces, [](const Option& o) {
                return QJsonObject{{QStringLiteral("id"), QString::number(o.id)},
                                   {QStringLiteral("name"), QString::fromUtf8(o.name)},
                                   {QStringLiteral("abbreviation"), QString::fromUtf8(o.extra)},
                                   {QStringLiteral("country_id"), QString::number(o.parent)},
                                   {QStringLiteral("is_active"), QStringLiteral("1")}};
            });
        return out;
    }

    // A part's contact: by contact_id (entity_id for notes), a scalar or a filter; all when none.
    const char* owner = entity == QLatin1String("note") ? "entity_id" : "contact_id";
    auto contactsToRead = [&]() {
        QList<const CiviData::Contact*> list;
        const QJsonObject filter = val(owner).toObject();
        if (has(owner) && !val(owner).isObject()) {
            if (const auto* c = m_data.contact(num(val(owner))))
                list.append(c);
        } else if (filter.size() == 1 && filter.contains(QLatin1String("IN"))) {
            // Looked up by id, as the database's index on contact_id does: a page's IN list costs its length.
            QList<qint64> ids;
            for (const QJsonValue& v : filter.value(QLatin1String("IN")).toArray())
                ids.append(num(v));
            std::sort(ids.begin(), ids.end());
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
            for (qint64 id : std::as_const(ids))
                if (const auto* c = m_data.contact(id))
                    list.append(c);
        } else {
            for (const auto& c : std::as_const(m_data.contacts))
                if (!has(owner) || matches(c.id, val(owner)))
                    list.append(&c);
        }
        return list;
    };
    for (const CiviData::Contact* c : contactsToRead()) {
        const QString cid = QString::number(c->id);
        if (entity == QLatin1String("phone")) {
            for (const auto& p : c->phones)
                if (keep(p.id))
                    out.append({{QStringLiteral("id"), QString::number(p.id)},
                                {QStringLiteral("contact_id"), cid},
                                {QStringLiteral("location_type_id"), QString::number(p.locationType)},
                                {QStringLiteral("is_primary"), flag(p.primary)},
                                {QStringLiteral("is_billing"), 0},
                                {QStringLiteral("phone"), p.phone},
                                {QStringLiteral("phone_numeric"),
                                 QString(p.phone).remove(QRegularExpression(QStringLiteral("\\D")))},
                                {QStringLiteral("phone_type_id"), QString::number(p.phoneType)}});
        } else if (entity == QLatin1String("email")) {
            for (const auto& e : c->emails)
                if (keep(e.id))
                    out.append({{QStringLiteral("id"), QString::number(e.id)},
                                {QStringLiteral("contact_id"), cid},
                                {QStringLiteral("location_type_id"), QString::number(e.locationType)},
                                {QStringLiteral("email"), e.email},
                                {QStringLiteral("is_primary"), flag(e.primary)},
                                {QStringLiteral("is_billing"), 0},
                                {QStringLiteral("on_hold"), e.onHold ? 1 : 0},
                                {QStringLiteral("is_bulkmail"), 0}});
        } else if (entity == QLatin1String("address")) {
            for (const auto& a : c->addresses) {
                if (!keep(a.id))
                    continue;
                QJsonObject r{{QStringLiteral("id"), QString::number(a.id)},
                              {QStringLiteral("contact_id"), cid},
                              {QStringLiteral("location_type_id"), QString::number(a.locationType)},
                              {QStringLiteral("is_primary"), flag(a.primary)},
                              {QStringLiteral("is_billing"), 0},
                              {QStringLiteral("street_address"), a.street},
                              {QStringLiteral("city"), a.city},
                              {QStringLiteral("postal_code"), a.postalCode},
                              {QStringLiteral("country_id"), a.countryId},
                              {QStringLiteral("manual_geo_code"), 0},
                              {QStringLiteral("custom_23"), a.region}};
                // Empty columns are left out of a v3 record, as the DAO's NULLs are.
                if (!a.supplemental.isEmpty())
                    r.insert(QStringLiteral("supplemental_address_1"), a.supplemental);
                if (!a.stateProvinceId.isEmpty())
                    r.insert(QStringLiteral("state_province_id"), a.stateProvinceId);
                out.append(r);
            }
        } else if (entity == QLatin1String("note")) {
            for (const auto& n : c->notes)
                if (keep(n.id))
                    out.append({{QStringLiteral("id"), QString::number(n.id)},
                                {QStringLiteral("entity_table"), QStringLiteral("civicrm_contact")},
                                {QStringLiteral("entity_id"), cid},
                                {QStringLiteral("note"), n.note},
                                {QStringLiteral("contact_id"), QStringLiteral("1")},
                                {QStringLiteral("modified_date"), n.modified.left(10)},
                                {QStringLiteral("subject"), n.subject},
                                {QStringLiteral("privacy"), QStringLiteral("0")}});
        }
    }
    return out;
}

std::optional<QJsonObject> CiviContactParts::write(const QString& entity, const QString& action,
                                                   const QJsonObject& params)
{
    if (action == QLatin1String("getoptions"))
        return options(entity, params);
    // CiviCRM 4.3+ (CRM-10554) installs triggers that stamp civicrm_contact.modified_date whenever a row
    // of civicrm_address, civicrm_email or civicrm_phone (also im, website) is added, changed or deleted.
    const bool stamped = entity == QLatin1String("phone") || entity == QLatin1String("email") ||
                         entity == QLatin1String("address");
    qint64 owner = stamped ? num(params.value(QLatin1String("contact_id"))) : 0;
    if (stamped && params.contains(QLatin1String("id"))) {
        const qint64 id = num(params.value(QLatin1String("id")));
        for (const CiviData::Contact& c : std::as_const(m_data.contacts)) {
            const auto has = [id](const auto& parts) {
                return std::any_of(parts.begin(), parts.end(), [id](const auto& p) { return p.id == id; });
            };
            if ((entity == QLatin1String("phone") && has(c.phones)) ||
                (entity == QLatin1String("email") && has(c.emails)) ||
                (entity == QLatin1String("address") && has(c.addresses)))
                owner = c.id;
        }
    }
    std::optional<QJsonObject> result = writePart(entity, action, params);
    if (owner && result && !result->value(QLatin1String("is_error")).toInt())
        if (CiviData::Contact* c = m_data.contact(owner))
            c->modified = m_data.nextStamp();
    return result;
}

std::optional<QJsonObject> CiviContactParts::writePart(const QString& entity, const QString& action,
                                                       const QJsonObject& params)
{
    if (action == QLatin1String("delete") && QStringList{QStringLiteral("phone"), QStringLiteral("email"),
                                                         QStringLiteral("address"), QStringLiteral("note")}
                                                 .contains(entity))
        return remove(entity, params);
    if (action != QLatin1String("create"))
        return std::nullopt;
    if (entity == QLatin1String("phone"))
        return createPhone(params);
    if (entity == QLatin1String("email"))
        return createEmail(params);
    if (entity == QLatin1String("address"))
        return createAddress(params);
    if (entity == QLatin1String("note"))
        return createNote(params);
    return std::nullopt;
}

QJsonObject CiviContactParts::options(const QString& entity, const QJsonObject& params) const
{
    const QString field = str(params.value(QLatin1String("field")));
    const bool seq = str(params.value(QLatin1String("sequential"))) == QLatin1String("1");
    if (field == QLatin1String("location_type_id"))
        return optionValues(kLocationTypes, seq);
    if (field == QLatin1String("phone_type_id") && entity == QLatin1String("phone"))
        return optionValues(kPhoneTypes, seq);
    if ((field == QLatin1String("gender_id") || field == QLatin1String("gender")) &&
        entity == QLatin1String("contact"))
        return optionValues(kGenders, seq);
    if (field == QLatin1String("country_id") && entity == QLatin1String("address"))
        return optionValues(kCountries, seq);
    if (field == QLatin1String("state_province_id") && entity == QLatin1String("address"))
        return optionValues(kProvinces, seq);
    if (field.isEmpty())
        return error(QStringLiteral("Mandatory key(s) missing from params array: field"));
    return error(QStringLiteral("The field '%1' doesn't exist.").arg(field));
}

namespace {

/// The contact a new part belongs to, or the part with the given id and its contact.
template <class Part>
std::pair<CiviData::Contact*, Part*> locate(CiviData& data, QList<Part> CiviData::Contact::*parts,
                                            const QJsonObject& params, QString* errorOut)
{
    const qint64 id = num(params.value(QLatin1String("id")));
    if (id) {
        for (CiviData::Contact& c : data.contacts)
            for (Part& p : c.*parts)
                if (p.id == id)
                    return {&c, &p};
        *errorOut = QStringLiteral("Record %1 not found").arg(id);
        return {nullptr, nullptr};
    }
    if (!params.contains(QLatin1String("contact_id"))) {
        *errorOut = QStringLiteral("Mandatory key(s) missing from params array: contact_id");
        return {nullptr, nullptr};
    }
    CiviData::Contact* c = data.contact(num(params.value(QLatin1String("contact_id"))));
    if (!c)
        *errorOut = QStringLiteral("contact_id is not valid : %1")
                        .arg(str(params.value(QLatin1String("contact_id"))));
    return {c, nullptr};
}

bool given(const QJsonObject& params, const char* key)
{
    return params.contains(QLatin1String(key));
}

} // namespace

QJsonObject CiviContactParts::createPhone(const QJsonObject& params)
{
    QString err;
    auto [c, p] = locate(m_data, &CiviData::Contact::phones, params, &err);
    if (!c)
        return error(err);
    if (!p && str(params.value(QLatin1String("phone"))).trimmed().isEmpty())
        return error(QStringLiteral("Mandatory key(s) missing from params array: phone"));
    CiviData::Phone next = p ? *p : CiviData::Phone{++m_data.lastPhoneId, {}, 1, 1, false};
    if (given(params, "phone"))
        next.phone = str(params.value(QLatin1String("phone"))).trimmed();
    if (given(params, "location_type_id")) {
        const auto v = option(params, "location_type_id", kLocationTypes, &err);
        if (!v)
            return error(err);
        next.locationType = *v;
    }
    if (given(params, "phone_type_id")) {
        const auto v = option(params, "phone_type_id", kPhoneTypes, &err);
        if (!v)
            return error(err);
        next.phoneType = *v;
    }
    if (given(params, "is_primary"))
        next.primary = str(params.value(QLatin1String("is_primary"))) == QLatin1String("1");
    if (p)
        *p = next;
    else
        c->phones.append(next);
    settlePrimary(c->phones, next.primary ? next.id : 0);
    return created({{QStringLiteral("id"), QString::number(next.id)},
                    {QStringLiteral("contact_id"), QString::number(c->id)},
                    {QStringLiteral("location_type_id"), QString::number(next.locationType)},
                    {QStringLiteral("is_primary"), flag(next.primary)},
                    {QStringLiteral("phone"), next.phone},
                    {QStringLiteral("phone_type_id"), QString::number(next.phoneType)}});
}

QJsonObject CiviContactParts::createEmail(const QJsonObject& params)
{
    QString err;
    auto [c, e] = locate(m_data, &CiviData::Contact::emails, params, &err);
    if (!c)
        return error(err);
    if (!e && str(params.value(QLatin1String("email"))).trimmed().isEmpty())
        return error(QStringLiteral("Mandatory key(s) missing from params array: email"));
    CiviData::Email next = e ? *e : CiviData::Email{++m_data.lastEmailId, {}, 1, false, false};
    if (given(params, "email")) {
        const QString email = str(params.value(QLatin1String("email"))).trimmed();
        static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (!shape.match(email).hasMatch())
            return error(QStringLiteral("Input parameter email is not a valid email address"));
        next.email = email;
    }
    if (given(params, "location_type_id")) {
        const auto v = option(params, "location_type_id", kLocationTypes, &err);
        if (!v)
            return error(err);
        next.locationType = *v;
    }
    if (given(params, "is_primary"))
        next.primary = str(params.value(QLatin1String("is_primary"))) == QLatin1String("1");
    if (given(params, "on_hold"))
        next.onHold = str(params.value(QLatin1String("on_hold"))) != QLatin1String("0");
    if (e)
        *e = next;
    else
        c->emails.append(next);
    settlePrimary(c->emails, next.primary ? next.id : 0);
    return created({{QStringLiteral("id"), QString::number(next.id)},
                    {QStringLiteral("contact_id"), QString::number(c->id)},
                    {QStringLiteral("location_type_id"), QString::number(next.locationType)},
                    {QStringLiteral("email"), next.email},
                    {QStringLiteral("is_primary"), flag(next.primary)},
                    {QStringLiteral("on_hold"), next.onHold ? 1 : 0}});
}

QJsonObject CiviContactParts::createAddress(const QJsonObject& params)
{
    QString err;
    auto [c, a] = locate(m_data, &CiviData::Contact::addresses, params, &err);
    if (!c)
        return error(err);
    if (!a && !given(params, "location_type_id"))
        return error(QStringLiteral("Mandatory key(s) missing from params array: location_type_id"));
    CiviData::Address next =
        a ? *a : CiviData::Address{++m_data.lastAddressId, {}, {}, {}, {}, {}, {}, {}, 1, false};
    auto text = [&](const char* key, QString* into) {
        if (given(params, key))
            *into = str(params.value(QLatin1String(key))).trimmed();
    };
    text("street_address", &next.street);
    text("supplemental_address_1", &next.supplemental);
    text("city", &next.city);
    text("postal_code", &next.postalCode);
    text("custom_23", &next.region);
    if (given(params, "location_type_id")) {
        const auto v = option(params, "location_type_id", kLocationTypes, &err);
        if (!v)
            return error(err);
        next.locationType = *v;
    }
    if (given(params, "country_id")) {
        if (str(params.value(QLatin1String("country_id"))).isEmpty()) {
            next.countryId.clear();
        } else {
            const auto v = option(params, "country_id", kCountries, &err);
            if (!v)
                return error(err);
            next.countryId = QString::number(*v);
        }
    }
    if (given(params, "state_province_id")) {
        if (str(params.value(QLatin1String("state_province_id"))).isEmpty()) {
            next.stateProvinceId.clear();
        } else {
            const auto v = option(params, "state_province_id", kProvinces, &err);
            if (!v)
                return error(err);
            next.stateProvinceId = QString::number(*v);
        }
    }
    if (given(params, "is_primary"))
        next.primary = str(params.value(QLatin1String("is_primary"))) == QLatin1String("1");
    if (a)
        *a = next;
    else
        c->addresses.append(next);
    settlePrimary(c->addresses, next.primary ? next.id : 0);
    QJsonObject r{{QStringLiteral("id"), QString::number(next.id)},
                  {QStringLiteral("contact_id"), QString::number(c->id)},
                  {QStringLiteral("location_type_id"), QString::number(next.locationType)},
                  {QStringLiteral("is_primary"), flag(next.primary)},
                  {QStringLiteral("is_billing"), 0},
                  {QStringLiteral("street_address"), next.street},
                  {QStringLiteral("city"), next.city},
                  {QStringLiteral("postal_code"), next.postalCode},
                  {QStringLiteral("country_id"), next.countryId},
                  {QStringLiteral("manual_geo_code"), 0}};
    return created(r);
}

QJsonObject CiviContactParts::createNote(const QJsonObject& params)
{
    const qint64 id = num(params.value(QLatin1String("id")));
    if (!id && (!given(params, "entity_id") || str(params.value(QLatin1String("note"))).trimmed().isEmpty()))
        return error(QStringLiteral("Mandatory key(s) missing from params array: entity_id, note"));
    const QString table = given(params, "entity_table") ? str(params.value(QLatin1String("entity_table")))
                                                        : QStringLiteral("civicrm_contact");
    if (table != QLatin1String("civicrm_contact"))
        return error(QStringLiteral("'%1' is not a valid option for field entity_table").arg(table));
    CiviData::Contact* c = m_data.contact(num(params.value(QLatin1String("entity_id"))));
    if (!c)
        return error(
            QStringLiteral("entity_id is not valid : %1").arg(str(params.value(QLatin1String("entity_id")))));
    CiviData::Note n{++m_data.lastNoteId, str(params.value(QLatin1String("subject"))),
                     str(params.value(QLatin1String("note"))), m_data.nextStamp()};
    c->notes.append(n);
    return created({{QStringLiteral("id"), QString::number(n.id)},
                    {QStringLiteral("entity_table"), table},
                    {QStringLiteral("entity_id"), QString::number(c->id)},
                    {QStringLiteral("note"), n.note},
                    {QStringLiteral("subject"), n.subject},
                    {QStringLiteral("modified_date"), n.modified.left(10)}});
}

QJsonObject CiviContactParts::remove(const QString& entity, const QJsonObject& params)
{
    const qint64 id = num(params.value(QLatin1String("id")));
    if (!id)
        return error(QStringLiteral("Mandatory key(s) missing from params array: id"));
    auto drop = [id](auto& parts) {
        for (qsizetype i = 0; i < parts.size(); ++i)
            if (parts[i].id == id) {
                parts.removeAt(i);
                return true;
            }
        return false;
    };
    for (CiviData::Contact& c : m_data.contacts) {
        bool gone = false;
        if (entity == QLatin1String("phone") && (gone = drop(c.phones)))
            settlePrimary(c.phones, 0);
        else if (entity == QLatin1String("email") && (gone = drop(c.emails)))
            settlePrimary(c.emails, 0);
        else if (entity == QLatin1String("address") && (gone = drop(c.addresses)))
            settlePrimary(c.addresses, 0);
        else if (entity == QLatin1String("note"))
            gone = drop(c.notes);
        if (gone)
            return {{QStringLiteral("is_error"), 0},
                    {QStringLiteral("version"), 3},
                    {QStringLiteral("count"), 1},
                    {QStringLiteral("values"), 1}};
    }
    return error(QStringLiteral("Could not delete entity id %1").arg(id));
}
