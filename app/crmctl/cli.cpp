#include "cli.h"

#include "cache/damagewatch.h"

#include "outbox/outboxstore.h"

#include "output.h"

#include "cache/cache.h"
#include "net/crmcall.h"
#include "outbox/outboxrunner.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace crm;

namespace Commands {

QString tr(const char* s)
{
    return QCoreApplication::translate("crmctl", s);
}

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}
QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

/// Waits for one call. crmctl is a one-shot program: this loop is its main loop for the command.
Outcome await(CrmCall* call)
{
    Outcome o;
    QEventLoop loop;
    QObject::connect(call, &CrmCall::finished, &loop, [&] {
        o.error = call->error();
        o.value = call->anyValue();
        loop.quit();
    });
    loop.exec();
    return o;
}

int failWith(const CrmError& e)
{
    err() << "crmctl: " << e.userMessage() << '\n';
    err().flush();
    // A CRM busy or down for a moment is as temporary as one out of reach: scripts may try again later.
    return e.isUnreachable() || e.kind == CrmError::Kind::Unavailable ? Unreachable : Failed;
}

int usageError(const QString& message)
{
    err() << "crmctl: " << message << "\n\n" << usage();
    err().flush();
    return Usage;
}

Args::Args(const QStringList& args, const QStringList& valued, const QStringList& flagNames)
{
    QCommandLineParser parser;
    // "--name value", "--name=value" and "--flag"; a single dash is a long name too, never letters.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const QString& name : valued)
        parser.addOption(QCommandLineOption(name, {}, QStringLiteral("value")));
    for (const QString& name : flagNames)
        parser.addOption(QCommandLineOption(name));
    if (!parser.parse(QStringList{QStringLiteral("crmctl")} + args)) {
        error = parser.errorText();
        return;
    }
    positional = parser.positionalArguments();
    for (const QString& name : valued)
        for (const QString& value : parser.values(name))
            options.insert(name, value);
    for (const QString& name : flagNames)
        if (parser.isSet(name))
            flags.append(name);
}
std::unique_ptr<ProfileSession> Context::open(const QString& name, int* exitCode)
{
    const auto profile = profiles.profile(name);
    if (!profile) {
        *exitCode = usageError(tr("no profile named \u201c%1\u201d (see: crmctl profile list)").arg(name));
        return nullptr;
    }
    auto session = std::make_unique<ProfileSession>(*profile, &credentials, &nam);
    if (CrmError e = session->openCache()) {
        *exitCode = failWith(e);
        return nullptr;
    }
    m_opened.append(session->cache()->filePath());
    *exitCode = Ok;
    return session;
}

CrmError Context::damageSeen() const
{
    if (DamageWatch::reports() == 0 || m_opened.isEmpty())
        return {};
    CrmError e;
    for (const QString& path : m_opened)
        e = Cache::noteDamage(path, DamageWatch::lastReport());
    return e;
}

int Context::connect(ProfileSession& session)
{
    const Outcome o = await(session.connectBackend());
    return o.error ? failWith(o.error) : Ok;
}

void cachedNotice(const Cache& cache)
{
    const QDateTime last = cache.lastSync();
    if (last.isValid())
        err()
            << tr("crmctl: showing cached data, last synced %1").arg(last.toLocalTime().toString(Qt::ISODate))
            << '\n';
    else
        err() << tr("crmctl: showing cached data; this profile has never completed a sync") << '\n';
    err().flush();
}

QJsonObject memberJson(const Member& m, const QStringList& groups)
{
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("email"), m.email},
            {QStringLiteral("first_name"), m.firstName},
            {QStringLiteral("last_name"), m.lastName},
            {QStringLiteral("display_name"), m.displayName},
            {QStringLiteral("username"), m.username},
            {QStringLiteral("groups"), QJsonArray::fromStringList(groups)}};
}

QJsonObject addressJson(const Address& a, const QMap<QString, QString>& labels)
{
    QJsonObject custom;
    for (auto it = a.customFields.cbegin(); it != a.customFields.cend(); ++it)
        custom.insert(labels.value(it.key(), it.key()), it.value());
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("location_type_id"), a.locationType},
            {QStringLiteral("is_primary"), a.isPrimary},
            {QStringLiteral("street_address"), a.street},
            {QStringLiteral("city"), a.city},
            {QStringLiteral("postal_code"), a.postalCode},
            {QStringLiteral("country_id"), a.country},
            {QStringLiteral("custom"), custom}};
}

QString readSecretLine(const QString& prompt)
{
    const bool tty = isatty(STDIN_FILENO);
    termios old{};
    if (tty) {
        err() << prompt;
        err().flush();
        tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        err() << '\n';
    }
    return line;
}

