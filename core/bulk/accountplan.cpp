#include "accountplan.h"

#include "bulk/importplan.h"
#include "cache/cache.h"
#include "csv/csvreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace crm {

namespace {
struct Words {
    Q_DECLARE_TR_FUNCTIONS(AccountPlan)
};

/// "Renée O'Brien-Núñez" -> "renee.obrien-nunez": accents dropped, apostrophes removed, spaces as dots.
QString ascii(const QString& text)
{
    QString out;
    QString folded = text.toLower();
    folded.replace(QChar(0xDF), QLatin1String("ss")); // ß has no decomposition
    for (const QChar c : folded.normalized(QString::NormalizationForm_KD)) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') ||
            c == QLatin1Char('.') || c == QLatin1Char('_'))
            out += c;
        else if (c.isSpace() && !out.endsWith(QLatin1Char('.')))
            out += QLatin1Char('.');
    }
    while (out.endsWith(QLatin1Char('.')))
        out.chop(1);
    return out;
}
} // namespace

QString AccountPlan::outcomeName(Row::Outcome o)
{
    switch (o) {
    case Row::Outcome::Create:
        return QStringLiteral("create");
    case Row::Outcome::HasAccount:
        return QStringLiteral("has-account");
    case Row::Outcome::NoEmail:
        return QStringLiteral("no-email");
    case Row::Outcome::InvalidEmail:
        return QStringLiteral("invalid-email");
    case Row::Outcome::SharedEmail:
        return QStringLiteral("shared-email");
    }
    return {};
}

QString AccountPlan::suggestUserName(const QString& first, const QString& last, const QString& email)
{
    QString name = ascii(first);
    const QString l = ascii(last);
    if (!name.isEmpty() && !l.isEmpty())
        name += QLatin1Char('.') + l;
    else if (name.isEmpty())
        name = l;
    if (name.isEmpty())
        name = ascii(email.section(QLatin1Char('@'), 0, 0));
    return name.isEmpty() ? QStringLiteral("member") : name.left(60);
}

QList<AccountPlan::Row> AccountPlan::decide(const Cache& cache, const QStringList& memberIds)
{
    QList<Row> rows;
    QSet<QString> taken;
    {
        QSqlQuery q(cache.database());
        q.exec(QStringLiteral("SELECT lower(username) FROM members WHERE username <> ''"));
        while (q.next())
            taken.insert(q.value(0).toString());
    }
    QHash<QString, QString> emailOwner;
    for (const QString& id : memberIds) {
        const auto m = cache.member(id);
        if (!m)
            continue;
        Row r;
        r.memberId = m->id;
        r.email = m->email.trimmed().toLower();
        r.firstName = m->firstName;
        r.lastName = m->lastName;
        if (!m->userId.isEmpty() || !m->username.isEmpty()) {
            r.outcome = Row::Outcome::HasAccount;
            r.userName = m->username;
            r.reason =
                Words::tr("already has the account %1").arg(m->username.isEmpty() ? m->userId : m->username);
        } else if (r.email.isEmpty()) {
            r.outcome = Row::Outcome::NoEmail;
            r.reason = Words::tr("no e-mail: accounts are matched on the primary e-mail");
        } else if (!ImportPlan::validEmail(r.email)) {
            r.outcome = Row::Outcome::InvalidEmail;
            r.reason = Words::tr("\u201c%1\u201d is not a valid e-mail address").arg(m->email);
        } else if (emailOwner.contains(r.email)) {
            r.outcome = Row::Outcome::SharedEmail;
            r.reason = Words::tr("member %1 has the same e-mail: one account per address")
                           .arg(emailOwner.value(r.email));
        } else {
            emailOwner.insert(r.email, r.memberId);
            const QString base = suggestUserName(r.firstName, r.lastName, r.email);
            QString name = base;
            for (int n = 2; taken.contains(name); ++n)
                name = base + QString::number(n);
            taken.insert(name);
            r.userName = name;
        }
        rows.append(r);
    }
    return rows;
}

QByteArray AccountPlan::importFile(const QList<Row>& rows, bool welcomeEmail)
{
    QByteArray out =
        CsvWriter::record({QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("first_name"),
                           QStringLiteral("last_name"), QStringLiteral("notify")});
    for (const Row& r : rows)
        if (r.outcome == Row::Outcome::Create)
            out += CsvWriter::record({r.email, r.userName, r.firstName, r.lastName,
                                      welcomeEmail ? QStringLiteral("1") : QStringLiteral("0")});
    return out;
}

QByteArray AccountPlan::report(const QList<Row>& rows)
{
    QByteArray out =
        CsvWriter::record({QStringLiteral("member_id"), QStringLiteral("email"), QStringLiteral("outcome"),
                           QStringLiteral("user_name"), QStringLiteral("reason")});
    for (const Row& r : rows)
        out += CsvWriter::record({r.memberId, r.email, outcomeName(r.outcome), r.userName, r.reason});
    return out;
}

} // namespace crm
