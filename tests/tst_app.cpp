// The programs as a desktop and a terminal meet them: --help and --version without a display, one
// version everywhere, the demo ended by the session (SIGTERM) or killed outright without leaving its
// sandbox CRM behind, and a demo connection never opened by a normal start.
#include "appversion.h"
#include "crmctlrun.h"
#include "logging/logredaction.h"
#include "profiles/crmkinds.h"
#include "profiles/profilestore.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace crm;

namespace {

struct Run {
    int code = -1;
    QString out;
};

Run run(const QString& program, const QStringList& args, const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CRM_BIN_DIR "/") + program, args);
    Run r;
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    return r;
}

/// A terminal with no display at all: no X, no Wayland, no platform chosen.
QProcessEnvironment noDisplay(const QString& home)
{
    QProcessEnvironment env = crmctlEnvironment(home);
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    return env;
}

/// The crm-sandbox processes whose parent is pid, from /proc.
QList<qint64> sandboxChildren(qint64 pid)
{
    QList<qint64> out;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool number = false;
        const qint64 child = entry.toLongLong(&number);
        if (!number)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(child));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid ...": comm may hold spaces, so read from its closing parenthesis.
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        const QList<QByteArray> rest = line.mid(close + 2).split(' ');
        if (line.contains("(crm-sandbox)") && rest.size() > 1 && rest.at(1).toLongLong() == pid)
            out.append(child);
    }
    return out;
}

bool alive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close > 0 && line.mid(close + 2, 1) != "Z";
}

} // namespace

