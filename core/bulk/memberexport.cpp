#include "memberexport.h"

#include "cache/cache.h"
#include "csv/csvreader.h"
#include "profiles/crmkinds.h"
#include "profiles/profile.h"
#include "session/fieldvalues.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

namespace crm {

namespace {

struct Words {
    Q_DECLARE_TR_FUNCTIONS(MemberExport)
};

/// Columns read from the member row itself; every other one needs the member whole.
const QStringList kMemberColumns{QStringLiteral("id"),         QStringLiteral("display_name"),
                                 QStringLiteral("first_name"), QStringLiteral("last_name"),
                                 QStringLiteral("email"),      QStringLiteral("username"),
                                 QStringLiteral("user_id"),    QStringLiteral("modified"),
                                 QStringLiteral("groups"),     QStringLiteral("group_ids")};
const QStringList kAddressColumns{QStringLiteral("location_type"), QStringLiteral("street"),
                                  QStringLiteral("supplemental"),  QStringLiteral("city"),
                                  QStringLiteral("postal_code"),   QStringLiteral("state_province"),
                                  QStringLiteral("country")};

QString titleOf(const QString& key)
{
    static const QHash<QString, const char*> titles{
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("MemberExport", "ID")},
        {QStringLiteral("display_name"), QT_TRANSLATE_NOOP("MemberExport", "Name")},
        {QStringLiteral("username"), QT_TRANSLATE_NOOP("MemberExport", "User name")},
        {QStringLiteral("user_id"), QT_TRANSLATE_NOOP("MemberExport", "User account id")},
        {QStringLiteral("modified"), QT_TRANSLATE_NOOP("MemberExport", "Last changed")},
        {QStringLiteral("groups"), QT_TRANSLATE_NOOP("MemberExport", "Groups")},
        {QStringLiteral("group_ids"), QT_TRANSLATE_NOOP("MemberExport", "Group ids")},
        {QStringLiteral("location_type"), QT_TRANSLATE_NOOP("MemberExport", "Address location")},
        {QStringLiteral("supplemental"), QT_TRANSLATE_NOOP("MemberExport", "Address line 2")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("MemberExport", "Phone")},
        {QStringLiteral("phones"), QT_TRANSLATE_NOOP("MemberExport", "All phones")},
        {QStringLiteral("emails"), QT_TRANSLATE_NOOP("MemberExport", "All e-mail addresses")},
        {QStringLiteral("street"), QT_TRANSLATE_NOOP("MemberExport", "Street")},
    };
    if (const char* t = titles.value(key))
        return Words::tr(t);
    return FieldValues::label(key); // first_name, gender_id, city, country... as the editors name them
}

const Address* primaryAddress(const Member& m)
{
    for (const Address& a : m.addresses)
        if (a.isPrimary)
            return &a;
    return m.addresses.isEmpty() ? nullptr : &m.addresses.first();
}

const Phone* primaryPhone(const Member& m)
{
    for (const Phone& p : m.phones)
        if (p.isPrimary)
            return &p;
    return m.phones.isEmpty() ? nullptr : &m.phones.first();
}

/// One member's value in a column, as a person reads it. Names of options are looked up once each.
class ValueReader {
public:
    ValueReader(const Cache& cache) : m_values(cache.choices())
    {
        for (const Group& g : cache.groups())
            m_groupNames.insert(g.id, g.title.isEmpty() ? g.name : g.title);
    }

    QString value(const Member& m, const QString& c, const QStringList& groupIds)
    {
        if (c == QLatin1String("id"))
            return m.id;
        if (c == QLatin1String("display_name"))
            return m.displayName;
        if (c == QLatin1String("first_name"))
            return m.firstName;
        if (c == QLatin1String("last_name"))
            return m.lastName;
        if (c == QLatin1String("email"))
            return m.email;
        if (c == QLatin1String("username"))
            return m.username;
        if (c == QLatin1String("user_id"))
            return m.userId;
        if (c == QLatin1String("modified"))
            return m.modified;
        if (c == QLatin1String("group_ids"))
            return groupIds.join(QLatin1Char(';'));
        if (c == QLatin1String("groups")) {
            QStringList names;
            for (const QString& id : groupIds)
                names.append(m_groupNames.value(id, id));
            return names.join(QStringLiteral("; "));
        }
        if (c == QLatin1String("phone")) {
            const Phone* p = primaryPhone(m);
            return p ? p->number : QString();
        }
        if (c == QLatin1String("phones")) {
            QStringList all;
            for (const Phone& p : m.phones) {
                QStringList about;
                for (const QString& n : {shown(QStringLiteral("location_type_id"), p.locationType),
                                         shown(QStringLiteral("phone_type_id"), p.phoneType)})
                    if (!n.isEmpty())
                        about.append(n);
                all.append(about.isEmpty()
                               ? p.number
                               : QStringLiteral("%1 (%2)").arg(p.number, about.join(QStringLiteral(", "))));
            }
            return all.join(QStringLiteral("; "));
        }
        if (c == QLatin1String("emails")) {
            QStringList all;
            for (const EmailAddress& e : m.emails)
                all.append(e.email);
            return all.join(QStringLiteral("; "));
        }
        if (!kAddressColumns.contains(c) && !c.startsWith(QLatin1String("custom_")))
            return shown(c, m.raw.object().value(c).toVariant().toString());
        const Address* a = primaryAddress(m);
        if (!a)
            return {};
        if (c == QLatin1String("location_type"))
            return shown(QStringLiteral("location_type_id"), a->locationType);
        if (c == QLatin1String("street"))
            return a->street;
        if (c == QLatin1String("supplemental"))
            return a->supplemental;
        if (c == QLatin1String("city"))
            return a->city;
        if (c == QLatin1String("postal_code"))
            return a->postalCode;
        if (c == QLatin1String("state_province"))
            return shown(QStringLiteral("state_province_id"),
                         a->raw.object().value(QLatin1String("state_province_id")).toVariant().toString());
        if (c == QLatin1String("country"))
            return shown(QStringLiteral("country_id"), a->country);
        return a->customFields.value(c);
    }

private:
    QString shown(const QString& field, const QString& value)
    {
        const QString key = field + QLatin1Char('\n') + value;
        auto it = m_shown.constFind(key);
        if (it == m_shown.cend())
            it = m_shown.insert(key, m_values.shown(field, value));
        return *it;
    }

