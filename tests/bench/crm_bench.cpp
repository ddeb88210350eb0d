// crm-bench: prints CRM Console's performance figures. Not a test: it asserts nothing.
//   crm-bench [--sync-members N] [--sync-runs R] [--page-size P] [--sync-latency MS] [--cache-members M]
//             [--cache-file PATH]
// CRM_BENCH_EACH_KEYSTROKE=1 also prints each search keystroke's time.
// Sync: members/s for a full sync from crm-sandbox over loopback (median of R runs, fresh cache each, after
// one run that warms the sandbox), once as fast as the sandbox answers and once with MS of latency a request.
// Cache: over M cached members (built once by a child process), the time to the first rows of the
// Members table, the time per search keystroke, and this process's peak RSS.
#include "bareciviclient.h"
#include "cache/cache.h"
#include "credentials/credentialstore.h"
#include "models/memberstablemodel.h"
#include "net/crmcall.h"
#include "sandboxprocess.h"
#include "session/profilesession.h"
#include "sync/syncengine.h"

#include "bulk/accountbatch.h"
#include "bulk/importplan.h"
#include "bulk/importrunner.h"
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <sys/resource.h>

using namespace crm;

namespace {

QTextStream out(stdout);

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

long peakRssKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

const char* const kFirst[] = {"Marta", "Mario", "Martin", "Maria",  "Ana",    "Björn", "Chloé",
                              "José",  "Zoë",   "Niamh",  "Oskar",  "Paula",  "Renée", "Søren",
                              "Tomás", "Yūki",  "Grace",  "Hélène", "Ingrid", "Kāne"};
const char* const kLast[] = {"O'Brien", "García",   "Müller",   "Núñez",    "Ångström", "Smith",
                             "Jones",   "Kowalski", "Lefèvre",  "Nakamura", "Petrović", "Quinn",
                             "Rossi",   "Schäfer",  "Thompson", "Weiß"};

int makeCache(const QString& path, int members)
{
    QFile::remove(path);
    Cache cache(path);
    if (CrmError e = cache.open()) {
        QTextStream(stderr) << e.userMessage() << '\n';
        return 1;
    }
    quint32 x = 12345;
    auto next = [&x] { return x = x * 1664525u + 1013904223u; };
    QList<Member> page;
    for (int i = 1; i <= members; ++i) {
        Member m;
        m.id = QString::number(i);
        m.firstName = QString::fromUtf8(kFirst[next() % std::size(kFirst)]);
        m.lastName = QString::fromUtf8(kLast[next() % std::size(kLast)]);
        m.displayName = m.firstName + QLatin1Char(' ') + m.lastName;
        m.email = QStringLiteral("member%1.%2@example.org").arg(i).arg(next() % 1000);
        m.username = i % 3 ? QStringLiteral("user%1").arg(i) : QString();
        m.modified = QStringLiteral("2026-01-01 00:00:00");
        m.raw = QJsonObject{{QStringLiteral("id"), m.id},
                            {QStringLiteral("contact_type"), QStringLiteral("Individual")},
                            {QStringLiteral("first_name"), m.firstName},
                            {QStringLiteral("last_name"), m.lastName}};
        page.append(m);
        if (page.size() == 10000 || i == members) {
            if (CrmError e = cache.writeMemberPage(page, 1, {})) {
                QTextStream(stderr) << e.userMessage() << '\n';
                return 1;
            }
            page.clear();
        }
    }
    cache.finishSync(1, QDateTime::currentDateTimeUtc());
    return 0;
}

/// A CiviCRM connection to the sandbox at url.
Profile civiProfile(const QString& name, const QUrl& url)
{
    Profile p;
    p.name = name;
    p.kind = QStringLiteral("civicrm");
    p.baseUrl = url;
    return p;
}

/// Opens the session's cache at cachePath, gives it the sandbox's keys (in memory; CiviCRM's unless
/// others are given) and connects it.
void connectToSandbox(ProfileSession& session, CredentialStore& credentials, const QString& cachePath,
                      const QMap<QString, QString>& secrets = {
                          {QStringLiteral("api_key"), SandboxProcess::apiKey()},
                          {QStringLiteral("site_key"), SandboxProcess::siteKey()}})
{
    session.openCache(cachePath);
    QEventLoop loop;
    CrmCall* w = credentials.write(session.profile().name, secrets);
    QObject::connect(w, &CrmCall::finished, &loop, &QEventLoop::quit);
    loop.exec();
    CrmCall* c = session.connectBackend();
    QObject::connect(c, &CrmCall::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

/// Runs one sync of the session to its end; its seconds, and *error how it ended.
double timedSync(ProfileSession& session, CrmError* error)
{
    QEventLoop loop;
    const QMetaObject::Connection done =
        QObject::connect(session.syncEngine(), &SyncEngine::finished, &loop, [&](const CrmError& e) {
            *error = e;
            loop.quit();
        });
    QElapsedTimer t;
    t.start();
    session.syncEngine()->start();
    loop.exec();
    QObject::disconnect(done);
    return double(t.nsecsElapsed()) / 1e9;
}

void benchSync(int members, int runs, int pageSize, int latencyMs)
{
    SandboxProcess sandbox;
    if (!sandbox.start(members)) {
        out << "sync: cannot start crm-sandbox\n";
        return;
    }
    // A real CRM takes its time per page: with latency, the figure shows how much of it the console hides.
    if (latencyMs > 0)
        sandbox.setFaults({{QStringLiteral("latency_ms"), latencyMs}});
    QNetworkAccessManager nam;
    CredentialStore credentials(QStringLiteral("crm-console-bench"));
    credentials.setSessionOnly(true); // the figures are about sync, not the keychain
    QList<double> rates;
    QList<double> seconds;
    qint64 synced = 0;
    double coldRate = 0;
    // Run 0 warms the sandbox, which builds each record's JSON once and keeps it; it is reported apart.
    for (int run = 0; run <= runs; ++run) {
        QTemporaryDir dir;
        ProfileSession session(civiProfile(QStringLiteral("bench"), sandbox.url()), &credentials, &nam);
        connectToSandbox(session, credentials, dir.filePath(QStringLiteral("bench.sqlite")));
        session.syncEngine()->setPageSize(pageSize);
        CrmError result;
        const double s = timedSync(session, &result);
        if (result) {
            out << "sync: failed: " << result.userMessage() << '\n';
            return;
        }
        synced = session.cache()->countMembers({});
        if (run == 0) {
            coldRate = double(synced) / s;
            continue;
        }
        seconds.append(s);
        rates.append(double(synced) / s);
    }
    out << QStringLiteral(
               "sync: %1 members (of %2 generated; deleted ones are not listed), page size %3, %4 runs, "
               "server latency %5 ms\n")
               .arg(synced)
               .arg(members)
               .arg(pageSize)
               .arg(runs)
               .arg(latencyMs);
    out << QStringLiteral("sync: median %1 s, median %2 members/s (runs:")
               .arg(median(seconds), 0, 'f', 2)
               .arg(median(rates), 0, 'f', 0);
    for (double r : rates)
        out << ' ' << qRound(r);
    out << QStringLiteral("; first run, while the sandbox builds its records: %1 members/s)\n")
               .arg(qRound(coldRate));
    out.flush();
}

/// Against a sandbox that costs what a real CiviCRM behind PHP-FPM does (--cost, --workers): the
/// console's first sync, and its next sync after some changes on the server, each beside the bare
/// client's reads of the same data in the same run.
void benchRealServer(int contacts, const QString& cost, int workers)
{
    SandboxProcess sandbox;
    if (!sandbox.start(contacts, {QStringLiteral("--cost"), cost, QStringLiteral("--workers"),
                                  QString::number(workers)})) {
        out << "real server: cannot start crm-sandbox\n";
        return;
    }
    BareCiviClient bare(sandbox.url(), SandboxProcess::apiKey(), SandboxProcess::siteKey());
    bare.readAll(); // the sandbox makes each record's text once; neither side is timed making them
    QNetworkAccessManager nam;
    CredentialStore credentials(QStringLiteral("crm-console-bench"));
    credentials.setSessionOnly(true);
    QTemporaryDir dir;
    ProfileSession session(civiProfile(QStringLiteral("bench-real"), sandbox.url()), &credentials, &nam);
    connectToSandbox(session, credentials, dir.filePath(QStringLiteral("bench.sqlite")));
    const auto sync = [&session] {
        CrmError e;
        const double seconds = timedSync(session, &e);
        return e ? -1 : seconds;
    };
    const double consoleFirst = sync();
    const double bareFirst = bare.readAll();
    const qint64 cached = session.cache()->countMembers({});

    // The changes: 20 contacts edited, 5 addresses changed, 2 joins, 3 contacts to the trash.
    const auto call = [&sandbox](const char* entity, const char* action, const QJsonObject& params) {
        return sandbox.call(QString::fromLatin1(entity), QString::fromLatin1(action), params);
    };
    QString since;
    for (int i = 0; i < 20; ++i) {
        const qint64 id = 7 + i * (contacts / 21);
        call(
            "Contact", "create",
            {{QStringLiteral("id"), id}, {QStringLiteral("job_title"), QStringLiteral("Changed %1").arg(i)}});
        if (since.isEmpty())
            since = call("Contact", "get",
                         {{QStringLiteral("id"), id},
                          {QStringLiteral("sequential"), 1},
                          {QStringLiteral("return"), QStringLiteral("modified_date")}})
                        .value(QLatin1String("values"))
                        .toArray()
                        .first()
                        .toObject()
                        .value(QLatin1String("modified_date"))
                        .toString();
    }
    for (int i = 0; i < 5; ++i) {
        const QJsonArray a =
            call("Address", "get",
                 {{QStringLiteral("contact_id"), 11 + i * (contacts / 7)}, {QStringLiteral("sequential"), 1}})
                .value(QLatin1String("values"))
                .toArray();
        if (!a.isEmpty())
            call("Address", "create",
                 {{QStringLiteral("id"), a.first().toObject().value(QLatin1String("id"))},
                  {QStringLiteral("city"), QStringLiteral("Moved")}});
    }
    for (int i = 0; i < 2; ++i)
        call("GroupContact", "create",
             {{QStringLiteral("group_id"), 1}, {QStringLiteral("contact_id"), 13 + i * 5}});
    for (int i = 0; i < 3; ++i)
        call("Contact", "delete", {{QStringLiteral("id"), 17 + i * (contacts / 5)}});

    const double consoleNext = sync();
    // Every write empties the sandbox's store of record texts, whose making costs it real time beyond the
    // cost model: the bare client starts as cold as the console did.
    call("Contact", "create",
         {{QStringLiteral("id"), 7}, {QStringLiteral("job_title"), QStringLiteral("Changed 0")}});
    const double bareNext = bare.readChanges(since);
    out << QStringLiteral("real server (cost %1 ms a request, %2 ms a call, %3 us a row; %4 workers), %5 "
                          "contacts (%6 cached):\n")
               .arg(cost.section(QLatin1Char(','), 0, 0), cost.section(QLatin1Char(','), 1, 1),
                    cost.section(QLatin1Char(','), 2, 2))
               .arg(workers)
               .arg(contacts)
               .arg(cached);
    out << QStringLiteral("  first sync: console %1 s, bare client %2 s: %3x\n")
               .arg(consoleFirst, 0, 'f', 2)
               .arg(bareFirst, 0, 'f', 2)
               .arg(consoleFirst / bareFirst, 0, 'f', 2);
    out << QStringLiteral(
               "  next sync after 20 edits, 5 addresses, 2 joins, 3 trashed: console %1 s, bare client %2 s "
               "(changes only): %3x\n")
               .arg(consoleNext, 0, 'f', 2)
               .arg(bareNext, 0, 'f', 2)
               .arg(consoleNext / bareNext, 0, 'f', 2);
    out.flush();
}

void benchCache(const QString& path, int members)
{
    // The cache is built by a child process, so this process's peak RSS covers only the console's work.
    bool rebuild = true;
    {
        Cache probe(path);
        if (QFile::exists(path) && !probe.open() && probe.countMembers({}) == members)
            rebuild = false;
    }
    if (rebuild) {
        QElapsedTimer t;
        t.start();
        const int rc = QProcess::execute(QCoreApplication::applicationFilePath(),
                                         {QStringLiteral("--make-cache"), path,
                                          QStringLiteral("--cache-members"), QString::number(members)});
        if (rc != 0) {
            out << "cache: building the cache failed\n";
            return;
        }
        out << QStringLiteral("cache: built %1 members in %2 s (%3 members/s written with FTS)\n")
                   .arg(members)
                   .arg(double(t.elapsed()) / 1000, 0, 'f', 1)
                   .arg(qRound(members / (double(t.elapsed()) / 1000)));
    }
    const long rssBefore = peakRssKb();

    QList<double> firstRows;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        Cache cache(path);
        cache.open();
        MembersTableModel model;
        model.setCache(&cache);
        for (int r = 0; r < 40; ++r)
            for (int c = 0; c < MembersTableModel::ColumnCount; ++c)
                model.index(r, c).data();
        firstRows.append(double(t.nsecsElapsed()) / 1e6);
    }
    out << QStringLiteral(
               "first rows: median %1 ms over 5 opens (open the cache, count %2 rows, read the first 40)\n")
               .arg(median(firstRows), 0, 'f', 1)
               .arg(members);

    Cache cache(path);
    cache.open();
    MembersTableModel model;
    model.setCache(&cache);
    {
        // Typed at once: the sort's positions, built in the background from the moment the cache opens,
        // are not ready yet, and this search's first page lies deep in the order.
        QElapsedTimer t;
        t.start();
        model.setSearch(QStringLiteral("ma"));
        for (int r = 0; r < std::min(model.rowCount(), 40); ++r)
            model.index(r, 0).data();
        out << QStringLiteral("first search as the cache opens (\"ma\", its hits deep in the order): %1 ms\n")
                   .arg(double(t.nsecsElapsed()) / 1e6, 0, 'f', 1);
        model.setSearch({});
    }
    const QStringList typed{
        QStringLiteral("m"),         QStringLiteral("ma"),       QStringLiteral("mar"),
        QStringLiteral("mart"),      QStringLiteral("marta"),    QStringLiteral("marta o"),
        QStringLiteral("marta o'b"), QStringLiteral("member12"), QStringLiteral("member1234"),
        QStringLiteral("user99"),    QStringLiteral("nú"),       QStringLiteral("example.org")};
    QList<double> keystrokes;
    double worst = 0;
    QString worstText;
    for (int round = 0; round < 3; ++round) {
        for (const QString& text : typed) {
            QElapsedTimer t;
            t.start();
            model.setSearch(text);
            const int rows = model.rowCount();
            for (int r = 0; r < std::min(rows, 40); ++r)
                model.index(r, 0).data();
            const double ms = double(t.nsecsElapsed()) / 1e6;
            keystrokes.append(ms);
            if (qEnvironmentVariableIsSet("CRM_BENCH_EACH_KEYSTROKE"))
                out << QStringLiteral("  \"%1\": %2 ms, %3 rows\n").arg(text).arg(ms, 0, 'f', 1).arg(rows);
            if (ms > worst) {
                worst = ms;
                worstText = text;
            }
            model.setSearch({});
        }
    }
    out << QStringLiteral("search keystroke: median %1 ms, worst %2 ms (\"%3\") over %4 keystrokes (count + "
                          "first 40 rows)\n")
               .arg(median(keystrokes), 0, 'f', 1)
               .arg(worst, 0, 'f', 1)
               .arg(worstText)
               .arg(keystrokes.size());

    QElapsedTimer scroll;
    scroll.start();
    for (int r = members / 2; r < members / 2 + 40; ++r)
        model.index(r, 0).data();
    out << QStringLiteral("scroll to the middle: %1 ms\n")
               .arg(double(scroll.nsecsElapsed()) / 1e6, 0, 'f', 1);
    out << QStringLiteral("peak RSS: %1 MB (%2 MB before opening the cache)\n")
               .arg(double(peakRssKb()) / 1024, 0, 'f', 1)
               .arg(double(rssBefore) / 1024, 0, 'f', 1);
    out.flush();
}

} // namespace

/// A CSV import of rows new people: the dry run (read and decide) and the real run with 1 request in
/// flight and with jobs, against a sandbox with latencyMs a request.
void benchImport(int rows, int jobs, int latencyMs)
{
    SandboxProcess sandbox;
    if (!sandbox.start(1000)) {
        out << "import: cannot start crm-sandbox\n";
        return;
    }
    QNetworkAccessManager nam;
    CredentialStore credentials(QStringLiteral("crm-console-bench"));
    credentials.setSessionOnly(true);
    QTemporaryDir dir;
    ProfileSession session(civiProfile(QStringLiteral("bench-import"), sandbox.url()), &credentials, &nam);
    connectToSandbox(session, credentials, dir.filePath(QStringLiteral("import.sqlite")));
    QEventLoop loop;
    QObject::connect(session.syncEngine(), &SyncEngine::finished, &loop, &QEventLoop::quit);
    session.syncEngine()->start();
    loop.exec();
    auto csvFor = [rows](const QString& prefix) {
        QByteArray csv = "E-mail;First name;Last name\r\n";
        for (int i = 0; i < rows; ++i)
            csv += QStringLiteral("%1.%2@import.example;%1;Person %2\r\n").arg(prefix).arg(i).toUtf8();
        return csv;
    };
    const QStringList known{QStringLiteral("email"), QStringLiteral("first_name"),
                            QStringLiteral("last_name")};
    auto decide = [&](ImportPlan& plan, const QByteArray& csv) {
        QString error;
        plan.read(csv, 0, &error);
        ImportSettings settings;
        settings.action = ImportSettings::Action::CreateOrUpdate;
        settings.mapping = ImportPlan::guessMapping(plan.header(), known);
        const Abilities can = session.abilities();
        return plan.decide(settings, *session.cache(), &can);
    };
    QList<double> dry;
    for (int run = 0; run < 3; ++run) {
        const QByteArray csv = csvFor(QStringLiteral("dry"));
        QElapsedTimer t;
        t.start();
        ImportPlan plan;
        const QList<ImportRow> decided = decide(plan, csv);
        dry.append(double(decided.size()) / (double(t.nsecsElapsed()) / 1e9));
    }
    out << QStringLiteral(
               "import: dry run of %1 rows (read, match by e-mail, decide): median %2 rows/s (runs:")
               .arg(rows)
               .arg(median(dry), 0, 'f', 0);
    for (double r : dry)
        out << ' ' << qRound(r);
    out << ")\n";
    if (latencyMs > 0)
        sandbox.setFaults({{QStringLiteral("latency_ms"), latencyMs}});
    for (int inFlight : {1, jobs}) {
        ImportPlan plan;
        const QList<ImportRow> decided =
            decide(plan, csvFor(QStringLiteral("run%1x%2").arg(inFlight).arg(latencyMs)));
        ImportRunner runner(session.cache(), session.backend());
        runner.setConcurrency(inFlight);
        QObject::connect(&runner, &ImportRunner::finished, &loop, &QEventLoop::quit);
        QElapsedTimer t;
        t.start();
        runner.start(plan.journalKey(), decided);
        loop.exec();
        const double secs = double(t.nsecsElapsed()) / 1e9;
        int created = 0;
        for (const ImportRow& r : runner.rows())
            created += r.outcome == ImportRow::Outcome::Created;
        out << QStringLiteral(
                   "import: %1 rows created (of %2), %3 in flight, server latency %4 ms: %5 s, %6 rows/s\n")
                   .arg(created)
                   .arg(rows)
                   .arg(inFlight)
                   .arg(latencyMs)
                   .arg(secs, 0, 'f', 2)
                   .arg(double(created) / secs, 0, 'f', 0);
        out.flush();
    }
}

/// An account batch against the SheepCRM sandbox: the dry run (pre-auth for each address) and the
/// creation (pre-registration, then the look-up that puts the new member in the cache), with 1 and with
/// jobs requests in flight.
void benchAccounts(int addresses, int jobs, int latencyMs)
{
    SandboxProcess sandbox;
    if (!sandbox.start(100, {QStringLiteral("--kind"), QStringLiteral("sheep")})) {
        out << "accounts: cannot start crm-sandbox\n";
        return;
    }
    if (latencyMs > 0)
        sandbox.setFaults({{QStringLiteral("latency_ms"), latencyMs}});
    QNetworkAccessManager nam;
    CredentialStore credentials(QStringLiteral("crm-console-bench"));
    credentials.setSessionOnly(true);
    QTemporaryDir dir;
    Profile p;
    p.name = QStringLiteral("bench-accounts");
    p.kind = QStringLiteral("sheep");
    p.baseUrl = sandbox.url();
    p.options.insert(QStringLiteral("flock"), QStringLiteral("sandbox"));
    ProfileSession session(p, &credentials, &nam);
    connectToSandbox(session, credentials, dir.filePath(QStringLiteral("accounts.sqlite")),
                     {{QStringLiteral("api_token"), QStringLiteral("sandbox-system-token")}});
    QEventLoop loop;
    for (int inFlight : {1, jobs}) {
        QByteArray list;
        for (int i = 0; i < addresses; ++i)
            list += QStringLiteral("bench%1x%2.%3@accounts.example\n")
                        .arg(inFlight)
                        .arg(latencyMs)
                        .arg(i)
                        .toUtf8();
        QList<AccountRequest> requests = AccountBatch::fromCsv(list);
        AccountRunner runner(session.backend(), session.cache());
        runner.setConcurrency(inFlight);
        QObject::connect(&runner, &AccountRunner::finished, &loop, &QEventLoop::quit);
        for (auto mode : {AccountRunner::Mode::Check, AccountRunner::Mode::Create}) {
            QElapsedTimer t;
            t.start();
            runner.start(mode, requests);
            loop.exec();
            const double secs = double(t.nsecsElapsed()) / 1e9;
            requests = runner.requests();
            const int done =
                int(std::count_if(requests.begin(), requests.end(), [mode](const AccountRequest& r) {
                    return r.outcome == (mode == AccountRunner::Mode::Check
                                             ? AccountRequest::Outcome::Create
                                             : AccountRequest::Outcome::Created);
                }));
            out << QStringLiteral(
                       "accounts: %1 %2 of %3, %4 in flight, server latency %5 ms: %6 s, %7 a second\n")
                       .arg(mode == AccountRunner::Mode::Check ? QStringLiteral("checked")
                                                               : QStringLiteral("created"))
                       .arg(done)
                       .arg(addresses)
                       .arg(inFlight)
                       .arg(latencyMs)
                       .arg(secs, 0, 'f', 2)
                       .arg(double(done) / secs, 0, 'f', 0);
            out.flush();
        }
    }
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv); // the table model is a Widgets-side class; no window is shown
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("sync-members"), QStringLiteral("Members in the sandbox."), QStringLiteral("n"),
          QStringLiteral("50000")},
         {QStringLiteral("sync-runs"), QStringLiteral("Sync runs."), QStringLiteral("n"),
          QStringLiteral("3")},
         {QStringLiteral("page-size"), QStringLiteral("Members a page."), QStringLiteral("n"),
          QStringLiteral("1000")},
         {QStringLiteral("sync-latency"),
          QStringLiteral("Also sync with this server latency a request (ms)."), QStringLiteral("ms"),
          QStringLiteral("100")},
         {QStringLiteral("real-contacts"),
          QStringLiteral("Contacts in the real-server benchmark, comma-separated (0: skip)."),
          QStringLiteral("n,..."), QStringLiteral("20000")},
         {QStringLiteral("real-cost"), QStringLiteral("Its cost model: request_ms,call_ms,row_us."),
          QStringLiteral("spec"), QStringLiteral("100,2,20")},
         {QStringLiteral("real-workers"), QStringLiteral("Its PHP-FPM workers."), QStringLiteral("n"),
          QStringLiteral("4")},
         {QStringLiteral("cache-members"), QStringLiteral("Members in the cache."), QStringLiteral("n"),
          QStringLiteral("1000000")},
         {QStringLiteral("cache-file"), QStringLiteral("Where to keep the big cache."),
          QStringLiteral("path"), QStringLiteral("/tmp/crm-bench-cache.sqlite")},
         {QStringLiteral("make-cache"), QStringLiteral("(internal) build the cache file."),
          QStringLiteral("path")},
         {QStringLiteral("import-rows"), QStringLiteral("Rows in the import benchmark (0: skip)."),
          QStringLiteral("n"), QStringLiteral("10000")},
         {QStringLiteral("import-jobs"), QStringLiteral("Requests in flight for the bounded run."),
          QStringLiteral("n"), QStringLiteral("4")},
         {QStringLiteral("import-latency"),
          QStringLiteral("Also import with this server latency a request (ms), a fifth of the rows."),
          QStringLiteral("ms"), QStringLiteral("20")},
         {QStringLiteral("account-rows"),
          QStringLiteral("Addresses in the account batch benchmark (0: skip)."), QStringLiteral("n"),
          QStringLiteral("2000")},
         {QStringLiteral("account-latency"),
          QStringLiteral("Also make accounts with this server latency a request (ms), a fifth of them."),
          QStringLiteral("ms"), QStringLiteral("20")}});
    parser.process(app);
    const int cacheMembers = parser.value(QStringLiteral("cache-members")).toInt();
    if (parser.isSet(QStringLiteral("make-cache")))
        return makeCache(parser.value(QStringLiteral("make-cache")), cacheMembers);
    const int syncMembers = parser.value(QStringLiteral("sync-members")).toInt();
    if (syncMembers > 0) {
        const int runs = parser.value(QStringLiteral("sync-runs")).toInt();
        const int pageSize = parser.value(QStringLiteral("page-size")).toInt();
        benchSync(syncMembers, runs, pageSize, 0);
        if (const int latency = parser.value(QStringLiteral("sync-latency")).toInt(); latency > 0)
            benchSync(syncMembers, runs, pageSize, latency);
    }
    for (const QString& n :
         parser.value(QStringLiteral("real-contacts")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (n.toInt() > 0)
            benchRealServer(n.toInt(), parser.value(QStringLiteral("real-cost")),
                            parser.value(QStringLiteral("real-workers")).toInt());
    if (const int rows = parser.value(QStringLiteral("import-rows")).toInt(); rows > 0) {
        const int jobs = parser.value(QStringLiteral("import-jobs")).toInt();
        benchImport(rows, jobs, 0);
        if (const int latency = parser.value(QStringLiteral("import-latency")).toInt(); latency > 0)
            benchImport(std::max(1, rows / 5), jobs, latency);
    }
    if (const int n = parser.value(QStringLiteral("account-rows")).toInt(); n > 0) {
        const int jobs = parser.value(QStringLiteral("import-jobs")).toInt();
        benchAccounts(n, jobs, 0);
        if (const int latency = parser.value(QStringLiteral("account-latency")).toInt(); latency > 0)
            benchAccounts(std::max(1, n / 5), jobs, latency);
    }
    if (cacheMembers > 0)
        benchCache(parser.value(QStringLiteral("cache-file")), cacheMembers);
    return 0;
}