class TestApp : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

    /// crm-console --demo, started, with its sandbox child found; the process runs until the caller ends it.
    bool startDemo(QProcess& console, qint64* sandbox, const QStringList& more = {})
    {
        QProcessEnvironment env = crmctlEnvironment(m_home.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        console.setProcessEnvironment(env);
        console.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        console.start(
            QStringLiteral(CRM_BIN_DIR "/crm-console"),
            QStringList{QStringLiteral("--demo"), QStringLiteral("--demo-members"), QStringLiteral("40")} +
                more);
        if (!console.waitForStarted(10000))
            return false;
        QList<qint64> children;
        for (int i = 0; i < 200 && children.isEmpty(); ++i) {
            QTest::qWait(50);
            children = sandboxChildren(console.processId());
        }
        if (children.size() != 1)
            return false;
        *sandbox = children.first();
        QTest::qWait(500); // the demo connection opens and its first sync starts
        return console.state() == QProcess::Running;
    }

private Q_SLOTS:
    void helpAndVersionNeedNoDisplay()
    {
        const QProcessEnvironment env = noDisplay(m_home.path());
        const Run help = run(QStringLiteral("crm-console"), {QStringLiteral("--help")}, env);
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QStringLiteral("--demo")));
        QVERIFY(help.out.contains(QStringLiteral("--version")));
        const QString version = QString::fromLatin1(AppVersion);
        QVERIFY(!version.isEmpty());
        for (const QString& program :
             {QStringLiteral("crm-console"), QStringLiteral("crmctl"), QStringLiteral("crm-sandbox")}) {
            const Run r = run(program, {QStringLiteral("--version")}, env);
            QCOMPARE(r.code, 0);
            QCOMPARE(r.out.trimmed(), program + QLatin1Char(' ') + version);
        }
    }

    void crmctlHelpAndTheEndOfOptions()
    {
        const Run all = run(QStringLiteral("crmctl"), {QStringLiteral("-h")}, noDisplay(m_home.path()));
        QCOMPARE(all.code, 0);
        QVERIFY(all.out.contains(QStringLiteral("crmctl sync NAME")));
        const Run one = run(QStringLiteral("crmctl"), {QStringLiteral("sync"), QStringLiteral("--help")},
                            noDisplay(m_home.path()));
        QCOMPARE(one.code, 0);
        QVERIFY(one.out.contains(QStringLiteral("crmctl sync NAME")));
        QVERIFY(!one.out.contains(QStringLiteral("crmctl members")));
        // After "--", "--help" is a connection's name like any other word.
        const CrmctlRun named = runCrmctl(
            m_home.path(), {QStringLiteral("sync"), QStringLiteral("--"), QStringLiteral("--help")});
        QCOMPARE(named.code, 2);
        QVERIFY2(named.err.contains(QStringLiteral("no profile named \u201c--help\u201d")),
                 qPrintable(named.err));
    }

    // Tab in bash: commands, then connection names (spaces and all), then the command's options.
    void crmctlCompletesInBash()
    {
        Profile office;
        office.name = QStringLiteral("Head office");
        office.kind = QStringLiteral("civicrm");
        office.baseUrl = QUrl(QStringLiteral("https://crm.example.org/"));
        ProfileStore(m_home.path() + QStringLiteral("/config/crm-console/profiles.ini")).save(office);
        const auto complete = [this](const QStringList& words) {
            QProcessEnvironment env = crmctlEnvironment(m_home.path());
            env.insert(QStringLiteral("PATH"),
                       QStringLiteral(CRM_BIN_DIR ":") + env.value(QStringLiteral("PATH")));
            const QString script =
                QStringLiteral(
                    "source /usr/share/bash-completion/bash_completion; source %1; COMP_WORDS=(%2); "
                    "COMP_CWORD=%3; COMP_LINE=\"${COMP_WORDS[*]}\"; COMP_POINT=${#COMP_LINE}; _crmctl; "
                    "printf '%s\\n' \"${COMPREPLY[@]}\"")
                    .arg(QStringLiteral(CRM_SOURCE_DIR "/packaging/crmctl.bash-completion"),
                         words.join(QLatin1Char(' ')))
                    .arg(words.size() - 1);
            QProcess bash;
            bash.setProcessEnvironment(env);
            bash.start(QStringLiteral("bash"), {QStringLiteral("-c"), script});
            bash.waitForFinished(30000);
            return QString::fromUtf8(bash.readAllStandardOutput())
                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        };
        QCOMPARE(complete({QStringLiteral("crmctl"), QStringLiteral("sy")}),
                 QStringList{QStringLiteral("sync")});
        QCOMPARE(complete({QStringLiteral("crmctl"), QStringLiteral("sync"), QStringLiteral("He")}),
                 QStringList{QStringLiteral("Head\\ office")});
        QCOMPARE(complete({QStringLiteral("crmctl"), QStringLiteral("sync"), QStringLiteral("x"),
                           QStringLiteral("--f")}),
                 QStringList{QStringLiteral("--full")});
    }

    // A session that logs out sends SIGTERM: the window closes as Quit does, and the demo's sandbox CRM ends
    // with it.
    void terminatedDemoEndsItsSandbox()
    {
        QProcess console;
        qint64 sandbox = 0;
        QVERIFY(startDemo(console, &sandbox));
        QVERIFY(alive(sandbox));
        const auto leftover = qScopeGuard([sandbox] {
            if (alive(sandbox))
                ::kill(pid_t(sandbox), SIGKILL);
        });
        ::kill(pid_t(console.processId()), SIGTERM);
        QVERIFY(console.waitForFinished(15000));
        QCOMPARE(console.exitStatus(), QProcess::NormalExit);
        QCOMPARE(console.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!alive(sandbox), 5000);
    }

    // The log a user sends with a problem: a whole demo session logged with --verbose (every request)
    // tells what happened, area by area, and holds none of the connection's secrets.
    void sessionLogHoldsNoSecret()
    {
        const QString log = m_home.filePath(QStringLiteral("state/crm-console/crm-console.log"));
        QFile::remove(log);
        QProcess console;
        qint64 sandbox = 0;
        QVERIFY(startDemo(console, &sandbox, {QStringLiteral("--verbose")}));
        const auto leftover = qScopeGuard([sandbox] {
            if (alive(sandbox))
                ::kill(pid_t(sandbox), SIGKILL);
        });
        const auto logText = [&log] {
            QFile f(log);
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(logText().contains(QStringLiteral("sync done")), 60000);
        ::kill(pid_t(console.processId()), SIGTERM);
        QVERIFY(console.waitForFinished(15000));
        const QString text = logText();
        for (const char* area : {"crm.ui: CRM Console", "crm.ui: opening connection", "crm.cache: opened",
                                 "crm.sync: sync of", "crm.sync: sync done", "crm.net: POST"})
            QVERIFY2(text.contains(QLatin1String(area)), area);
        QVERIFY(text.count(QStringLiteral("crm.net:")) > 10);
        const BackendKind* civicrm = Backends::find(QStringLiteral("civicrm"));
        QVERIFY(civicrm && !civicrm->demo.secrets.isEmpty());
        for (const QString& secret : civicrm->demo.secrets) {
            QVERIFY(!text.contains(secret));
            QVERIFY(!text.contains(QString::fromLatin1(QUrl::toPercentEncoding(secret))));
        }
    }

    // What turns up in a log line besides the keychain's own values: tokens in headers, keys in addresses
    // and forms, a secret percent-encoded.
    void logLinesAreScrubbed()
    {
        LogRedaction::addSecret(QStringLiteral("k3y w1th spaces&more"));
        QCOMPARE(
            LogRedaction::scrub(QStringLiteral("sent k3y w1th spaces&more and k3y%20w1th%20spaces%26more")),
            QStringLiteral("sent *** and ***"));
        QCOMPARE(LogRedaction::scrub(QStringLiteral("Authorization: Bearer eyJhbGciOi.J9-x_y")),
                 QStringLiteral("Authorization: Bearer ***"));
        QCOMPARE(LogRedaction::scrub(QStringLiteral("{\"access_token\": \"abc123\", \"scope\": \"x\"}")),
                 QStringLiteral("{\"access_token\": \"***\", \"scope\": \"x\"}"));
        const QString shown = LogRedaction::url(QUrl(QStringLiteral(
            "https://user:pw@crm.example.org/rest.php?entity=Contact&api_key=abc&key=def&json=1")));
        QCOMPARE(shown, QStringLiteral(
                            "https://crm.example.org/rest.php?entity=Contact&api_key=***&key=***&json=1"));
    }

    // Killed outright, the console cannot stop its child: the kernel tells the child instead.
    void killedDemoEndsItsSandbox()
    {
        QProcess console;
        qint64 sandbox = 0;
        QVERIFY(startDemo(console, &sandbox));
        // A sandbox left behind would hold this test's output open: it goes, whatever the outcome.
        const auto leftover = qScopeGuard([sandbox] {
            if (alive(sandbox))
                ::kill(pid_t(sandbox), SIGKILL);
        });
        ::kill(pid_t(console.processId()), SIGKILL);
        QVERIFY(console.waitForFinished(15000));
        QTRY_VERIFY_WITH_TIMEOUT(!alive(sandbox), 5000);
    }

    // The demo's connection points at a port that is gone after the run: a normal start opens the
    // connection last opened, never the demo's.
    void demoIsNeverTheStartupConnection()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
        QVERIFY(!store.startupProfile());
        Profile demo;
        demo.name = QStringLiteral("Demo CiviCRM");
        demo.kind = QStringLiteral("civicrm");
        demo.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:40123/"));
        demo.demo = true;
        store.save(demo);
        QVERIFY(!store.startupProfile());
        Profile office = demo;
        office.name = QStringLiteral("Office");
        office.baseUrl = QUrl(QStringLiteral("https://crm.example.org/"));
        office.demo = false;
        store.save(office);
        Profile branch = office;
        branch.name = QStringLiteral("Branch");
        store.save(branch);
        QCOMPARE(store.startupProfile()->name, QStringLiteral("Office")); // the first, nothing opened yet
        store.setLastOpened(QStringLiteral("Branch"));
        store.setLastOpened(QStringLiteral("Demo CiviCRM")); // not remembered
        QCOMPARE(store.startupProfile()->name, QStringLiteral("Branch"));
        QVERIFY(store.profile(QStringLiteral("Demo CiviCRM"))->demo);
        store.remove(QStringLiteral("Branch"));
        QCOMPARE(store.startupProfile()->name, QStringLiteral("Office"));
    }
};

QTEST_GUILESS_MAIN(TestApp)
#include "tst_app.moc"
