#include "importplan.h"

#include "cache/cache.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace crm {

namespace {

struct Words {
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)
};

/// "E-Mail Address" -> "emailaddress".
QString normalized(const QString& name)
{
    QString out;
    for (const QChar c : name.toLower())
        if (c.isLetterOrNumber())
            out += c;
    return out;
}

const QHash<QString, QString>& synonyms()
{
    static const QHash<QString, QString> map{
        {QStringLiteral("email"), QStringLiteral("email")},
        {QStringLiteral("emailaddress"), QStringLiteral("email")},
        {QStringLiteral("mail"), QStringLiteral("email")},
        {QStringLiteral("primaryemail"), QStringLiteral("email")},
        {QStringLiteral("emailprimary"), QStringLiteral("email")},
        {QStringLiteral("useremail"), QStringLiteral("email")},
        {QStringLiteral("firstname"), QStringLiteral("first_name")},
        {QStringLiteral("first"), QStringLiteral("first_name")},
        {QStringLiteral("givenname"), QStringLiteral("first_name")},
        {QStringLiteral("forename"), QStringLiteral("first_name")},
        {QStringLiteral("vorname"), QStringLiteral("first_name")},
        {QStringLiteral("lastname"), QStringLiteral("last_name")},
        {QStringLiteral("last"), QStringLiteral("last_name")},
        {QStringLiteral("surname"), QStringLiteral("last_name")},
        {QStringLiteral("familyname"), QStringLiteral("last_name")},
        {QStringLiteral("nachname"), QStringLiteral("last_name")},
    };
    return map;
}

QString cachedValue(const Member& m, const QString& field)
{
    if (field == QLatin1String("first_name"))
        return m.firstName;
    if (field == QLatin1String("last_name"))
        return m.lastName;
    if (field == QLatin1String("email"))
        return m.email;
    return {};
}

} // namespace

QString ImportSettings::actionName(Action a)
{
    switch (a) {
    case Action::Create:
        return QStringLiteral("create");
    case Action::Update:
        return QStringLiteral("update");
    case Action::CreateOrUpdate:
        return QStringLiteral("upsert");
    case Action::AddToGroup:
        return QStringLiteral("group");
    }
    return {};
}

bool ImportSettings::parseAction(const QString& text, ImportSettings* s)
{
    if (text == QLatin1String("create"))
        s->action = Action::Create;
    else if (text == QLatin1String("update"))
        s->action = Action::Update;
    else if (text == QLatin1String("upsert"))
        s->action = Action::CreateOrUpdate;
    else if (text.startsWith(QLatin1String("group:")) && text.size() > 6) {
        s->action = Action::AddToGroup;
        s->groupId = text.mid(6);
    } else
        return false;
    return true;
}

QString ImportRow::outcomeName(Outcome o)
{
    switch (o) {
    case Outcome::Create:
        return QStringLiteral("create");
    case Outcome::Update:
        return QStringLiteral("update");
    case Outcome::AddToGroup:
        return QStringLiteral("add-to-group");
    case Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case Outcome::Skipped:
        return QStringLiteral("skipped");
    case Outcome::Invalid:
        return QStringLiteral("invalid");
    case Outcome::Created:
        return QStringLiteral("created");
    case Outcome::Updated:
        return QStringLiteral("updated");
    case Outcome::Added:
        return QStringLiteral("added");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::NotSent:
        return QStringLiteral("not-sent");
    }
    return {};
}

bool ImportPlan::validEmail(const QString& email)
{
    static const QRegularExpression re(QStringLiteral(R"(^[^@\s,;<>"]+@[^@\s,;<>"]+\.[^@\s,;<>".]+$)"));
    return re.match(email).hasMatch();
}

bool ImportPlan::read(const QByteArray& data, char delimiter, QString* error)
{
    m_fingerprint = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    CsvReader reader(data, delimiter);
    m_delimiter = reader.delimiter();
    m_bom = reader.hadByteOrderMark();
    CsvReader::Record r;
    if (!reader.next(&r)) {
        *error = Words::tr("the file is empty: it needs a header line naming its columns");
        return false;
    }
    m_header.clear();
    for (const QString& h : std::as_const(r.fields))
        m_header.append(h.trimmed());
    m_records.clear();
    while (reader.next(&r))
        m_records.append(r);
    return true;
}

