#include "historycommands.h"

#include "cli.h"

#include "session/memberverbs.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace crm;

namespace Commands::HistoryCommands {

namespace {

int history(Context& ctx, const QStringList& argv)
{
    Args a(argv, {QStringLiteral("format")}, {});
    if (!a.error.isEmpty())
        return usageError(a.error);
    if (a.positional.size() != 2)
        return usageError(tr("history needs NAME and MEMBER_ID"));
    Output::Format f = Output::Format::Table;
    int code = Ok;
    if (!parseFormat(a, false, &f, &code))
        return code;
    auto s = ctx.open(a.positional[0], &code);
    if (!s)
        return code;
    const OutboxEntry::Names names = s->verbs().names();
    QList<QStringList> rows;
    QJsonArray arr;
    for (const OutboxEntry& e : s->outbox().history(a.positional[1])) {
        const QString when = e.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        rows.append({QString::number(e.id), when, e.describe(names), e.whatBecameOfIt()});
        arr.append(QJsonObject{{QStringLiteral("id"), e.id},
                               {QStringLiteral("when"), e.createdAt.toUTC().toString(Qt::ISODate)},
                               {QStringLiteral("op"), OutboxEntry::opName(e.op)},
                               {QStringLiteral("change"), e.describe(names)},
                               {QStringLiteral("fields"), QJsonObject::fromVariantMap(e.fields)},
                               {QStringLiteral("prior"), QJsonObject::fromVariantMap(e.prior)},
                               {QStringLiteral("state"),
                                e.undoneBy ? QStringLiteral("undone") : OutboxEntry::stateName(e.state)},
                               {QStringLiteral("status"), e.whatBecameOfIt()},
                               {QStringLiteral("error"), e.error},
                               {QStringLiteral("undo_of"), e.undoOf},
                               {QStringLiteral("undone_by"), e.undoneBy}});
    }
    print(f, {tr("ID"), tr("WHEN"), tr("CHANGE"), tr("WHAT BECAME OF IT")}, rows, arr);
    return Ok;
}

int undo(Context& ctx, const QStringList& argv)
{
    if (argv.size() != 2)
        return usageError(tr("undo needs NAME and MEMBER_ID"));
    int code = Ok;
    auto s = ctx.open(argv[0], &code);
    if (!s)
        return code;
    CrmError e;
    const MemberVerbs::Undo done = s->verbs().undoLast(argv[1], &e);
    if (!done.entryId)
        return failWith(e);
    if (done.withdrawn) {
        const auto entry = s->outbox().entry(done.entryId);
        out() << tr("withdrawn: %1").arg(entry ? entry->describe(s->verbs().names()) : QString()) << '\n';
        return Ok;
    }
    return sendAndReport(ctx, *s, {done.entryId});
}

} // namespace

bool run(Context& ctx, const QString& cmd, const QStringList& argv, int* exitCode)
{
    if (cmd == QLatin1String("history"))
        *exitCode = history(ctx, argv);
    else if (cmd == QLatin1String("undo"))
        *exitCode = undo(ctx, argv);
    else
        return false;
    return true;
}

QString usage()
{
    return tr("  crmctl history NAME MEMBER_ID [--format table|json]   (what the console changed, and what "
              "became of it)\n"
              "  crmctl undo NAME MEMBER_ID                     (takes the member's last change back)\n");
}

} // namespace Commands::HistoryCommands
