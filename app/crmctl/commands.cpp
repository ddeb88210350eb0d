#include "commands.h"

#include "bulkcommands.h"
#include "cli.h"
#include "historycommands.h"
#include "membercommands.h"
#include "membershipcommands.h"
#include "output.h"
#include "partcommands.h"
#include "profilecommands.h"
#include "signincommands.h"

#include "auth/oauth2endpoints.h"
#include "cache/cache.h"
#include "credentials/credentialstore.h"
#include "net/crmcall.h"
#include "outbox/outboxrescue.h"
#include "outbox/outboxrunner.h"
#include "profiles/crmkinds.h"
#include "profiles/profilestore.h"
#include "session/fieldvalues.h"
#include "session/memberverbs.h"
#include "session/profilesession.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextStream>
#include <any>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace crm;

namespace Commands {

namespace {

// --- sync and reads ---

int members(Context& ctx, const QStringList& argv)
{
    Args a(argv,
           {QStringLiteral("search"), QStringLiteral("group"), QStringLiteral("format"),
            QStringLiteral("limit")},
           {});
    Output::Format f = Output::Format::Table;
    if (!a.error.isEmpty())
        return usageError(a.error);
    if (a.positional.size() != 1)
        return usageError(tr("members needs exactly one NAME"));
    if (!Output::parseFormat(a.value(QStringLiteral("format"), QStringLiteral("table")), &f))
        return usageError(tr("--format must be table, json or csv"));
    int code = Ok;
    auto s = ctx.open(a.positional.first(), &code);
    if (!s)
        return code;
    MemberQuery q;
    q.search = a.value(QStringLiteral("search"));
    q.groupId = a.value(QStringLiteral("group"));
    if (!q.groupId.isEmpty() && !s->cache()->group(q.groupId))
        return usageError(
            tr("no group %1 in the cache (see: crmctl groups %2)").arg(q.groupId, s->profile().name));
    const qint64 total = s->cache()->countMembers(q);
    const qint64 limit =
        a.options.contains(QStringLiteral("limit")) ? a.value(QStringLiteral("limit")).toLongLong() : total;
    QJsonArray arr;
    QList<QStringList> rows;
    for (qint64 offset = 0; offset < std::min(total, limit); offset += 5000) {
        for (const Member& m : s->cache()->members(q, offset, int(std::min<qint64>(5000, limit - offset)))) {
            const QStringList groups = s->cache()->groupsOf(m.id);
            if (f == Output::Format::Json)
                arr.append(memberJson(m, groups));
            else
                rows.append(
                    {m.id, m.displayName, m.firstName, m.lastName, m.email, m.username,
                     groups.join(f == Output::Format::Csv ? QStringLiteral(";") : QStringLiteral(","))});
        }
    }
    // The rows stop short at a damaged page: print none rather than some.
    if (CrmError e = s->cache()->damage())
        return failWith(e);
    const QStringList headers =
        f == Output::Format::Csv ? QStringList{QStringLiteral("id"),         QStringLiteral("display_name"),
                                               QStringLiteral("first_name"), QStringLiteral("last_name"),
                                               QStringLiteral("email"),      QStringLiteral("username"),
                                               QStringLiteral("groups")}
                                 : QStringList{tr("ID"),    tr("NAME"),     tr("FIRST"), tr("LAST"),
                                               tr("EMAIL"), tr("USERNAME"), tr("GROUPS")};
    print(f, headers, rows, arr);
    out().flush();
    cachedNotice(*s->cache());
    return Ok;
}

int member(Context& ctx, const QStringList& argv)
{
    Args a(argv, {QStringLiteral("format")}, {QStringLiteral("offline")});
    Output::Format f = Output::Format::Table;
    if (!a.error.isEmpty())
        return usageError(a.error);
    if (a.positional.size() != 2)
        return usageError(tr("member needs NAME and MEMBER_ID"));
    if (!Output::parseFormat(a.value(QStringLiteral("format"), QStringLiteral("table")), &f) ||
        f == Output::Format::Csv)
        return usageError(tr("--format must be table or json"));
    int code = Ok;
    auto s = ctx.open(a.positional[0], &code);
    if (!s)
        return code;
    const QString id = a.positional[1];
    bool fresh = false;
    // Refresh from the CRM when it answers; fall back to the cache when it does not.
    if (!a.flags.contains(QStringLiteral("offline")) && ctx.connect(*s) == Ok) {
        // An edit waiting in the outbox stays shown until the CRM has it.
        const Outcome o = await(s->verbs().refreshMember(id));
        if (!o.error) {
            fresh = true;
        } else if (o.error.kind == CrmError::Kind::NotFound) {
            return failWith(o.error);
        }
    }
    const auto m = s->cache()->member(id);
    if (!m)
        return failWith(
            CrmError(CrmError::Kind::NotFound, {}, 0, tr("Member %1 is not in the cache.").arg(id)));
    const QMap<QString, QString> labels = s->profile().customFieldLabels();
    const FieldValues values = s->verbs().fieldValues();
    auto named = [&](const QString& field, const QString& value) { return values.shown(field, value); };
    if (f == Output::Format::Json) {
        QJsonObject o = memberJson(*m, m->groups);
        QJsonArray addresses;
        for (const Address& addr : m->addresses) {
            QJsonObject a = addressJson(addr, labels);
            a.insert(QStringLiteral("location_type"),
                     named(QStringLiteral("location_type_id"), addr.locationType));
            a.insert(QStringLiteral("country"), named(QStringLiteral("country_id"), addr.country));
            a.insert(QStringLiteral("supplemental_address_1"), addr.supplemental);
            const QString province =
                addr.raw.object().value(QLatin1String("state_province_id")).toVariant().toString();
            a.insert(QStringLiteral("state_province"), named(QStringLiteral("state_province_id"), province));
            addresses.append(a);
        }
        o.insert(QStringLiteral("addresses"), addresses);
        if (s->abilities().has(Abilities::ContactParts)) {
            QJsonArray phones, emails;
            for (const Phone& p : m->phones)
                phones.append(QJsonObject{
                    {QStringLiteral("id"), p.id},
                    {QStringLiteral("phone"), p.number},
                    {QStringLiteral("phone_type"), named(QStringLiteral("phone_type_id"), p.phoneType)},
                    {QStringLiteral("location_type"),
                     named(QStringLiteral("location_type_id"), p.locationType)},
                    {QStringLiteral("is_primary"), p.isPrimary}});
            for (const EmailAddress& e : m->emails)
                emails.append(QJsonObject{{QStringLiteral("id"), e.id},
                                          {QStringLiteral("email"), e.email},
                                          {QStringLiteral("location_type"),
                                           named(QStringLiteral("location_type_id"), e.locationType)},
                                          {QStringLiteral("is_primary"), e.isPrimary},
                                          {QStringLiteral("on_hold"), e.onHold}});
            o.insert(QStringLiteral("phones"), phones);
            o.insert(QStringLiteral("emails"), emails);
            const QJsonObject raw = m->raw.object();
            auto text = [&](const char* k) { return raw.value(QLatin1String(k)).toVariant().toString(); };
            for (const char* k : {"middle_name", "nick_name", "birth_date", "job_title"})
                o.insert(QLatin1String(k), text(k));
            o.insert(QStringLiteral("gender"), named(QStringLiteral("gender_id"), text("gender_id")));
            for (const char* k : {"do_not_email", "do_not_phone", "do_not_mail", "do_not_sms", "is_opt_out"})
                o.insert(QLatin1String(k), text(k) == QLatin1String("1"));
            o.insert(QStringLiteral("is_deleted"), text("contact_is_deleted") == QLatin1String("1"));
        }
        o.insert(QStringLiteral("raw"), m->raw.object());
        Output::json(out(), o);
    } else {
        QList<QStringList> rows{{tr("id"), m->id},
                                {tr("display name"), m->displayName},
                                {tr("first name"), m->firstName},
                                {tr("last name"), m->lastName},
                                {tr("e-mail"), m->email},
                                {tr("user id"), m->userId},
                                {tr("username"), m->username},
                                {tr("groups"), m->groups.join(QStringLiteral(", "))},
                                {tr("modified"), m->modified}};
        for (const Phone& p : m->phones)
            rows.append({tr("phone %1").arg(p.id),
                         tr("%1 (%2, %3)%4")
                             .arg(p.number, named(QStringLiteral("location_type_id"), p.locationType),
                                  named(QStringLiteral("phone_type_id"), p.phoneType),
                                  p.isPrimary ? tr(", primary") : QString())});
        for (const EmailAddress& e : m->emails)
            rows.append({tr("e-mail %1").arg(e.id),
                         tr("%1 (%2)%3%4")
                             .arg(e.email, named(QStringLiteral("location_type_id"), e.locationType),
                                  e.isPrimary ? tr(", primary") : QString(),
                                  e.onHold ? tr(", on hold") : QString())});
        for (int i = 0; i < m->addresses.size(); ++i) {
            const Address& ad = m->addresses[i];
            rows.append({ad.locationType.isEmpty() || !s->abilities().has(Abilities::ChoiceLists)
                             ? tr("address %1").arg(i + 1)
                             : tr("%1 address %2")
                                   .arg(named(QStringLiteral("location_type_id"), ad.locationType), ad.id),
                         QStringList{ad.street, ad.supplemental, ad.postalCode, ad.city,
                                     named(QStringLiteral("country_id"), ad.country)}
                             .filter(QRegularExpression(QStringLiteral("\\S")))
                             .join(QStringLiteral(", "))});
            for (auto it = ad.customFields.cbegin(); it != ad.customFields.cend(); ++it)
                rows.append({QStringLiteral("  ") + labels.value(it.key(), it.key()), it.value()});
        }
        Output::table(out(), {tr("FIELD"), tr("VALUE")}, rows);
    }
    out().flush();
    if (!fresh)
        cachedNotice(*s->cache());
    return Ok;
}

int groups(Context& ctx, const QStringList& argv)
{
    Args a(argv, {QStringLiteral("format")}, {});
    Output::Format f = Output::Format::Table;
    if (!a.error.isEmpty())
        return usageError(a.error);
    if (a.positional.size() != 1)
        return usageError(tr("groups needs exactly one NAME"));
    if (!Output::parseFormat(a.value(QStringLiteral("format"), QStringLiteral("table")), &f))
        return usageError(tr("--format must be table, json or csv"));
    int code = Ok;
    auto s = ctx.open(a.positional.first(), &code);
    if (!s)
        return code;
    QJsonArray arr;
    QList<QStringList> rows;
    for (const Group& g : s->cache()->groups()) {
        arr.append(QJsonObject{{QStringLiteral("id"), g.id},
                               {QStringLiteral("name"), g.name},
                               {QStringLiteral("title"), g.title},
                               {QStringLiteral("smart"), g.smart},
                               {QStringLiteral("members"), g.memberCount},
                               {QStringLiteral("description"), g.description}});
        rows.append({g.id, g.title, g.smart ? tr("smart") : tr("static"), QString::number(g.memberCount)});
    }
    if (f == Output::Format::Json)
        Output::json(out(), arr);
    else if (f == Output::Format::Csv)
        Output::csv(out(),
                    {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("type"),
                     QStringLiteral("members")},
                    rows);
    else
        Output::table(out(), {tr("ID"), tr("TITLE"), tr("TYPE"), tr("MEMBERS")}, rows);
    out().flush();
    cachedNotice(*s->cache());
    return Ok;
}

// --- writes ---

int edit(Context& ctx, const QStringList& argv)
{
    if (argv.size() < 3)
        return usageError(tr("edit needs NAME, MEMBER_ID and at least one FIELD=VALUE"));
    int code = Ok;
    auto s = openFor(ctx, argv[0], Abilities::EditMembers, tr("editing members"), &code);
    if (!s)
        return code;
    // Each CRM names its editable fields; lists are given whole ("tags=a,b" replaces the list).
    QVariantMap fields;
    // Option fields may be named as people name them ("gender=Female" for gender_id).
    QStringList known = s->abilities().editableFields;
    for (const QString& f : s->abilities().editableFields)
        if (!FieldValues::listOf(f).isEmpty() && f.endsWith(QLatin1String("_id")))
            known.append(f.chopped(3));
    if (!parseFields(argv.mid(2), known, QStringLiteral("edit"), &fields, &code, s->abilities().listFields))
        return code;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QString value = it.value().toString().trimmed();
        if (it.key() == Field::Email && !validEmail(value))
            return usageError(tr("\u201c%1\u201d is not an e-mail address").arg(value));
        if (it.key() == Field::LastName && value.isEmpty())
            return usageError(tr("the last name cannot be empty"));
    }
    if (s->abilities().has(Abilities::ChoiceLists)) {
        CrmError invalid;
        fields = s->verbs().fieldValues().toCrm(fields, &invalid);
        if (invalid)
            return failWith(invalid);
    }
    CrmError e;
    const qint64 id = s->verbs().editMember(argv[1], fields, &e);
    if (!id)
        return failWith(e);
    return sendAndReport(ctx, *s, {id});
}

/// A group the CRM accepted joins the connection's list of groups (option "groups") and the cache.
void keepListedGroup(Context& ctx, ProfileSession& s, const Group& group)
{
    Profile profile = s.profile();
    QString option = profile.options.value(QStringLiteral("groups"));
    if (!option.isEmpty() && !option.endsWith(QLatin1Char(';')))
        option += QLatin1Char(';');
    profile.options.insert(QStringLiteral("groups"), option + group.id + QLatin1Char(':') + group.title);
    ctx.profiles.save(profile);
    QList<Group> groups = s.cache()->groups();
    groups.append(group);
    s.cache()->writeGroups(groups, {});
    out() << tr("Group %1 joined the groups of connection \u201c%2\u201d as \u201c%3\u201d; give it its name "
                "in "
                "the connection dialog.")
                 .arg(group.id, profile.name, group.title)
          << '\n';
}

int groupChange(Context& ctx, const QStringList& argv, bool add)
{
    if (argv.size() < 3)
        return usageError(tr("%1 needs NAME, GROUP_ID and at least one MEMBER_ID")
                              .arg(add ? QStringLiteral("group-add") : QStringLiteral("group-remove")));
    int code = Ok;
    auto s = ctx.open(argv[0], &code);
    if (!s)
        return code;
    auto group = s->cache()->group(argv[1]);
    // A CRM whose groups the connection lists (REMP lists none itself) decides about a group id the
    // list lacks: it is sent, and joins the list once the CRM accepts it.
    const bool listedHere = s->abilities().has(Abilities::GroupListInProfile);
    const bool unlisted = !group && listedHere;
    if (unlisted) {
        bool numeric = false;
        argv[1].toLongLong(&numeric);
        if (!numeric)
            return usageError(tr("GROUP_ID is the CRM's number for the group"));
        group = Group{argv[1], argv[1], tr("Group %1").arg(argv[1]), {}, false, true, -1, {}};
    }
    if (!group)
        return failWith(CrmError(CrmError::Kind::NotFound, {}, 0,
                                 tr("No group %1 in the cache; run: crmctl sync %2").arg(argv[1], argv[0])));
    if (group->smart)
        return failWith(
            CrmError(CrmError::Kind::Validation, {}, 0,
                     tr("\u201c%1\u201d is a smart group: the CRM computes its members from a saved "
                        "search, so members cannot be added or removed by hand. Change the member's "
                        "data or the saved search instead.")
                         .arg(group->title)));
    QList<qint64> ids;
    for (const QString& memberId : argv.mid(2)) {
        if (!s->cache()->member(memberId))
            return failWith(
                CrmError(CrmError::Kind::NotFound, {}, 0,
                         tr("Member %1 is not in the cache; run: crmctl sync %2").arg(memberId, argv[0])));
        CrmError e;
        const qint64 id = s->verbs().changeGroup(group->id, memberId, add, &e);
        if (!id)
            return failWith(e);
        ids.append(id);
    }
    const int code2 = sendAndReport(ctx, *s, ids);
    if (unlisted && add) {
        bool accepted = true;
        for (qint64 id : std::as_const(ids)) {
            const auto e = s->outbox().entry(id);
            accepted = accepted && e && e->state == OutboxEntry::State::Done;
        }
        if (accepted)
            keepListedGroup(ctx, *s, *group);
    }
    return code2;
}

int outbox(Context& ctx, const QStringList& argv)
{
    Args a(argv, {QStringLiteral("format")}, {});
    Output::Format f = Output::Format::Table;
    if (!a.error.isEmpty())
        return usageError(a.error);
    if (a.positional.size() != 1)
        return usageError(tr("outbox needs exactly one NAME"));
    if (!Output::parseFormat(a.value(QStringLiteral("format"), QStringLiteral("table")), &f) ||
        f == Output::Format::Csv)
        return usageError(tr("--format must be table or json"));
    int code = Ok;
    auto s = ctx.open(a.positional.first(), &code);
    if (!s)
        return code;
    QJsonArray arr;
    QList<QStringList> rows;
    const OutboxEntry::Names names = s->verbs().names();
    for (const OutboxEntry& e : s->outbox().open()) {
        arr.append(QJsonObject{{QStringLiteral("id"), e.id},
                               {QStringLiteral("op"), OutboxEntry::opName(e.op)},
                               {QStringLiteral("member_id"), e.memberId},
                               {QStringLiteral("group_id"), e.groupId},
                               {QStringLiteral("fields"), QJsonObject::fromVariantMap(e.fields)},
                               {QStringLiteral("state"), OutboxEntry::stateName(e.state)},
                               {QStringLiteral("attempts"), e.attempts},
                               {QStringLiteral("error"), e.error},
                               {QStringLiteral("created_at"), e.createdAt.toString(Qt::ISODate)}});
        rows.append({QString::number(e.id), OutboxEntry::stateName(e.state), e.describe(names), e.error});
    }
    if (f == Output::Format::Json)
        Output::json(out(), arr);
    else
        Output::table(out(), {tr("ID"), tr("STATE"), tr("EDIT"), tr("LAST ERROR")}, rows);
    return Ok;
}

} // namespace

