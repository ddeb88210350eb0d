#include "bulkcommands.h"

#include "cli.h"

#include "bulk/accountbatch.h"
#include "bulk/accountplan.h"
#include "bulk/importplan.h"
#include "bulk/importrunner.h"
#include "bulk/memberexport.h"
#include "cache/cache.h"

#include <QEventLoop>
#include <QFile>
#include <QSaveFile>
#include <optional>

using namespace crm;

namespace Commands::BulkCommands {

namespace {

bool parseDelimiter(const QString& text, char* out)
{
    if (text.isEmpty())
        *out = 0;
    else if (text == QLatin1String("tab") || text == QLatin1String("\\t"))
        *out = '\t';
    else if (text.size() == 1 && QStringLiteral(",;|").contains(text))
        *out = text.at(0).toLatin1();
    else
        return false;
    return true;
}

int exportCommand(Context& ctx, const QStringList& argv)
{
    Args a(argv,
           {QStringLiteral("search"), QStringLiteral("group"), QStringLiteral("ids"),
            QStringLiteral("columns"), QStringLiteral("format"), QStringLiteral("delimiter"),
            QStringLiteral("header")},
           {QStringLiteral("bom")});
    if (!a.error.isEmpty() || a.positional.size() != 2)
        return usageError(a.error.isEmpty() ? tr("export needs NAME and FILE (- for standard output)")
                                            : a.error);
    int code = Ok;
    auto s = ctx.open(a.positional.first(), &code);
    if (!s)
        return code;
    MemberExport::Options o;
    o.query.search = a.value(QStringLiteral("search"));
    o.query.groupId = a.value(QStringLiteral("group"));
    if (!o.query.groupId.isEmpty() && !s->cache()->group(o.query.groupId))
        return usageError(tr("no group %1 in the cache (see: crmctl groups %2)")
                              .arg(o.query.groupId, a.positional.first()));
    o.ids = a.value(QStringLiteral("ids")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    o.columns = a.options.contains(QStringLiteral("columns"))
                    ? a.value(QStringLiteral("columns")).split(QLatin1Char(','), Qt::SkipEmptyParts)
                    : MemberExport::defaultColumns();
    const QString format = a.value(QStringLiteral("format"), QStringLiteral("csv"));
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return usageError(tr("--format must be csv or json"));
    o.format = format == QLatin1String("json") ? MemberExport::Format::Json : MemberExport::Format::Csv;
    o.byteOrderMark = a.flags.contains(QStringLiteral("bom"));
    const QString header = a.value(QStringLiteral("header"), QStringLiteral("names"));
    if (header != QLatin1String("names") && header != QLatin1String("keys"))
        return usageError(tr("--header must be names or keys"));
    o.keyHeaders = header == QLatin1String("keys");
    if (!parseDelimiter(a.value(QStringLiteral("delimiter"), QStringLiteral(",")), &o.delimiter) ||
        !o.delimiter)
        return usageError(tr("--delimiter must be , ; | or tab"));
    const QString path = a.positional.at(1);
    QString error;
    qint64 n = 0;
    if (path == QLatin1String("-")) {
        QFile stdOut;
        stdOut.open(stdout, QIODevice::WriteOnly);
        n = MemberExport::write(*s->cache(), s->profile(), o, &stdOut, &error);
    } else {
        // Written whole or not at all: an export stopped half-way never replaces a good file.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return failWith(CrmError(CrmError::Kind::Local, {}, 0,
                                     tr("cannot write %1: %2").arg(path, file.errorString())));
        n = MemberExport::write(*s->cache(), s->profile(), o, &file, &error);
        if (n >= 0 && !file.commit())
            error = file.errorString(), n = -1;
    }
    if (n < 0)
        return error.startsWith(QLatin1String("unknown column"))
                   ? usageError(error)
                   : failWith(CrmError(CrmError::Kind::Local, {}, 0, error));
    err() << tr("Exported %1 member(s) from the cache.").arg(n) << '\n';
    cachedNotice(*s->cache());
    return Ok;
}

QString summaryLine(const QList<ImportRow>& rows)
{
    const auto counts = ImportPlan::summary(rows);
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(it.value()).arg(ImportRow::outcomeName(it.key())));
    return tr("%1 row(s): %2").arg(rows.size()).arg(parts.join(QStringLiteral(", ")));
}