QMap<int, QString> ImportPlan::guessMapping(const QStringList& header, const QStringList& known)
{
    QMap<int, QString> out;
    QSet<QString> taken;
    for (int i = 0; i < header.size(); ++i) {
        const QString n = normalized(header[i]);
        QString field = synonyms().value(n);
        if (field.isEmpty())
            for (const QString& k : known)
                if (normalized(k) == n)
                    field = k;
        if (!field.isEmpty() && known.contains(field) && !taken.contains(field)) {
            out.insert(i, field);
            taken.insert(field);
        }
    }
    return out;
}

QString ImportPlan::headerKey() const
{
    QStringList parts;
    for (const QString& h : m_header)
        parts.append(normalized(h));
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QLatin1Char('|')).toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(16));
}

QMap<int, QString> ImportPlan::rememberedMapping(const Cache& cache) const
{
    QMap<int, QString> out;
    const QJsonObject o =
        QJsonDocument::fromJson(cache.state(QStringLiteral("import.mapping.") + headerKey()).toUtf8())
            .object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key().toInt(), it.value().toString());
    return out;
}

CrmError ImportPlan::rememberMapping(Cache& cache, const QMap<int, QString>& mapping) const
{
    QJsonObject o;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        o.insert(QString::number(it.key()), it.value());
    return cache.setState({{QStringLiteral("import.mapping.") + headerKey(),
                            QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))}});
}

