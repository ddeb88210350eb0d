#include "membershipcommands.h"

#include "cli.h"
#include "output.h"

#include "cache/cache.h"
#include "net/crmcall.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace crm;

namespace Commands::MembershipCommands {

namespace {

QString allowance(const Membership& m)
{
    if (m.maxLinked < 0)
        return tr("%1 linked").arg(m.linked.size());
    return tr("%1 of %2 linked").arg(m.linked.size()).arg(m.maxLinked);
}

QJsonObject linkedJson(const LinkedMember& l)
{
    return {{QStringLiteral("id"), l.id},
            {QStringLiteral("email"), l.email},
            {QStringLiteral("first_name"), l.firstName},
            {QStringLiteral("last_name"), l.lastName}};
}

QJsonObject membershipJson(const Membership& m)
{
    QJsonArray linked;
    for (const LinkedMember& l : m.linked)
        linked.append(linkedJson(l));
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("number"), m.number},
            {QStringLiteral("type"), m.type},
            {QStringLiteral("status"), m.status},
            {QStringLiteral("start_date"), m.startDate},
            {QStringLiteral("end_date"), m.endDate},
            {QStringLiteral("amount"), m.amount},
            {QStringLiteral("currency"), m.currency},
            {QStringLiteral("role"), m.role},
            {QStringLiteral("max_linked_members"), m.maxLinked},
            {QStringLiteral("linked_members"), linked}};
}

/// Reads a member's memberships from the CRM into the cache.
CrmError refreshMemberships(ProfileSession& s, const Member& m)
{
    return await(s.verbs().refreshMemberships(m.id)).error;
}

int lookup(Context& ctx, const QStringList& argv)
{
    Args a(argv, {QStringLiteral("format"), QStringLiteral("file")}, {});
    if (!a.error.isEmpty())
        return usageError(a.error);
    int code = Ok;
    Output::Format f = Output::Format::Table;
    if (!parseFormat(a, true, &f, &code))
        return code;
    if (a.positional.isEmpty())
        return usageError(tr("lookup needs NAME and one or more EMAIL (or --file FILE, one e-mail a line)"));
    QStringList emails = a.positional.mid(1);
    if (const QString file = a.value(QStringLiteral("file")); !file.isEmpty()) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly | QIODevice::Text))
            return usageError(tr("cannot read %1: %2").arg(file, in.errorString()));
        // One address a line; commas, semicolons and spaces separate too, so a pasted list works.
        static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
        emails += QString::fromUtf8(in.readAll()).split(separators, Qt::SkipEmptyParts);
    }
    if (emails.isEmpty())
        return usageError(tr("lookup needs at least one EMAIL"));
    auto s = openFor(ctx, a.positional[0], Abilities::LookUp, tr("look-ups by e-mail"), &code);
    if (!s)
        return code;
    for (const QString& e : std::as_const(emails))
        if (!s->verbs().acceptsLookupKey(e))
            return usageError(
                tr("\u201c%1\u201d is not an e-mail address (or another key this CRM looks members up by)")
                    .arg(e));
    if ((code = ctx.connect(*s)) != Ok)
        return code;
    QList<QStringList> rows;
    QJsonArray arr;
    int missing = 0;
    for (const QString& email : std::as_const(emails)) {
        // The member is kept with their memberships; a failed memberships read stops the command.
        const Outcome o = await(s->verbs().lookUp(email, true));
        if (o.error) {
            if (o.error.kind != CrmError::Kind::NotFound)
                return failWith(o.error); // unreachable or refused: stop, what was found is cached
            err() << "crmctl: " << o.error.userMessage() << '\n';
            ++missing;
            continue;
        }
        const auto m = std::any_cast<Member>(o.value);
        const QString status = m.raw.object().value(QLatin1String("account_status")).toString();
        rows.append(
            {m.id, m.displayName, m.email, status, QString::number(s->cache()->memberships(m.id).size())});
        QJsonObject o2 = memberJson(m, {});
        o2.insert(QStringLiteral("account_status"), status);
        o2.insert(QStringLiteral("raw"), m.raw.object());
        arr.append(o2);
    }
    print(f,
          {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email"),
           QStringLiteral("account_status"), QStringLiteral("memberships")},
          rows, arr);
    err().flush();
    return missing ? Failed : Ok;
}