int importCommand(Context& ctx, const QStringList& argv)
{
    Args a(argv,
           {QStringLiteral("map"), QStringLiteral("action"), QStringLiteral("report"), QStringLiteral("jobs"),
            QStringLiteral("delimiter")},
           {QStringLiteral("dry-run")});
    if (!a.error.isEmpty() || a.positional.size() != 2)
        return usageError(a.error.isEmpty() ? tr("import needs NAME and FILE") : a.error);
    ImportSettings settings;
    if (!ImportSettings::parseAction(a.value(QStringLiteral("action"), QStringLiteral("update")), &settings))
        return usageError(tr("--action must be create, update, upsert or group:GROUP_ID"));
    char delimiter = 0;
    if (!parseDelimiter(a.value(QStringLiteral("delimiter")), &delimiter))
        return usageError(tr("--delimiter must be , ; | or tab"));
    int code = Ok;
    auto s = ctx.open(a.positional.first(), &code);
    if (!s)
        return code;
    QFile file(a.positional.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return failWith(CrmError(CrmError::Kind::Local, {}, 0,
                                 tr("cannot read %1: %2").arg(file.fileName(), file.errorString())));
    if (file.size() > 512LL * 1024 * 1024)
        return failWith(CrmError(CrmError::Kind::Local, {}, 0,
                                 tr("%1 is larger than 512 MB: split it").arg(file.fileName())));
    ImportPlan plan;
    QString error;
    if (!plan.read(file.readAll(), delimiter, &error))
        return failWith(CrmError(CrmError::Kind::Local, {}, 0, error));

    const Abilities can = s->abilities();
    QStringList known{QStringLiteral("email")};
    for (const QString& f : can.editableFields + can.memberFields)
        if (!known.contains(f))
            known.append(f);
    settings.mapping = ImportPlan::guessMapping(plan.header(), known);
    for (const QString& m : a.options.values(QStringLiteral("map"))) {
        const qsizetype eq = m.indexOf(QLatin1Char('='));
        const QString column = m.left(eq);
        const QString field = m.mid(eq + 1);
        int index = int(plan.header().indexOf(column));
        if (index < 0 && column.toInt() >= 1 && column.toInt() <= plan.header().size())
            index = column.toInt() - 1;
        if (eq <= 0 || index < 0)
            return usageError(tr("--map takes COLUMN=FIELD with a column of the header (%1) or its number")
                                  .arg(plan.header().join(QStringLiteral(", "))));
        if (field.isEmpty()) {
            settings.mapping.remove(index);
            continue;
        }
        if (!known.contains(field))
            return usageError(
                tr("unknown field %1 (known: %2)").arg(field, known.join(QStringLiteral(", "))));
        for (auto it = settings.mapping.begin(); it != settings.mapping.end();)
            it = it.value() == field ? settings.mapping.erase(it) : std::next(it);
        settings.mapping.insert(index, field);
    }
    QStringList shown;
    for (auto it = settings.mapping.cbegin(); it != settings.mapping.cend(); ++it)
        shown.append(plan.header().value(it.key()) + QStringLiteral(" \u2192 ") + it.value());
    err() << tr("Columns: %1 (delimiter %2)")
                 .arg(shown.isEmpty() ? tr("none mapped") : shown.join(QStringLiteral(", ")),
                      plan.delimiter() == '\t' ? QStringLiteral("tab")
                                               : QString(QLatin1Char(plan.delimiter())))
          << '\n';

    QList<ImportRow> rows = plan.decide(settings, *s->cache(), &can);
    const bool dry = a.flags.contains(QStringLiteral("dry-run"));
    auto writeReport = [&](const QList<ImportRow>& result) -> int {
        const QString path = a.value(QStringLiteral("report"));
        if (path.isEmpty()) {
            QList<QStringList> table;
            for (const ImportRow& r : result)
                table.append({QString::number(r.row), r.email, ImportRow::outcomeName(r.outcome), r.memberId,
                              r.reason});
            Output::table(out(), {tr("ROW"), tr("E-MAIL"), tr("OUTCOME"), tr("MEMBER"), tr("REASON")}, table);
            return Ok;
        }
        QSaveFile report(path);
        if (!report.open(QIODevice::WriteOnly) || report.write(ImportPlan::reportCsv(result)) < 0 ||
            !report.commit())
            return failWith(
                CrmError(CrmError::Kind::Local, {}, 0, tr("cannot write the report %1").arg(path)));
        err() << tr("Report written to %1.").arg(path) << '\n';
        return Ok;
    };
    if (dry) {
        err() << tr("Dry run, nothing sent: %1").arg(summaryLine(rows)) << '\n';
        return writeReport(rows);
    }
    int planned = 0;
    for (const ImportRow& r : rows)
        planned += r.planned() ? 1 : 0;
    err() << tr("Plan: %1").arg(summaryLine(rows)) << '\n';
    if (planned > 0 && (code = ctx.connect(*s)) != Ok) {
        writeReport(rows);
        return code;
    }
    // With nothing to send the runner only settles the rows: it needs no connection.
    std::unique_ptr<ImportRunner> made(s->verbs().importRunner(nullptr));
    if (!made)
        made = std::make_unique<ImportRunner>(s->cache(), nullptr);
    ImportRunner& runner = *made;
    runner.setConcurrency(a.value(QStringLiteral("jobs"), QStringLiteral("4")).toInt());
    QEventLoop loop;
    CrmError stopped;
    QObject::connect(&runner, &ImportRunner::progress, &loop, [](int done, int total) {
        if (done % 500 == 0 || done == total) {
            err() << tr("sent %1/%2").arg(done).arg(total) << '\n';
            err().flush();
        }
    });
    QObject::connect(&runner, &ImportRunner::finished, &loop, [&](const CrmError& e) {
        stopped = e;
        loop.quit();
    });
    runner.start(plan.journalKey(), rows);
    loop.exec();
    const QList<ImportRow>& result = runner.rows();
    err() << tr("Done: %1").arg(summaryLine(result)) << '\n';
    if (int c = writeReport(result); c != Ok)
        return c;
    if (stopped)
        return failWith(stopped);
    for (const ImportRow& r : result)
        if (r.outcome == ImportRow::Outcome::Failed || r.outcome == ImportRow::Outcome::NotSent)
            return Failed;
    return Ok;
}

/// The members --ids, --group or --search name (all cached ones without any), or a usage error.
std::optional<QStringList> chosenMembers(const Args& a, const Cache& cache, int* code)
{
    QStringList ids = a.value(QStringLiteral("ids")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!ids.isEmpty())
        return ids;
    MemberQuery q;
    q.search = a.value(QStringLiteral("search"));
    q.groupId = a.value(QStringLiteral("group"));
    if (!q.groupId.isEmpty() && !cache.group(q.groupId)) {
        *code = usageError(tr("no group %1 in the cache").arg(q.groupId));
        return std::nullopt;
    }
    return cache.memberIds(q);
}

/// accounts for a CRM that makes them through its API: the addresses from --emails (a CSV file or a
/// list, "-" for stdin) or the people linked to the chosen members, checked, then created.
int accountBatch(Context& ctx, ProfileSession& s, const Args& a)
{
    const bool dry = a.flags.contains(QStringLiteral("dry-run"));
    if (a.positional.size() != 1)
        return usageError(tr("accounts for %1 takes NAME only: the addresses come from --emails FILE or "
                             "the members' linked people")
                              .arg(s.profile().kind));
    QList<AccountRequest> requests;
    if (const QString path = a.value(QStringLiteral("emails")); !path.isEmpty()) {
        QFile in;
        const bool opened = path == QLatin1String("-") ? in.open(stdin, QIODevice::ReadOnly)
                                                       : (in.setFileName(path), in.open(QIODevice::ReadOnly));
        if (!opened)
            return usageError(tr("cannot read %1: %2").arg(path, in.errorString()));
        requests = AccountBatch::fromCsv(in.readAll());
    } else {
        int code = Ok;
        const auto ids = chosenMembers(a, *s.cache(), &code);
        if (!ids)
            return code;
        requests = AccountBatch::fromLinkedMembers(*s.cache(), *ids);
    }
    auto summaryOf = [](const QList<AccountRequest>& list) -> QString {
        const auto counts = AccountBatch::summary(list);
        QStringList parts;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            parts.append(QStringLiteral("%1 %2").arg(it.value()).arg(AccountBatch::outcomeName(it.key())));
        return tr("%1 address(es)").arg(list.size()) + QStringLiteral(": ") +
               parts.join(QStringLiteral(", "));
    };
    auto writeReport = [&](const QList<AccountRequest>& result) -> int {
        const QString path = a.value(QStringLiteral("report"));
        if (path.isEmpty()) {
            QList<QStringList> table;
            for (const AccountRequest& r : result)
                table.append({r.email, AccountBatch::outcomeName(r.outcome), r.state, r.userId, r.reason});
            Output::table(out(), {tr("E-MAIL"), tr("OUTCOME"), tr("STATE"), tr("USER"), tr("REASON")}, table);
            return Ok;
        }
        QSaveFile report(path);
        if (!report.open(QIODevice::WriteOnly) || report.write(AccountBatch::report(result)) < 0 ||
            !report.commit())
            return failWith(
                CrmError(CrmError::Kind::Local, {}, 0, tr("cannot write the report %1").arg(path)));
        err() << tr("Report written to %1.").arg(path) << '\n';
        return Ok;
    };
    bool any = false;
    for (const AccountRequest& r : std::as_const(requests))
        any = any || r.pending();
    if (!any) {
        err() << summaryOf(requests) << '\n';
        return writeReport(requests);
    }
    if (int code = ctx.connect(s); code != Ok) {
        writeReport(requests);
        return code;
    }
    std::unique_ptr<AccountRunner> made(s.verbs().accountRunner(nullptr));
    AccountRunner& runner = *made;
    runner.setConcurrency(a.value(QStringLiteral("jobs"), QStringLiteral("4")).toInt());
    auto run = [&](AccountRunner::Mode mode, const QList<AccountRequest>& list, CrmError* stopped) {
        QEventLoop loop;
        QObject::connect(&runner, &AccountRunner::finished, &loop, [&](const CrmError& e) {
            *stopped = e;
            loop.quit();
        });
        runner.start(mode, list, a.flags.contains(QStringLiteral("welcome")));
        loop.exec();
        QObject::disconnect(&runner, &AccountRunner::finished, &loop, nullptr);
        return runner.requests();
    };
    // The dry run always comes first: it asks, it changes nothing.
    CrmError stopped;
    QList<AccountRequest> result = run(AccountRunner::Mode::Check, requests, &stopped);
    err() << (dry ? tr("Dry run, nothing created: %1") : tr("Checked: %1")).arg(summaryOf(result)) << '\n';
    if (!dry && !stopped) {
        result = run(AccountRunner::Mode::Create, result, &stopped);
        err() << tr("Done: %1").arg(summaryOf(result)) << '\n';
    }
    if (int c = writeReport(result); c != Ok)
        return c;
    if (stopped)
        return failWith(stopped);
    for (const AccountRequest& r : std::as_const(result))
        if (r.outcome == AccountRequest::Outcome::Failed || r.outcome == AccountRequest::Outcome::NotSent)
            return Failed;
    return Ok;
}

int accountsCommand(Context& ctx, const QStringList& argv)
{
    Args a(argv,
           {QStringLiteral("group"), QStringLiteral("ids"), QStringLiteral("search"),
            QStringLiteral("report"), QStringLiteral("emails"), QStringLiteral("jobs")},
           {QStringLiteral("welcome"), QStringLiteral("dry-run")});
    const bool dry = a.flags.contains(QStringLiteral("dry-run"));
    if (!a.error.isEmpty() || a.positional.isEmpty())
        return usageError(a.error.isEmpty() ? tr("accounts needs NAME") : a.error);
    int code = Ok;
    auto s = ctx.open(a.positional.first(), &code);
    if (!s)
        return code;
    const Abilities can = s->abilities();
    if (can.has(Abilities::CreateAccounts))
        return accountBatch(ctx, *s, a);
    if (!can.has(Abilities::UserAccounts))
        return failWith(
            CrmError(CrmError::Kind::Local, {}, 0,
                     tr("In this CRM every member is an account; there are no contacts without one.")));
    if (a.positional.size() != (dry ? 1 : 2))
        return usageError(tr("accounts needs NAME and the FILE to write (or --dry-run)"));
    const auto ids = chosenMembers(a, *s->cache(), &code);
    if (!ids)
        return code;
    const QList<AccountPlan::Row> rows = AccountPlan::decide(*s->cache(), *ids);
    QMap<QString, int> counts;
    for (const AccountPlan::Row& r : rows)
        ++counts[AccountPlan::outcomeName(r.outcome)];
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
    err() << tr("%1 member(s): %2").arg(rows.size()).arg(parts.join(QStringLiteral(", "))) << '\n';
    if (const QString path = a.value(QStringLiteral("report")); !path.isEmpty()) {
        QSaveFile report(path);
        if (!report.open(QIODevice::WriteOnly) || report.write(AccountPlan::report(rows)) < 0 ||
            !report.commit())
            return failWith(
                CrmError(CrmError::Kind::Local, {}, 0, tr("cannot write the report %1").arg(path)));
    } else if (dry) {
        QList<QStringList> table;
        for (const AccountPlan::Row& r : rows)
            table.append({r.memberId, r.email, AccountPlan::outcomeName(r.outcome), r.userName, r.reason});
        Output::table(out(), {tr("MEMBER"), tr("E-MAIL"), tr("OUTCOME"), tr("USER NAME"), tr("REASON")},
                      table);
    }
    if (dry)
        return Ok;
    QSaveFile file(a.positional.at(1));
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(AccountPlan::importFile(rows, a.flags.contains(QStringLiteral("welcome")))) < 0 ||
        !file.commit())
        return failWith(
            CrmError(CrmError::Kind::Local, {}, 0, tr("cannot write %1").arg(a.positional.at(1))));
    err() << tr("Wrote the user import file %1: give it to the site's user import (matched on the e-mail; "
                "the site "
                "makes the passwords%2).")
                 .arg(a.positional.at(1), a.flags.contains(QStringLiteral("welcome"))
                                              ? tr(" and sends the welcome e-mails")
                                              : QString())
          << '\n';
    return Ok;
}

} // namespace