QList<ImportRow> ImportPlan::decide(const ImportSettings& s, const Cache& cache, const Abilities* can) const
{
    using O = ImportRow::Outcome;
    using A = ImportSettings::Action;
    QList<ImportRow> rows;
    rows.reserve(m_records.size());
    const bool canCreate = can && can->has(Abilities::CreateMembers);
    const QStringList editable = can ? can->editableFields : QStringList();
    const bool canEdit = !editable.isEmpty();
    QByteArray key =
        m_fingerprint + '|' + ImportSettings::actionName(s.action).toUtf8() + '|' + s.groupId.toUtf8();
    for (auto it = s.mapping.cbegin(); it != s.mapping.cend(); ++it)
        key += '|' + QByteArray::number(it.key()) + '=' + it.value().toUtf8();
    m_journalKey = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex();
    std::optional<Group> group;
    if (s.action == A::AddToGroup)
        group = cache.group(s.groupId);
    int emailColumn = -1;
    for (auto it = s.mapping.cbegin(); it != s.mapping.cend(); ++it)
        if (it.value() == QLatin1String("email"))
            emailColumn = it.key();

    QSqlQuery byEmail(cache.database());
    byEmail.prepare(
        QStringLiteral("SELECT id FROM members WHERE email = ? COLLATE NOCASE ORDER BY num_id, id"));
    QHash<QString, qint64> seen; // e-mail -> first row with it
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        const CsvReader::Record& rec = m_records[i];
        ImportRow row;
        row.row = i + 1;
        row.line = rec.line;
        auto verdict = [&row](O o, const QString& why) {
            row.outcome = o;
            row.reason = why;
        };
        if (emailColumn >= 0) // shown in the report even for a row that is wrong
            row.email = rec.fields.value(emailColumn).trimmed().toLower();
        if (rec.problem != CsvReader::Problem::None) {
            verdict(O::Invalid, CsvReader::problemText(rec.problem));
            rows.append(row);
            continue;
        }
        if (rec.fields.size() != m_header.size()) {
            verdict(O::Invalid,
                    Words::tr("the row has %1 fields, the header %2 (a delimiter or quote is off)")
                        .arg(rec.fields.size())
                        .arg(m_header.size()));
            rows.append(row);
            continue;
        }
        for (auto it = s.mapping.cbegin(); it != s.mapping.cend(); ++it)
            row.fields.insert(it.value(), rec.fields.value(it.key()).trimmed());
        row.email = emailColumn >= 0 ? rec.fields.value(emailColumn).trimmed().toLower() : QString();
        if (emailColumn < 0) {
            verdict(O::Invalid, Words::tr("no column is mapped to the e-mail, which rows are matched by"));
        } else if (row.email.isEmpty()) {
            verdict(O::Invalid, Words::tr("no e-mail"));
        } else if (!validEmail(row.email)) {
            verdict(O::Invalid, Words::tr("\u201c%1\u201d is not a valid e-mail address")
                                    .arg(rec.fields.value(emailColumn).trimmed()));
        } else if (seen.contains(row.email)) {
            verdict(O::Skipped, Words::tr("the same e-mail as row %1").arg(seen.value(row.email)));
        }
        if (row.reason.isEmpty()) {
            seen.insert(row.email, row.row);
            row.fields.insert(QStringLiteral("email"), row.email);
            QStringList matches;
            byEmail.addBindValue(row.email);
            if (byEmail.exec())
                while (byEmail.next())
                    matches.append(byEmail.value(0).toString());
            if (matches.size() > 1) {
                verdict(O::Skipped, Words::tr("%1 members have this e-mail (%2): fix them first")
                                        .arg(matches.size())
                                        .arg(matches.join(QStringLiteral(", "))));
            } else if (matches.isEmpty()) {
                if (s.action == A::Create || s.action == A::CreateOrUpdate) {
                    if (canCreate) {
                        row.outcome = O::Create;
                        // Marked, not stopped: the file is the user's choice, and the dry run shows it.
                        QStringList why;
                        const QList<Member> likely = cache.likelyDuplicates(
                            row.email, row.fields.value(QStringLiteral("first_name")).toString(),
                            row.fields.value(QStringLiteral("last_name")).toString(),
                            row.fields.value(QStringLiteral("postal_code")).toString(), &why);
                        if (!likely.isEmpty())
                            row.reason = Words::tr("possibly already a member: %1 (%2), %3")
                                             .arg(likely.first().displayName, likely.first().id, why.first());
                    } else
                        verdict(O::Invalid, Words::tr("this CRM cannot create members"));
                } else {
                    verdict(O::Skipped, Words::tr("no member has this e-mail"));
                }
            } else {
                row.memberId = matches.first();
                const auto member = cache.member(row.memberId);
                if (s.action == A::Create) {
                    verdict(O::Unchanged, Words::tr("already a member (%1)").arg(row.memberId));
                } else if (s.action == A::AddToGroup) {
                    if (!group)
                        verdict(O::Invalid, Words::tr("no group %1 in the cache").arg(s.groupId));
                    else if (group->smart)
                        verdict(
                            O::Invalid,
                            Words::tr("\u201c%1\u201d is a smart group: its members cannot be added by hand")
                                .arg(group->title));
                    else if (cache.groupsOf(row.memberId).contains(s.groupId))
                        verdict(O::Unchanged, Words::tr("already in the group"));
                    else {
                        row.outcome = O::AddToGroup;
                        row.groupId = s.groupId;
                    }
                } else {
                    QVariantMap changes;
                    QStringList cannot; // fields with other values that the CRM cannot edit
                    for (auto it = row.fields.cbegin(); it != row.fields.cend(); ++it) {
                        if (it.key() == QLatin1String("email"))
                            continue; // matched by it: the same address
                        if (member && cachedValue(*member, it.key()) == it.value().toString())
                            continue;
                        if (canEdit && editable.contains(it.key()))
                            changes.insert(it.key(), it.value());
                        else
                            cannot.append(it.key());
                    }
                    if (!canEdit && !cannot.isEmpty()) {
                        verdict(s.action == A::CreateOrUpdate ? O::Unchanged : O::Invalid,
                                Words::tr("already a member (%1); this CRM cannot edit members")
                                    .arg(row.memberId));
                    } else if (changes.isEmpty() && !cannot.isEmpty()) {
                        verdict(s.action == A::CreateOrUpdate ? O::Unchanged : O::Invalid,
                                Words::tr("already a member (%1); this CRM cannot edit %2")
                                    .arg(row.memberId, cannot.join(QStringLiteral(", "))));
                    } else if (changes.isEmpty()) {
                        verdict(O::Unchanged, Words::tr("the member already has these values"));
                    } else {
                        row.fields = changes;
                        row.outcome = O::Update;
                    }
                }
            }
        }
        rows.append(row);
    }
    return rows;
}

QMap<ImportRow::Outcome, int> ImportPlan::summary(const QList<ImportRow>& rows)
{
    QMap<ImportRow::Outcome, int> out;
    for (const ImportRow& r : rows)
        ++out[r.outcome];
    return out;
}

QByteArray ImportPlan::reportCsv(const QList<ImportRow>& rows)
{
    QByteArray out =
        CsvWriter::record({QStringLiteral("row"), QStringLiteral("line"), QStringLiteral("email"),
                           QStringLiteral("outcome"), QStringLiteral("member_id"), QStringLiteral("reason")});
    for (const ImportRow& r : rows)
        out += CsvWriter::record({QString::number(r.row), QString::number(r.line), r.email,
                                  ImportRow::outcomeName(r.outcome), r.memberId, r.reason});
    return out;
}

} // namespace crm