int memberships(Context& ctx, const QStringList& argv)
{
    int code = Ok;
    auto r = startRead(ctx, argv, QStringLiteral("memberships"), {}, Abilities::Memberships,
                       tr("memberships"), &code);
    if (!r)
        return code;
    auto& s = r->session;
    const Member* m = &r->member;
    const Output::Format f = r->format;
    const bool fresh = r->online;
    if (fresh)
        if (CrmError e = refreshMemberships(*s, *m))
            return failWith(e);
    QList<QStringList> rows;
    QJsonArray arr;
    for (const Membership& ms : s->cache()->memberships(m->id)) {
        rows.append({ms.id, ms.number, ms.type, ms.status, ms.startDate, ms.endDate,
                     QStringList{ms.amount, ms.currency}.join(QLatin1Char(' ')).trimmed(), allowance(ms)});
        arr.append(membershipJson(ms));
    }
    print(f,
          {QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("type"), QStringLiteral("status"),
           QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("amount"),
           QStringLiteral("linked")},
          rows, arr);
    if (!fresh)
        cachedNotice(*s->cache());
    return Ok;
}

/// The membership a command names, its owner from the cache; nullopt (with *exitCode) otherwise.
std::optional<std::pair<Membership, Member>> cachedMembership(ProfileSession& s, const QString& id,
                                                              int* exitCode)
{
    QString owner;
    const auto ms = s.cache()->membership(id, &owner);
    if (!ms) {
        *exitCode =
            failWith(CrmError(CrmError::Kind::NotFound, {}, 0,
                              tr("Membership %1 is not in the cache; run: crmctl memberships %2 MEMBER_ID")
                                  .arg(id, s.profile().name)));
        return std::nullopt;
    }
    const auto m = cachedMember(s, owner, exitCode);
    if (!m)
        return std::nullopt;
    return std::make_pair(*ms, *m);
}

int linked(Context& ctx, const QStringList& argv)
{
    Args a(argv, {QStringLiteral("format")}, {QStringLiteral("offline")});
    if (!a.error.isEmpty())
        return usageError(a.error);
    if (a.positional.size() != 2)
        return usageError(tr("linked needs NAME and MEMBERSHIP_ID"));
    int code = Ok;
    Output::Format f = Output::Format::Table;
    if (!parseFormat(a, true, &f, &code))
        return code;
    auto s = openFor(ctx, a.positional[0], Abilities::Memberships, tr("memberships"), &code);
    if (!s)
        return code;
    auto found = cachedMembership(*s, a.positional[1], &code);
    if (!found)
        return code;
    const bool fresh = !a.flags.contains(QStringLiteral("offline")) && ctx.connect(*s) == Ok;
    if (fresh) {
        if (CrmError e = refreshMemberships(*s, found->second))
            return failWith(e);
        found = cachedMembership(*s, a.positional[1], &code);
        if (!found)
            return code;
    }
    const Membership& ms = found->first;
    QList<QStringList> rows;
    QJsonArray arr;
    for (const LinkedMember& l : ms.linked) {
        rows.append({l.id, l.firstName, l.lastName, l.email});
        arr.append(linkedJson(l));
    }
    print(f,
          {QStringLiteral("id"), QStringLiteral("first_name"), QStringLiteral("last_name"),
           QStringLiteral("email")},
          rows, arr);
    err() << tr("crmctl: membership %1 (%2): %3").arg(ms.number, ms.type, allowance(ms));
    if (ms.maxLinked >= 0)
        err() << tr("; %1 more allowed").arg(std::max<qsizetype>(0, ms.maxLinked - ms.linked.size()));
    err() << '\n';
    if (!fresh)
        cachedNotice(*s->cache());
    return Ok;
}