int sync(Context& ctx, const QStringList& argv)
{
    Args a(argv, {QStringLiteral("page-size")}, {QStringLiteral("full")});
    if (!a.error.isEmpty() || a.positional.size() != 1)
        return usageError(a.error.isEmpty() ? tr("sync needs exactly one NAME") : a.error);
    const bool full = a.flags.contains(QStringLiteral("full"));
    int code = Ok;
    auto s = ctx.open(a.positional.first(), &code);
    if (!s)
        return code;
    if ((code = ctx.connect(*s)) != Ok)
        return code;
    if ((code = runOutbox(*s, false)) != Ok)
        return code;
    SyncEngine* engine = s->syncEngine();
    if (a.options.contains(QStringLiteral("page-size")))
        engine->setPageSize(std::max(1, a.value(QStringLiteral("page-size")).toInt()));
    const bool resuming = SyncEngine::hasInterruptedSync(*s->cache());
    if (resuming)
        err() << tr("crmctl: resuming the interrupted sync") << '\n';
    QEventLoop loop;
    CrmError result;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(engine, &SyncEngine::progress, &loop,
                     [](SyncEngine::Phase phase, qint64 done, qint64 total) {
                         const char* names[] = {"groups", "members", "checking", "group memberships", "done"};
                         err() << names[int(phase)] << ' ' << done;
                         if (total >= 0)
                             err() << '/' << total;
                         err() << '\n';
                         err().flush();
                     });
    QObject::connect(engine, &SyncEngine::waitingForOtherSync, &loop, [&] {
        err() << tr("crmctl: another sync of %1 is running; waiting for it to end").arg(s->profile().name)
              << '\n';
        err().flush();
    });
    bool ended = false;
    QObject::connect(engine, &SyncEngine::finished, &loop, [&](const CrmError& e) {
        result = e;
        ended = true;
        loop.quit();
    });
    engine->start(full ? SyncEngine::Scope::Full : SyncEngine::Scope::Auto);
    if (!ended)
        loop.exec();
    for (const SyncEngine::Skipped& left : engine->skipped())
        err() << tr("crmctl: left out record %1: %2")
                     .arg(left.id.isEmpty() ? tr("(no id)") : left.id, left.reason)
              << '\n';
    if (result)
        return failWith(result);
    const qint64 members = s->cache()->countMembers({});
    const qsizetype groups = s->cache()->groups().size();
    out() << (engine->readsChangesOnly()
                  ? tr("Synced %1: %2 members, %3 groups (only what changed: %4 members read in %5 s).")
                  : tr("Synced %1: %2 members, %3 groups (%4 members fetched in %5 s)."))
                 .arg(s->profile().name)
                 .arg(members)
                 .arg(groups)
                 .arg(engine->membersWritten())
                 .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1)
          << '\n';
    return Ok;
}