int runOutbox(ProfileSession& s, bool quiet)
{
    if (s.outbox().pending().isEmpty())
        return Ok;
    QEventLoop loop;
    CrmError stop;
    int sent = 0, failed = 0;
    bool ended = false;
    QObject::connect(s.outboxRunner(), &OutboxRunner::finished, &loop,
                     [&](int ok, int bad, const CrmError& e) {
                         sent = ok;
                         failed = bad;
                         stop = e;
                         ended = true;
                         loop.quit();
                     });
    s.outboxRunner()->run();
    if (!ended)
        loop.exec();
    if (!quiet && (sent || failed))
        err() << tr("crmctl: sent %1 edit(s); %2 refused (see: crmctl outbox %3)")
                     .arg(sent)
                     .arg(failed)
                     .arg(s.profile().name)
              << '\n';
    if (stop)
        return failWith(stop);
    return Ok;
}

bool dispatch(const QMap<QString, Command>& commands, Context& ctx, const QString& cmd,
              const QStringList& argv, int* exitCode)
{
    const Command command = commands.value(cmd);
    if (!command)
        return false;
    *exitCode = command(ctx, argv);
    return true;
}

bool validEmail(const QString& email)
{
    static const QRegularExpression re(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return re.match(email).hasMatch();
}

/// Sends what was just recorded and reports on the given entries.
int sendAndReport(Context& ctx, ProfileSession& s, const QList<qint64>& ids)
{
    int code = ctx.connect(s);
    if (code == Ok)
        code = runOutbox(s, true);
    if (code == Unreachable || code == Failed) {
        bool allPending = true;
        for (qint64 id : ids) {
            const auto e = s.outbox().entry(id);
            allPending = allPending && e && e->state == OutboxEntry::State::Pending;
        }
        if (allPending && code == Unreachable) {
            // Queued, not lost: the command did what it could, and says so.
            err() << tr("crmctl: the CRM cannot be reached; the change is saved in the outbox and will be "
                        "sent by the next sync (see: crmctl outbox %1)")
                         .arg(s.profile().name)
                  << '\n';
            return Ok;
        }
    }
    int result = Ok;
    for (qint64 id : ids) {
        const auto e = s.outbox().entry(id);
        if (!e)
            continue;
        if (e->state == OutboxEntry::State::Done) {
            out() << tr("done: %1").arg(e->describe(s.verbs().names())) << '\n';
        } else if (e->state == OutboxEntry::State::Conflict &&
                   (e->op == OutboxEntry::Op::PartChange || e->op == OutboxEntry::Op::PartRemove)) {
            // Field by field: what the edit was based on, what it wanted, what the server has now.
            const OutboxEntry::Names names = s.verbs().names();
            const QVariantMap before = e->fields.value(QStringLiteral("before")).toMap();
            const QVariantMap wanted = e->fields.value(QStringLiteral("fields")).toMap();
            QStringList lines;
            for (auto it = before.cbegin(); it != before.cend(); ++it) {
                const QString now = e->serverSnapshot.value(it.key()).toVariant().toString();
                if (now == it.value().toString() && !wanted.contains(it.key()))
                    continue;
                lines.append(
                    tr("  %1: read \u201c%2\u201d, yours \u201c%3\u201d, the server's \u201c%4\u201d")
                        .arg(names.field(it.key()), names.value(it.key(), it.value().toString()),
                             wanted.contains(it.key())
                                 ? names.value(it.key(), wanted.value(it.key()).toString())
                                 : tr("(removed)"),
                             names.value(it.key(), now)));
            }
            err() << tr("crmctl: conflict: %1: it was changed on the server since it was read. The edit is "
                        "kept "
                        "in the outbox (crmctl outbox %2).")
                         .arg(e->describe(names), s.profile().name)
                  << '\n'
                  << lines.join(QLatin1Char('\n')) << '\n';
            result = Failed;
        } else if (e->state == OutboxEntry::State::Conflict) {
            err() << tr("crmctl: conflict: %1: the member was changed on the server since it was read; the "
                        "server "
                        "now has first name \u201c%2\u201d, last name \u201c%3\u201d, e-mail \u201c%4\u201d. "
                        "The "
                        "edit is kept in the outbox.")
                         .arg(e->describe(), e->serverSnapshot.value(QLatin1String("first_name")).toString(),
                              e->serverSnapshot.value(QLatin1String("last_name")).toString(),
                              e->serverSnapshot.value(QLatin1String("email")).toString())
                  << '\n';
            result = Failed;
        } else if (e->state == OutboxEntry::State::Failed) {
            err() << tr("crmctl: refused: %1: %2").arg(e->describe(s.verbs().names()), e->error) << '\n';
            result = Failed;
        } else {
            err() << tr("crmctl: waiting: %1: %2").arg(e->describe(s.verbs().names()), e->error) << '\n';
            result = code == Ok ? Unreachable : code;
        }
    }
    return result;
}

/// A profile session for a command that needs ability; nullptr (with *exitCode) otherwise.
std::unique_ptr<ProfileSession> openFor(Context& ctx, const QString& name, Abilities::Ability ability,
                                        const QString& what, int* exitCode)
{
    auto s = ctx.open(name, exitCode);
    if (!s)
        return nullptr;
    if (!s->abilities().has(ability)) {
        *exitCode = failWith(CrmError(
            CrmError::Kind::Validation, {}, 0,
            tr("Profile \u201c%1\u201d (%2) does not offer %3.").arg(name, s->profile().kind, what)));
        return nullptr;
    }
    return s;
}

/// The cached member a command names; nullopt (with *exitCode) when the cache has none.
std::optional<Member> cachedMember(ProfileSession& s, const QString& id, int* exitCode)
{
    auto m = s.cache()->member(id);
    if (!m)
        *exitCode = failWith(
            CrmError(CrmError::Kind::NotFound, {}, 0,
                     tr("Member %1 is not in the cache; run: crmctl sync %2").arg(id, s.profile().name)));
    return m;
}

bool parseFields(const QStringList& args, const QStringList& known, const QString& what, QVariantMap* fields,
                 int* exitCode, const QStringList& lists)
{
    for (const QString& kv : args) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        const QString key = kv.left(eq);
        if (eq <= 0 || !known.contains(key)) {
            *exitCode = usageError(tr("%1 takes FIELD=VALUE with FIELD one of: %2; not \u201c%3\u201d")
                                       .arg(what, known.join(QStringLiteral(", ")), kv));
            return false;
        }
        const QString value = kv.mid(eq + 1);
        if (lists.contains(key)) {
            // A list is given whole: "tags=a,b" (address lines: "address_lines=1 High St|Flat 2").
            const QChar separator =
                key == QLatin1String("address_lines") ? QLatin1Char('|') : QLatin1Char(',');
            QStringList items;
            for (const QString& item : value.split(separator, Qt::SkipEmptyParts))
                if (!item.trimmed().isEmpty())
                    items.append(item.trimmed());
            fields->insert(key, items);
        } else {
            fields->insert(key, value);
        }
    }
    return true;
}