int linkedAdd(Context& ctx, const QStringList& argv)
{
    if (argv.size() != 5)
        return usageError(tr("linked-add needs NAME, MEMBERSHIP_ID, EMAIL, FIRST and LAST"));
    if (!validEmail(argv[2]))
        return usageError(tr("\u201c%1\u201d is not an e-mail address").arg(argv[2]));
    if (argv[3].trimmed().isEmpty() || argv[4].trimmed().isEmpty())
        return usageError(tr("a linked member needs a first and a last name"));
    int code = Ok;
    auto s = openFor(ctx, argv[0], Abilities::Memberships, tr("memberships"), &code);
    if (!s)
        return code;
    const auto found = cachedMembership(*s, argv[1], &code);
    if (!found)
        return code;
    return recordAndSend(ctx, *s, OutboxEntry::Op::LinkedAdd, found->second.id,
                         {{QStringLiteral("membership"), argv[1]},
                          {QStringLiteral("email"), argv[2].trimmed()},
                          {QStringLiteral("first_name"), argv[3].trimmed()},
                          {QStringLiteral("last_name"), argv[4].trimmed()}});
}

int linkedRemove(Context& ctx, const QStringList& argv)
{
    if (argv.size() != 3)
        return usageError(tr("linked-remove needs NAME, MEMBERSHIP_ID and LINKED_ID"));
    int code = Ok;
    auto s = openFor(ctx, argv[0], Abilities::Memberships, tr("memberships"), &code);
    if (!s)
        return code;
    const auto found = cachedMembership(*s, argv[1], &code);
    if (!found)
        return code;
    QString name = argv[2];
    for (const LinkedMember& l : found->first.linked)
        if (l.id == argv[2])
            name = QStringLiteral("%1 %2 <%3>").arg(l.firstName, l.lastName, l.email);
    return recordAndSend(ctx, *s, OutboxEntry::Op::LinkedRemove, found->second.id,
                         {{QStringLiteral("membership"), argv[1]},
                          {QStringLiteral("linked"), argv[2]},
                          {QStringLiteral("name"), name}});
}

int passwordReset(Context& ctx, const QStringList& argv)
{
    if (argv.size() != 2)
        return usageError(tr("password-reset needs NAME and EMAIL"));
    if (!validEmail(argv[1]))
        return usageError(tr("\u201c%1\u201d is not an e-mail address").arg(argv[1]));
    int code = Ok;
    auto s = openFor(ctx, argv[0], Abilities::PasswordResets, tr("password reset e-mails"), &code);
    if (!s || (code = ctx.connect(*s)) != Ok)
        return code;
    // Not an edit of a record: sent now or not at all, so nothing is mailed twice or late.
    const Outcome o = await(s->verbs().sendPasswordReset(argv[1]));
    if (o.error)
        return failWith(o.error);
    out() << tr("SheepCRM is sending a password reset e-mail to %1.").arg(argv[1].trimmed()) << '\n';
    return Ok;
}

} // namespace

bool run(Context& ctx, const QString& cmd, const QStringList& argv, int* exitCode)
{
    static const QMap<QString, Command> commands{
        {QStringLiteral("lookup"), lookup},
        {QStringLiteral("memberships"), memberships},
        {QStringLiteral("linked"), linked},
        {QStringLiteral("linked-add"), linkedAdd},
        {QStringLiteral("linked-remove"), linkedRemove},
        {QStringLiteral("password-reset"), passwordReset},
    };
    return dispatch(commands, ctx, cmd, argv, exitCode);
}

QString usage()
{
    return tr("  crmctl lookup NAME EMAIL... [--file FILE] [--format table|json|csv]\n"
              "  crmctl memberships NAME MEMBER_ID [--format table|json|csv] [--offline]\n"
              "  crmctl linked NAME MEMBERSHIP_ID [--format table|json|csv] [--offline]\n"
              "  crmctl linked-add NAME MEMBERSHIP_ID EMAIL FIRST LAST\n"
              "  crmctl linked-remove NAME MEMBERSHIP_ID LINKED_ID\n"
              "  crmctl password-reset NAME EMAIL\n");
}

} // namespace Commands::MembershipCommands