QString usage()
{
    return tr("usage:\n") + ProfileCommands::usage() +
           tr("  crmctl sync NAME [--full]                      (after a complete sync, only what "
              "changed;\n"
              "         --full reads every member again)\n"
              "  crmctl members NAME [--search TEXT] [--group GROUP_ID] [--format table|json|csv]\n"
              "  crmctl member NAME MEMBER_ID [--format table|json]\n"
              "  crmctl groups NAME [--format table|json|csv]\n"
              "  crmctl edit NAME MEMBER_ID FIELD=VALUE...        (first_name, last_name, email; CiviCRM "
              "also\n"
              "         middle_name nick_name birth_date gender job_title do_not_email do_not_phone\n"
              "         do_not_mail do_not_sms is_opt_out; SheepCRM: person fields, tags=a,b)\n"
              "  crmctl group-add NAME GROUP_ID MEMBER_ID...\n"
              "  crmctl group-remove NAME GROUP_ID MEMBER_ID...\n"
              "  crmctl outbox NAME [--format table|json]\n") +
           MemberCommands::usage() + PartCommands::usage() + HistoryCommands::usage() +
           MembershipCommands::usage() + SignInCommands::usage() + BulkCommands::usage() +
           tr("exit codes: 0 done, 2 usage, 3 the CRM refused or failed (or the cache is damaged), 4 the CRM "
              "could not be reached or is busy for a moment\n"
              "help for one command: crmctl COMMAND --help (or -h, or crmctl help COMMAND)\n"
              "the version: crmctl --version; after \u201c--\u201d every word is an argument, even one "
              "that starts with a dash\n");
}

