#include "memberexport.h"

#include "cache/cache.h"
#include "csv/csvreader.h"
#include "profiles/profile.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

namespace crm {

namespace {

const QStringList kMemberColumns{
    QStringLiteral("id"),        QStringLiteral("display_name"), QStringLiteral("first_name"),
    QStringLiteral("last_name"), QStringLiteral("email"),        QStringLiteral("username"),
    QStringLiteral("user_id"),   QStringLiteral("modified"),     QStringLiteral("groups")};
const QStringList kAddressColumns{QStringLiteral("street"), QStringLiteral("supplemental"),
                                  QStringLiteral("city"), QStringLiteral("postal_code"),
                                  QStringLiteral("country")};

const Address* primaryAddress(const Member& m)
{
    for (const Address& a : m.addresses)
        if (a.isPrimary)
            return &a;
    return m.addresses.isEmpty() ? nullptr : &m.addresses.first();
}

} // namespace

QList<MemberExport::Column> MemberExport::columns(const Profile& profile)
{
    QList<Column> out;
    for (const QString& k : kMemberColumns + kAddressColumns)
        out.append({k, k});
    const auto labels = profile.customFieldLabels();
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        out.append({it.key(), it.value()});
    return out;
}

QStringList MemberExport::defaultColumns()
{
    return {QStringLiteral("id"), QStringLiteral("first_name"), QStringLiteral("last_name"),
            QStringLiteral("email"), QStringLiteral("username")};
}

QString MemberExport::value(const Member& m, const QString& c, const QStringList& groups)
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
    if (c == QLatin1String("groups"))
        return groups.join(QLatin1Char(';'));
    const Address* a = primaryAddress(m);
    if (!a)
        return {};
    if (c == QLatin1String("street"))
        return a->street;
    if (c == QLatin1String("supplemental"))
        return a->supplemental;
    if (c == QLatin1String("city"))
        return a->city;
    if (c == QLatin1String("postal_code"))
        return a->postalCode;
    if (c == QLatin1String("country"))
        return a->country;
    return a->customFields.value(c);
}

qint64 MemberExport::write(const Cache& cache, const Profile& profile, const Options& o, QIODevice* out,
                           QString* error, const std::function<bool(qint64, qint64)>& progress)
{
    QMap<QString, QString> titles;
    for (const Column& c : columns(profile))
        titles.insert(c.key, c.title);
    for (const QString& c : o.columns)
        if (!titles.contains(c)) {
            *error = QCoreApplication::translate("MemberExport", "unknown column \u201c%1\u201d (known: %2)")
                         .arg(c, QStringList(titles.keys()).join(QStringLiteral(", ")));
            return -1;
        }
    // Address columns need each member whole; the member fields come from the table's windows.
    bool whole = false;
    for (const QString& c : o.columns)
        whole = whole || kAddressColumns.contains(c) || c.startsWith(QLatin1String("custom_"));
    const bool groups = o.columns.contains(QStringLiteral("groups"));

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
            header.append(titles.value(c));
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
                fields.append(value(m, c, g));
            bytes = CsvWriter::record(fields, o.delimiter);
        } else {
            QJsonObject obj;
            for (const QString& c : o.columns)
                obj.insert(titles.value(c), value(m, c, g));
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