bool parseFormat(const Args& a, bool csv, Output::Format* f, int* exitCode)
{
    if (!Output::parseFormat(a.value(QStringLiteral("format"), QStringLiteral("table")), f) ||
        (!csv && *f == Output::Format::Csv)) {
        *exitCode = usageError(csv ? tr("--format must be table, json or csv")
                                   : tr("--format must be table or json"));
        return false;
    }
    return true;
}

void print(Output::Format f, const QStringList& headers, const QList<QStringList>& rows,
           const QJsonValue& json)
{
    if (f == Output::Format::Json)
        Output::json(out(), json);
    else if (f == Output::Format::Csv)
        Output::csv(out(), headers, rows);
    else
        Output::table(out(), headers, rows);
    out().flush();
}

/// Records an edit in the outbox and sends it with a report; *entryId (when given) names the entry.
int recordAndSend(Context& ctx, ProfileSession& s, OutboxEntry::Op op, const QString& memberId,
                  const QVariantMap& payload, qint64* entryId)
{
    CrmError e;
    const qint64 id = s.verbs().record(op, memberId, payload, &e);
    if (entryId)
        *entryId = id;
    if (!id)
        return failWith(e);
    return sendAndReport(ctx, s, {id});
}

std::optional<RecordRead> startRead(Context& ctx, const QStringList& argv, const QString& cmd,
                                    QStringList valued, Abilities::Ability ability, const QString& what,
                                    int* exitCode)
{
    valued.append(QStringLiteral("format"));
    RecordRead r{Args(argv, valued, {QStringLiteral("offline")}), nullptr, {}, Output::Format::Table, false};
    if (!r.args.error.isEmpty()) {
        *exitCode = usageError(r.args.error);
        return std::nullopt;
    }
    if (r.args.positional.size() != 2) {
        *exitCode = usageError(tr("%1 needs NAME and MEMBER_ID").arg(cmd));
        return std::nullopt;
    }
    if (!parseFormat(r.args, true, &r.format, exitCode))
        return std::nullopt;
    r.session = openFor(ctx, r.args.positional[0], ability, what, exitCode);
    if (!r.session)
        return std::nullopt;
    const auto m = cachedMember(*r.session, r.args.positional[1], exitCode);
    if (!m)
        return std::nullopt;
    r.member = *m;
    r.online = !r.args.flags.contains(QStringLiteral("offline")) && ctx.connect(*r.session) == Ok;
    return r;
}

} // namespace Commands