bool run(Context& ctx, const QString& cmd, const QStringList& argv, int* exitCode)
{
    static const QMap<QString, Command> commands{
        {QStringLiteral("export"), exportCommand},
        {QStringLiteral("import"), importCommand},
        {QStringLiteral("accounts"), accountsCommand},
    };
    return dispatch(commands, ctx, cmd, argv, exitCode);
}

QString usage()
{
    return tr(
        "  crmctl export NAME FILE|- [--search TEXT] [--group GROUP_ID] [--ids ID,...] [--columns COL,...]\n"
        "         [--format csv|json] [--bom] [--delimiter ,|;|tab] [--header names|keys]\n"
        "  crmctl import NAME FILE [--map COLUMN=FIELD]... [--action create|update|upsert|group:GROUP_ID]\n"
        "         [--dry-run] [--report FILE] [--jobs N] [--delimiter ,|;|tab]\n"
        "  crmctl accounts NAME FILE|--dry-run [--group GROUP_ID|--ids ID,...|--search TEXT] [--welcome]\n"
        "         [--report FILE]     (CiviCRM: contacts without a user account, as the site's user import "
        "file)\n"
        "  crmctl accounts NAME [--emails FILE|-] [--group GROUP_ID|--ids ID,...|--search TEXT] [--dry-run]\n"
        "         [--welcome] [--report FILE] [--jobs N]\n"
        "                             (SheepCRM, REMP: accounts for the addresses in FILE, or for the "
        "people\n"
        "                             linked to the members' memberships; checked first, then created)\n");
}

} // namespace Commands::BulkCommands