/// The usage lines of one command (a first word, or "profile add"), with their continuation lines.
QString commandHelp(const QStringList& words)
{
    const QString prefix = QStringLiteral("  crmctl ") + words.join(QLatin1Char(' '));
    QString help;
    bool inCommand = false;
    for (const QString& line : usage().split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("  crmctl ")))
            inCommand = line == prefix || line.startsWith(prefix + QLatin1Char(' '));
        else if (!line.startsWith(QLatin1String("   ")))
            inCommand = false; // a line that is not a continuation
        if (inCommand)
            help += line + QLatin1Char('\n');
    }
    return help;
}

int runCommand(Context& ctx, const QStringList& args);

int run(const QStringList& args)
{
    const auto asksHelp = [](const QString& a) {
        return a == QLatin1String("--help") || a == QLatin1String("-h") || a == QLatin1String("help");
    };
    if (args.isEmpty() || (args.size() == 1 && asksHelp(args.first()))) {
        out() << usage();
        return args.isEmpty() ? Usage : Ok;
    }
    if (args.size() == 1 &&
        (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-v"))) {
        out() << QStringLiteral("crmctl %1\n").arg(QCoreApplication::applicationVersion());
        return Ok;
    }
    // crmctl help COMMAND, crmctl COMMAND --help, crmctl profile add -h: that command's lines only.
    // After "--" every word is an argument, "--help" too.
    const QStringList options = args.mid(0, args.indexOf(QLatin1String("--")));
    const bool helpFirst = asksHelp(args.first());
    if (helpFirst || options.contains(QLatin1String("--help")) || options.contains(QLatin1String("-h"))) {
        QStringList words;
        for (const QString& a : helpFirst ? options.mid(1) : options)
            if (!asksHelp(a) && !a.startsWith(QLatin1Char('-')) && words.size() < 2)
                words.append(a);
        QString help = commandHelp(words);
        if (help.isEmpty() && words.size() > 1)
            help = commandHelp(words.mid(0, 1));
        if (help.isEmpty())
            return usageError(tr("no command \u201c%1\u201d").arg(words.join(QLatin1Char(' '))));
        out() << tr("usage:\n") << help;
        return Ok;
    }
    Context ctx;
    const int code = runCommand(ctx, args);
    // A damaged page met anywhere means an answer above may have been short: never an exit 0. A command
    // that failed has said why already.
    const CrmError damage = ctx.damageSeen();
    return damage && code == Ok ? failWith(damage) : code;
}

int runCommand(Context& ctx, const QStringList& args)
{
    const QString cmd = args.first();
    const QStringList rest = args.mid(1);
    if (int code = Ok; ProfileCommands::run(ctx, cmd, rest, &code))
        return code;
    if (cmd == QLatin1String("sync"))
        return sync(ctx, rest);
    if (cmd == QLatin1String("members"))
        return members(ctx, rest);
    if (cmd == QLatin1String("member"))
        return member(ctx, rest);
    if (cmd == QLatin1String("groups"))
        return groups(ctx, rest);
    if (cmd == QLatin1String("edit"))
        return edit(ctx, rest);
    if (cmd == QLatin1String("group-add"))
        return groupChange(ctx, rest, true);
    if (cmd == QLatin1String("group-remove"))
        return groupChange(ctx, rest, false);
    if (cmd == QLatin1String("outbox"))
        return outbox(ctx, rest);
    if (int code = Ok; PartCommands::run(ctx, cmd, rest, &code))
        return code;
    if (int code = Ok; HistoryCommands::run(ctx, cmd, rest, &code))
        return code;
    if (int code = Ok; MemberCommands::run(ctx, cmd, rest, &code))
        return code;
    if (int code = Ok; MembershipCommands::run(ctx, cmd, rest, &code))
        return code;
    if (int code = Ok; SignInCommands::run(ctx, cmd, rest, &code))
        return code;
    if (int code = Ok; BulkCommands::run(ctx, cmd, rest, &code))
        return code;
    return usageError(tr("unknown command \u201c%1\u201d").arg(cmd));
}

} // namespace Commands