    FieldValues m_values;
    QHash<QString, QString> m_groupNames;
    QHash<QString, QString> m_shown;
};

} // namespace

QList<MemberExport::Column> MemberExport::columns(const Profile& profile)
{
    QList<Column> out;
    QStringList keys = kMemberColumns;
    if (const BackendKind* kind = Backends::find(profile.kind))
        keys += kind->recordFields;
    for (const QString& k : keys + kAddressColumns)
        out.append({k, titleOf(k), k});
    const auto labels = profile.customFieldLabels();
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        out.append({it.key(), it.value(), it.value()});
    return out;
}

QStringList MemberExport::defaultColumns()
{
    return {QStringLiteral("id"), QStringLiteral("first_name"), QStringLiteral("last_name"),
            QStringLiteral("email"), QStringLiteral("username")};
}

qint64 MemberExport::write(const Cache& cache, const Profile& profile, const Options& o, QIODevice* out,
                           QString* error, const std::function<bool(qint64, qint64)>& progress)
{
    QMap<QString, Column> known;
    for (const Column& c : columns(profile))
        known.insert(c.key, c);
    for (const QString& c : o.columns)
        if (!known.contains(c)) {
            *error = Words::tr("unknown column \u201c%1\u201d (known: %2)")
                         .arg(c, QStringList(known.keys()).join(QStringLiteral(", ")));
            return -1;
        }
    // Every column but the member row's own needs each member whole (addresses, phones, the record).
    bool whole = false;
    for (const QString& c : o.columns)
        whole = whole || !kMemberColumns.contains(c);
    const bool groups =
        o.columns.contains(QStringLiteral("groups")) || o.columns.contains(QStringLiteral("group_ids"));
    ValueReader reader(cache);

    auto put = [out, error](const QByteArray& bytes) {
        if (out->write(bytes) != bytes.size()) {
            *error = out->errorString();
            return false;
        }
        return true;
    };
    if (o.format == Format::Csv) {
        QStringList header;
        for (const QString& c : o.columns)
            header.append(o.keyHeaders ? c : known.value(c).title);
        if ((o.byteOrderMark && !put(CsvWriter::byteOrderMark())) ||
            !put(CsvWriter::record(header, o.delimiter)))
            return -1;
    } else if (!put("[\n")) {
        return -1;
    }
    const qint64 total = o.ids.isEmpty() ? cache.countMembers(o.query) : o.ids.size();
    qint64 written = 0;
    auto emitMember = [&](const Member& shallow) {
        const Member m = whole ? cache.member(shallow.id).value_or(shallow) : shallow;
        const QStringList g = groups ? cache.groupsOf(m.id) : QStringList();
        QByteArray bytes;
        if (o.format == Format::Csv) {
            QStringList fields;
            for (const QString& c : o.columns)
                fields.append(reader.value(m, c, g));
            bytes = CsvWriter::record(fields, o.delimiter);
        } else {
            QJsonObject obj;
            for (const QString& c : o.columns)
                obj.insert(known.value(c).jsonKey, reader.value(m, c, g));
            bytes = (written ? ",\n" : "") + QJsonDocument(obj).toJson(QJsonDocument::Compact);
        }
        ++written;
        return put(bytes);
    };
    if (!o.ids.isEmpty()) {
        for (const QString& id : o.ids) {
            const auto m = cache.member(id);
            if (m && !emitMember(*m))
                return -1;
        }
    } else {
        for (qint64 offset = 0; offset < total; offset += 2000) {
            for (const Member& m : cache.members(o.query, offset, 2000))
                if (!emitMember(m))
                    return -1;
            if (progress && !progress(std::min(total, offset + 2000), total)) {
                *error = QCoreApplication::translate("MemberExport", "stopped");
                return -1;
            }
        }
    }
    if (o.format == Format::Json && !put("\n]\n"))
        return -1;
    return written;
}

} // namespace crm
