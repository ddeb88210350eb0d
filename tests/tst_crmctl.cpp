// crmctl as scripts use it: real processes, real keychain, real sandbox, exit codes and output formats.
#include "cache/cache.h"
#include "credentials/credentialstore.h"
#include "crmctlrun.h"
#include "csv/csvreader.h"
#include "runhelpers.h"
#include "sandboxbrowser.h"
#include "sandboxprocess.h"
#include "sync/syncengine.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <csignal>

using namespace crm;

class TestCrmctl : public QObject {
    Q_OBJECT

    using Run = CrmctlRun;

    QTemporaryDir m_home;
    SandboxProcess m_sandbox;
    QString m_name;

    QProcessEnvironment env() const { return crmctlEnvironment(m_home.path()); }

    Run crmctl(const QStringList& args, const QByteArray& input = {})
    {
        return runCrmctl(m_home.path(), args, input);
    }

    /// A SheepCRM profile on the sandbox's flock, with its system token.
    Run addSheep(const QString& name, const QUrl& url)
    {
        return crmctl({QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--kind"),
                       QStringLiteral("sheep"), QStringLiteral("--url"), url.toString(),
                       QStringLiteral("--option"), QStringLiteral("flock=sandbox")},
                      "api_token=sandbox-system-token\n");
    }

    /// A REMP profile on the sandbox with the API token; groups as the option takes them.
    Run addRemp(const QString& name, const QUrl& url, const QString& groups)
    {
        return crmctl({QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--kind"),
                       QStringLiteral("remp"), QStringLiteral("--url"), url.toString(),
                       QStringLiteral("--option"), groups},
                      "api_token=sandbox-api-token\n");
    }

    QString cacheFile() const
    {
        QDirIterator it(m_home.filePath(QStringLiteral("data")), {QStringLiteral("*.sqlite")}, QDir::Files,
                        QDirIterator::Subdirectories);
        return it.hasNext() ? it.next() : QString();
    }

    bool addProfile(const QUrl& url)
    {
        const Run r =
            crmctl({QStringLiteral("profile"), QStringLiteral("add"), m_name, QStringLiteral("--kind"),
                    QStringLiteral("civicrm"), QStringLiteral("--url"), url.toString(),
                    QStringLiteral("--option"), QStringLiteral("custom_23=\"Regional scope\"")},
                   "api_key=" + SandboxProcess::apiKey().toUtf8() +
                       "\nsite_key=" + SandboxProcess::siteKey().toUtf8() + "\n");
        return r.code == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start(1500));
        m_name = QStringLiteral("cli-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    }

    void helpForEachCommand()
    {
        const Run all = crmctl({QStringLiteral("-h")});
        QCOMPARE(all.code, 0);
        QVERIFY(all.out.contains(QStringLiteral("crmctl rebuild NAME")));
        // One command's lines, however it is asked for.
        for (const QStringList& ask :
             {QStringList{QStringLiteral("sync"), QStringLiteral("--help")},
              QStringList{QStringLiteral("help"), QStringLiteral("sync")},
              QStringList{QStringLiteral("sync"), QStringLiteral("x"), QStringLiteral("-h")}}) {
            const Run one = crmctl(ask);
            QCOMPARE(one.code, 0);
            QVERIFY2(one.out.startsWith(QStringLiteral("usage:\n  crmctl sync NAME [--full]")),
                     qPrintable(one.out));
            QCOMPARE(one.out.count(QStringLiteral("crmctl ")), 1);
        }
        const Run add = crmctl({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("-h")});
        QCOMPARE(add.code, 0);
        QCOMPARE(add.out.count(QStringLiteral("crmctl profile add")), 2);
        QVERIFY(!add.out.contains(QStringLiteral("profile list")));
        QCOMPARE(crmctl({QStringLiteral("frobnicate"), QStringLiteral("--help")}).code, 2);
    }

    void usageErrors()
    {
        QCOMPARE(crmctl({}).code, 2);
        QCOMPARE(crmctl({QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(crmctl({QStringLiteral("members"), QStringLiteral("no-such-profile")}).code, 2);
        QCOMPARE(crmctl({QStringLiteral("edit"), m_name, QStringLiteral("1"), QStringLiteral("shoe_size=44")})
                     .code,
                 2);
        const Run plain = crmctl({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("x"),
                                  QStringLiteral("--kind"), QStringLiteral("civicrm"),
                                  QStringLiteral("--url"), QStringLiteral("http://crm.example.org/rest.php")},
                                 "api_key=a\nsite_key=b\n");
        QCOMPARE(plain.code, 2);
        QVERIFY(plain.err.contains(QStringLiteral("https")));
        const Run missing =
            crmctl({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("x"),
                    QStringLiteral("--kind"), QStringLiteral("civicrm"), QStringLiteral("--url"),
                    QStringLiteral("https://crm.example.org/rest.php")},
                   "api_key=a\n");
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains(QStringLiteral("site_key")));
    }

    void addSyncReadEdit()
    {
        QVERIFY(addProfile(m_sandbox.url()));
        const Run list = crmctl({QStringLiteral("profile"), QStringLiteral("list")});
        QVERIFY(list.out.contains(m_name));
        // Secrets are nowhere but the keychain.
        QFile ini(m_home.filePath(QStringLiteral("config/crm-console/profiles.ini")));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("sandbox-api-key"));

        const Run sync = crmctl({QStringLiteral("sync"), m_name});
        QVERIFY2(sync.code == 0, qPrintable(sync.err));
        QVERIFY(sync.out.contains(QStringLiteral("1469 members")));
        // Progress as pages land (a page is a range of ids, less the deleted contacts in it).
        QVERIFY2(
            QRegularExpression(QStringLiteral("members [1-9][0-9]{2,3}/1469")).match(sync.err).hasMatch(),
            qPrintable(sync.err));
        QFile cache(cacheFile());
        QVERIFY(cache.open(QIODevice::ReadOnly));
        QVERIFY(!cache.readAll().contains("sandbox-api-key"));
        // Again: only what changed; --full reads everyone.
        const Run again = crmctl({QStringLiteral("sync"), m_name});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(QStringLiteral("1469 members, 6 groups (only what changed:")),
                 qPrintable(again.out));
        QVERIFY(again.err.contains(QStringLiteral("checking 1469/1469")));
        const Run full = crmctl({QStringLiteral("sync"), m_name, QStringLiteral("--full")});
        QVERIFY2(full.code == 0, qPrintable(full.err));
        QVERIFY2(full.out.contains(QStringLiteral("(1469 members fetched")), qPrintable(full.out));

        const Run json =
            crmctl({QStringLiteral("members"), m_name, QStringLiteral("--search"), QStringLiteral("o'brien"),
                    QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.code, 0);
        QVERIFY(json.err.contains(QStringLiteral("cached")));
        const QJsonArray arr = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QVERIFY(arr.size() > 10);
        const QJsonObject first = arr.first().toObject();
        for (const char* key :
             {"id", "email", "first_name", "last_name", "display_name", "username", "groups"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(first.value(QLatin1String("last_name")).toString(), QStringLiteral("O'Brien"));

        const Run csv = crmctl({QStringLiteral("members"), m_name, QStringLiteral("--group"),
                                QStringLiteral("4"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.code, 0);
        const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("id,display_name,first_name,last_name,email,username,groups"));
        QCOMPARE(lines.size(), 6); // header + the five board members

        const Run one = crmctl({QStringLiteral("member"), m_name, QStringLiteral("10"),
                                QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(one.code, 0);
        const QJsonObject m = QJsonDocument::fromJson(one.out.toUtf8()).object();
        QCOMPARE(m.value(QLatin1String("addresses")).toArray().size(), 2);
        QVERIFY(m.value(QLatin1String("addresses"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QLatin1String("custom"))
                    .toObject()
                    .contains(QStringLiteral("Regional scope")));
        QCOMPARE(m.value(QLatin1String("raw")).toObject().value(QLatin1String("contact_type")).toString(),
                 QStringLiteral("Individual"));

        const Run groups =
            crmctl({QStringLiteral("groups"), m_name, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(groups.out.toUtf8()).array().size(), 6);

        const Run edit =
            crmctl({QStringLiteral("edit"), m_name, QStringLiteral("10"), QStringLiteral("first_name=Ängel"),
                    QStringLiteral("email=angel@example.org")});
        QVERIFY2(edit.code == 0, qPrintable(edit.err));
        const Run after =
            crmctl({QStringLiteral("members"), m_name, QStringLiteral("--search"),
                    QStringLiteral("angel@example"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(after.out.toUtf8())
                     .array()
                     .first()
                     .toObject()
                     .value(QLatin1String("first_name"))
                     .toString(),
                 QStringLiteral("Ängel"));

        const Run smart =
            crmctl({QStringLiteral("group-add"), m_name, QStringLiteral("5"), QStringLiteral("10")});
        QCOMPARE(smart.code, 3);
        QVERIFY(smart.err.contains(QStringLiteral("smart group")));
        QCOMPARE(crmctl({QStringLiteral("group-add"), m_name, QStringLiteral("4"), QStringLiteral("10"),
                         QStringLiteral("11")})
                     .code,
                 0);
        QVERIFY(crmctl({QStringLiteral("member"), m_name, QStringLiteral("11")})
                    .out.contains(QRegularExpression(QStringLiteral("groups +.*4"))));
        QCOMPARE(crmctl({QStringLiteral("group-remove"), m_name, QStringLiteral("4"), QStringLiteral("10"),
                         QStringLiteral("11")})
                     .code,
                 0);
        QCOMPARE(
            crmctl({QStringLiteral("outbox"), m_name, QStringLiteral("--format"), QStringLiteral("json")})
                .out.trimmed(),
            QStringLiteral("[\n]"));
    }

    void offlineReadsAndQueuedEdits()
    {
        const quint16 port = m_sandbox.port();
        m_sandbox.kill();
        const Run read =
            crmctl({QStringLiteral("members"), m_name, QStringLiteral("--search"), QStringLiteral("ana")});
        QCOMPARE(read.code, 0);
        QVERIFY(read.err.contains(QStringLiteral("cached data, last synced")));
        const Run member = crmctl({QStringLiteral("member"), m_name, QStringLiteral("3")});
        QCOMPARE(member.code, 0);
        QVERIFY(member.err.contains(QStringLiteral("cached")));
        const Run edit =
            crmctl({QStringLiteral("edit"), m_name, QStringLiteral("3"), QStringLiteral("last_name=Queued")});
        QCOMPARE(edit.code, 0); // queued, and said so
        QVERIFY(edit.err.contains(QStringLiteral("outbox")));
        QCOMPARE(crmctl({QStringLiteral("sync"), m_name}).code, 4);
        const QJsonArray outbox =
            QJsonDocument::fromJson(
                crmctl({QStringLiteral("outbox"), m_name, QStringLiteral("--format"), QStringLiteral("json")})
                    .out.toUtf8())
                .array();
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.first().toObject().value(QLatin1String("state")).toString(),
                 QStringLiteral("pending"));
        QVERIFY(!outbox.first().toObject().value(QLatin1String("error")).toString().isEmpty());

        QVERIFY(m_sandbox.start(1500, {}, port));
        const Run sync = crmctl({QStringLiteral("sync"), m_name});
        QVERIFY2(sync.code == 0, qPrintable(sync.err));
        QVERIFY(sync.err.contains(QStringLiteral("sent 1 edit")));
        QCOMPARE(QJsonDocument::fromJson(crmctl({QStringLiteral("outbox"), m_name, QStringLiteral("--format"),
                                                 QStringLiteral("json")})
                                             .out.toUtf8())
                     .array()
                     .size(),
                 0);
        const QJsonObject rec =
            m_sandbox.call(QStringLiteral("Contact"), QStringLiteral("get"),
                           {{QStringLiteral("id"), 3}, {QStringLiteral("sequential"), 1}});
        QCOMPARE(rec.value(QLatin1String("values"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("last_name"))
                     .toString(),
                 QStringLiteral("Queued"));
    }

    void killedSyncLeavesAConsistentCache()
    {
        m_sandbox.setFaults({{QStringLiteral("latency_ms"), 40}});
        QProcess p;
        p.setProcessEnvironment(env());
        // A fresh generation of a full sync: the members already cached stay while the new sync runs.
        p.start(QStringLiteral(CRM_BIN_DIR "/crmctl"),
                {QStringLiteral("sync"), m_name, QStringLiteral("--full"), QStringLiteral("--page-size"),
                 QStringLiteral("50")});
        QByteArray err;
        // Killed once some hundreds of members are in: pages are written, more are on their way.
        const QRegularExpression progress(QStringLiteral("members ([0-9]+)/"));
        const auto atLeast400 = [&] {
            err += p.readAllStandardError();
            auto it = progress.globalMatch(QString::fromUtf8(err));
            int most = 0;
            while (it.hasNext())
                most = std::max(most, it.next().captured(1).toInt());
            return most >= 400;
        };
        QTRY_VERIFY_WITH_TIMEOUT(atLeast400(), 30000);
        ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished(5000);
        m_sandbox.setFaults({});
        {
            Cache cache(cacheFile());
            QVERIFY(!cache.open());
            QString report;
            QVERIFY2(cache.checkIntegrity(&report), qPrintable(report));
            QVERIFY(SyncEngine::hasInterruptedSync(cache));
            // The cursor names the last complete page, and every member up to it is there.
            const QString cursor = cache.state(QStringLiteral("sync.cursor"));
            QVERIFY(!cursor.isEmpty());
            QCOMPARE(cache.countMembers({}), 1469);
        }
        const Run resume = crmctl({QStringLiteral("sync"), m_name});
        QVERIFY2(resume.code == 0, qPrintable(resume.err));
        QVERIFY(resume.err.contains(QStringLiteral("resuming")));
        QVERIFY(!resume.err.contains(QStringLiteral("members 50/")));
        QVERIFY(resume.out.contains(QStringLiteral("1469 members")));
    }

    // Killed in the middle of a changes-only sync: the cache stays whole, no member is lost for the
    // interruption, and the next sync finishes the same changes-only sync.
    void killedChangesOnlySyncResumes()
    {
        QCOMPARE(m_sandbox
                     .call(QStringLiteral("Contact"), QStringLiteral("create"),
                           {{QStringLiteral("id"), 1201},
                            {QStringLiteral("first_name"), QStringLiteral("Killed")}})
                     .value(QLatin1String("is_error"))
                     .toInt(),
                 0);
        m_sandbox.setFaults({{QStringLiteral("latency_ms"), 300}});
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(QStringLiteral(CRM_BIN_DIR "/crmctl"), {QStringLiteral("sync"), m_name});
        QByteArray err;
        // Every id checked: the groups' members are on their way.
        QTRY_VERIFY_WITH_TIMEOUT((err += p.readAllStandardError()).contains("checking 1469/1469"), 30000);
        ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished(5000);
        m_sandbox.setFaults({});
        {
            Cache cache(cacheFile());
            QVERIFY(!cache.open());
            QString report;
            QVERIFY2(cache.checkIntegrity(&report), qPrintable(report));
            QVERIFY(SyncEngine::hasInterruptedSync(cache));
            QCOMPARE(cache.state(QStringLiteral("sync.mode")), QStringLiteral("changes"));
            QCOMPARE(cache.countMembers({}), 1469);
            QCOMPARE(cache.member(QStringLiteral("1201"))->firstName, QStringLiteral("Killed"));
        }
        const Run resume = crmctl({QStringLiteral("sync"), m_name});
        QVERIFY2(resume.code == 0, qPrintable(resume.err));
        QVERIFY(resume.err.contains(QStringLiteral("resuming")));
        QVERIFY(!resume.err.contains(QStringLiteral("checking")));
        QVERIFY2(resume.out.contains(QStringLiteral("1469 members, 6 groups (only what changed:")),
                 qPrintable(resume.out));
    }

    void rempRecordsFromTheCommandLine()
    {
        SandboxProcess remp;
        QVERIFY(remp.start(300, {QStringLiteral("--kind"), QStringLiteral("remp")}));
        const QString name = m_name + QStringLiteral("-remp");
        const auto S = [](const char* s) { return QString::fromUtf8(s); };
        Run r = crmctl({S("profile"), S("add"), name, S("--kind"), S("remp"), S("--url"),
                        remp.url().toString(), S("--option"), S("groups=1:Newsletter;2:Premium readers"),
                        S("--option"), S("staff_email=admin@crm.press")},
                       "api_token=sandbox-api-token\nstaff_password=sandbox-staff-password\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(crmctl({S("sync"), name}).code, 0);

        // A new member, with optional fields; the e-mail is checked before anything is sent.
        QCOMPARE(crmctl({S("member-create"), name, S("not-an-email")}).code, 2);
        QCOMPARE(crmctl({S("member-create"), name, S("x@example.org"), S("shoe_size=44")}).code, 2);
        r = crmctl({S("member-create"), name, S("cli.reader@example.org"), S("first_name=Cli"),
                    S("last_name=Reader"), S("source=phone")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString newId = r.out.section(S("member id: "), 1).trimmed();
        QVERIFY2(!newId.isEmpty(), qPrintable(r.out));
        // The same e-mail again: the cache knows it, and says who has it.
        r = crmctl({S("member-create"), name, S("cli.reader@example.org")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(newId) && r.err.contains(S("--allow-duplicate")), qPrintable(r.err));
        // Created anyway on purpose, REMP itself refuses, in its words.
        r = crmctl({S("member-create"), name, S("cli.reader@example.org"), S("--allow-duplicate")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(S("Email is already taken")), qPrintable(r.err));
        r = crmctl({S("member-confirm"), name, newId});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        // Addresses: a change request without a parent is refused with the way forward, then creates it.
        r = crmctl({S("address-change"), name, newId, S("print"), S("street=Dlhá"), S("number=5"),
                    S("city=Nitra"), S("zip=94901"), S("country_iso=SK")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(S("address-add")) && r.err.contains(S("--create-if-missing")),
                 qPrintable(r.err));
        r = crmctl({S("address-change"), name, newId, S("print"), S("street=Dlhá"), S("number=5"),
                    S("city=Nitra"), S("zip=94901"), S("country_iso=SK"), S("--create-if-missing")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(crmctl({S("address-add"), name, newId, S("holiday"), S("city=Nitra")}).code, 2);
        QCOMPARE(crmctl({S("address-add"), name, newId, S("print"), S("address=Dlhá 5")}).code,
                 2); // street, not address
        r = crmctl({S("addresses"), name, newId, S("--format"), S("json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray addresses = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(addresses.size(), 1);
        QCOMPARE(addresses.first().toObject().value(S("city")).toString(), S("Nitra"));
        r = crmctl({S("addresses"), name, newId, S("--format"), S("csv"), S("--offline")});
        QVERIFY(r.out.startsWith(S("type,first_name,last_name,street,number,zip,city")));

        // User meta: set (private and public), read, find, delete.
        QCOMPARE(crmctl({S("meta-set"), name, newId, S("support_note"), S("prefers e-mail")}).code, 0);
        QCOMPARE(crmctl({S("meta-set"), name, newId, S("section"), S("sport"), S("--public")}).code, 0);
        r = crmctl({S("meta"), name, newId, S("--format"), S("json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray meta = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(meta.size(), 2);
        QCOMPARE(meta[1].toObject().value(S("key")).toString(), S("support_note"));
        QCOMPARE(meta[1].toObject().value(S("is_public")).toBool(), false);
        r = crmctl({S("meta-find"), name, S("section"), S("sport"), S("--format"), S("csv")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(newId + S(",cli.reader@example.org,sport")), qPrintable(r.out));
        QCOMPARE(crmctl({S("meta-delete"), name, newId, S("section")}).code, 0);
        QVERIFY(!crmctl({S("meta"), name, newId}).out.contains(S("sport")));

        // Group changes by e-mail, as for CiviCRM.
        QCOMPARE(crmctl({S("group-add"), name, S("2"), newId}).code, 0);
        // A group REMP has but the connection does not list: sent, and listed once REMP takes it.
        r = crmctl({S("group-add"), name, S("4"), newId});
        QVERIFY2(r.code == 0 && r.out.contains(S("joined the groups")), qPrintable(r.out + r.err));
        QVERIFY(crmctl({S("groups"), name}).out.contains(S("Group 4")));
        r = crmctl({S("group-add"), name, S("77"), newId});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(S("Group doesn't exists")), qPrintable(r.err));
        QVERIFY(!crmctl({S("groups"), name}).out.contains(S("Group 77")));

        // The e-mail is edited through users/update; the user is read back with it.
        r = crmctl({S("edit"), name, newId, S("email=cli.renamed@example.org")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = crmctl({S("member"), name, newId, S("--format"), S("json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(S("email")).toString(),
                 S("cli.renamed@example.org"));
        QCOMPARE(crmctl({S("edit"), name, newId, S("first_name=Nope")}).code, 2);

        // The e-mail check, with a password to check read from stdin.
        r = crmctl({S("email-check"), name, S("admin@crm.press"), S("--password")},
                   "sandbox-staff-password\n");
        QVERIFY2(r.code == 0 && r.out.contains(S("taken")) && r.out.contains(S("right")),
                 qPrintable(r.out + r.err));
        r = crmctl({S("email-check"), name, S("nobody.yet@example.org")});
        QVERIFY2(r.code == 0 && r.out.contains(S("available")), qPrintable(r.out + r.err));

        // Support tools: nothing secret on the command line or in the output.
        r = crmctl({S("staff-check"), name});
        QVERIFY2(r.code == 0 && r.out.contains(S("superadmin")), qPrintable(r.out + r.err));
        r = crmctl({S("token-verify"), name}, "sandbox-autologin-token\n");
        QVERIFY2(r.code == 0 && r.out.contains(S("e-mail")), qPrintable(r.err));
        QVERIFY(!r.out.contains(S("sandbox-autologin-token")));
        r = crmctl({S("token-verify"), name}, "made-up\n");
        QCOMPARE(r.code, 3);
        r = crmctl({S("device-token"), name, S("support-phone")});
        QVERIFY2(r.code == 0 && r.out.contains(S("keychain")), qPrintable(r.err));
        QVERIFY(!QRegularExpression(S("[0-9a-f]{32}")).match(r.out + r.err).hasMatch());

        // A CiviCRM profile does not offer these.
        QCOMPARE(crmctl({S("meta"), m_name, S("1")}).code, 3);
        QCOMPARE(crmctl({S("profile"), S("remove"), name}).code, 0);
    }

    void sheepLookupsMembershipsAndLinkedMembers()
    {
        SandboxProcess sheep;
        QVERIFY(sheep.start(120, {QStringLiteral("--kind"), QStringLiteral("sheep")}));
        const QString name = m_name + QStringLiteral("-sheep");
        const auto S = [](const char* s) { return QString::fromUtf8(s); };
        Run r = addSheep(name, sheep.url());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // Several at once, from the command line and from a pasted list; unknown ones are said, exit 3.
        QTemporaryDir dir;
        QFile list(dir.filePath(S("emails.txt")));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("no.account@sheep.example,\n nobody@sheep.example\n");
        list.close();
        r = crmctl({S("lookup"), name, S("james@sheep.example"), S("--file"), list.fileName(), S("--format"),
                    S("csv")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.out.contains(S("james@sheep.example,password,1")), qPrintable(r.out));
        QCOMPARE(r.err.count(S("has no user with the e-mail")), 2);
        const QString id = r.out.split(QLatin1Char('\n')).value(1).section(QLatin1Char(','), 0, 0);
        QVERIFY(!id.isEmpty());
        // Memberships and their linked members, with the allowance.
        r = crmctl({S("memberships"), name, id, S("--format"), S("json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject ms = QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
        QCOMPARE(ms.value(S("max_linked_members")).toInt(), 3);
        const QString muid = ms.value(S("id")).toString();
        r = crmctl({S("linked"), name, muid});
        QVERIFY2(r.code == 0 && r.err.contains(S("2 of 3 linked; 1 more allowed")), qPrintable(r.err));
        QCOMPARE(crmctl({S("linked-add"), name, muid, S("kid@sheep.example"), S("Kid"), S("Dubois")}).code,
                 0);
        r = crmctl({S("linked-add"), name, muid, S("kid2@sheep.example"), S("Kid"), S("Two")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(S("no more linked members")), qPrintable(r.err));
        r = crmctl({S("linked"), name, muid, S("--format"), S("csv"), S("--offline")});
        QVERIFY(r.out.contains(S("kid@sheep.example")));
        const QString luid = r.out.split(QLatin1Char('\n'))
                                 .filter(S("kid@sheep.example"))
                                 .value(0)
                                 .section(QLatin1Char(','), 0, 0);
        QCOMPARE(crmctl({S("linked-remove"), name, muid, luid}).code, 0);
        QVERIFY(!crmctl({S("linked"), name, muid}).out.contains(S("kid@sheep.example")));
        // Person fields and whole lists.
        QCOMPARE(crmctl({S("edit"), name, id, S("tags=donor,trustee"), S("region=Norfolk")}).code, 0);
        r = crmctl({S("member"), name, id, S("--format"), S("json")});
        const QJsonObject person = QJsonDocument::fromJson(r.out.toUtf8())
                                       .object()
                                       .value(S("raw"))
                                       .toObject()
                                       .value(S("person"))
                                       .toObject();
        QCOMPARE(person.value(S("tags")).toArray(), (QJsonArray{S("donor"), S("trustee")}));
        QCOMPARE(person.value(S("region")).toString(), S("Norfolk"));
        QCOMPARE(crmctl({S("edit"), name, id, S("shoe_size=44")}).code, 2);
        // Create: 409s said as what they mean.
        r = crmctl({S("member-create"), name, S("no.account@sheep.example")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(S("no user account")), qPrintable(r.err));
        r = crmctl(
            {S("member-create"), name, S("cli.new@sheep.example"), S("first_name=Cli"), S("tags=new,cli")});
        QVERIFY2(r.code == 0 && r.out.contains(S("member id:")), qPrintable(r.out + r.err));
        // Password reset, and a refresh of the looked-up members.
        r = crmctl({S("password-reset"), name, S("james@sheep.example")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(crmctl({S("password-reset"), name, S("nobody@sheep.example")}).code, 3);
        r = crmctl({S("sync"), name});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(crmctl({S("profile"), S("remove"), name}).code, 0);
    }

    void identityLookupAndActions()
    {
        SandboxProcess identity;
        QVERIFY(identity.start(30, {QStringLiteral("--kind"), QStringLiteral("identity")}));
        const QString name = m_name + QStringLiteral("-identity");
        const auto S = [](const char* s) { return QString::fromUtf8(s); };
        Run r = crmctl(
            {S("profile"), S("add"), name, S("--kind"), S("identity"), S("--url"), identity.url().toString()},
            "api_token=sandbox-identity-token\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = crmctl({S("lookup"), name, S("joe@bloggs.example"), S("--format"), S("json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject joe = QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
        const QString guid = joe.value(S("id")).toString();
        QVERIFY(!guid.isEmpty());
        QVERIFY(joe.value(S("raw")).toObject().contains(S("consents")));
        // By guid too; nobody is said as such.
        QCOMPARE(crmctl({S("lookup"), name, guid}).code, 0);
        r = crmctl({S("lookup"), name, S("nobody@identity.example")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(S("no member")), qPrintable(r.err));
        // An action with a consent, a source and metadata; the token never on the command line.
        QCOMPARE(crmctl({S("action-record"), name, guid, S("--type"), S("petition")}).code, 2);
        QCOMPARE(crmctl({S("action-record"), name, guid, S("--type"), S("petition"), S("--technical-type"),
                         S("crm-console:petition"), S("--name"), S("Bees"), S("--consent"),
                         S("sms_opt_in_consent_20180525=maybe")})
                     .code,
                 2);
        r = crmctl({S("action-record"),
                    name,
                    guid,
                    S("--type"),
                    S("petition"),
                    S("--technical-type"),
                    S("crm-console:petition"),
                    S("--name"),
                    S("Save the bees"),
                    S("--consent"),
                    S("sms_opt_in_consent_20180525=explicit_opt_in:radio_buttons:Yes, text me"),
                    S("--source"),
                    S("phone"),
                    S("--medium"),
                    S("call"),
                    S("--campaign"),
                    S("bees"),
                    S("--meta"),
                    S("agent=desk 4"),
                    S("--opt-in")});
        QVERIFY2(r.code == 0 && r.out.contains(S("done: Record action")), qPrintable(r.out + r.err));
        r = crmctl({S("member"), name, guid, S("--format"), S("json"), S("--offline")});
        const QJsonObject raw = QJsonDocument::fromJson(r.out.toUtf8()).object().value(S("raw")).toObject();
        QCOMPARE(raw.value(S("actions")).toArray().size(), 1);
        bool consented = false;
        for (const QJsonValue& c : raw.value(S("consents")).toArray())
            consented = consented ||
                        (c.toObject().value(S("public_id")).toString() == S("sms_opt_in_consent_20180525") &&
                         c.toObject().value(S("consent_level")).toString() == S("explicit_opt_in"));
        QVERIFY(consented);
        QCOMPARE(crmctl({S("profile"), S("remove"), name}).code, 0);
    }

    void civicrmSignInWithOAuth2()
    {
        SandboxProcess site;
        QVERIFY(site.start(40, {QStringLiteral("--kind"), QStringLiteral("civicrm")}));
        const QString name = m_name + QStringLiteral("-oauth2");
        const auto S = [](const char* s) { return QString::fromUtf8(s); };
        const QString url = site.url().resolved(QUrl(S("/civicrm/ajax/rest"))).toString();
        // An OAuth2 sign-in needs the civicrm/ajax/rest address: extern/rest.php takes API keys only.
        const Run externRest =
            crmctl({S("profile"), S("add"), name, S("--kind"), S("civicrm"), S("--url"),
                    site.url().resolved(QUrl(S("/sites/all/modules/civicrm/extern/rest.php"))).toString(),
                    S("--auth"), S("oauth2"), S("--client-id"), S("crm-console")},
                   "site_key=x\n");
        QCOMPARE(externRest.code, 2);
        QVERIFY2(externRest.err.contains(S("civicrm/ajax/rest")), qPrintable(externRest.err));
        // Only for CiviCRM, and only with a client id.
        QCOMPARE(crmctl({S("profile"), S("add"), name, S("--kind"), S("civicrm"), S("--url"), url,
                         S("--auth"), S("oauth2")},
                        "site_key=x\n")
                     .code,
                 2);
        // profile add prints the address to open and waits; a browser (the sandbox's) answers the site.
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(QStringLiteral(CRM_BIN_DIR "/crmctl"),
                {S("profile"), S("add"), name, S("--kind"), S("civicrm"), S("--url"), url, S("--auth"),
                 S("oauth2"), S("--client-id"), S("crm-console"), S("--wait"), S("60"), S("--option"),
                 S("oauth_redirect_port=0")});
        p.write("site_key=" + SandboxProcess::siteKey().toUtf8() + "\n");
        p.closeWriteChannel();
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += p.readAllStandardError()).contains("/oauth2/authorize?"), 20000);
        const QString authorize =
            QString::fromUtf8(err).split(QLatin1Char('\n')).filter(S("/oauth2/authorize?")).first();
        QVERIFY(authorize.contains(S("code_challenge_method=S256")));
        QVERIFY(authorize.contains(S("redirect_uri=http://127.0.0.1:")));
        SandboxBrowser browser;
        browser.openUrl(QUrl(authorize.trimmed()));
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 30000); // the browser works in this loop
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        err += p.readAllStandardError();
        QVERIFY2(p.exitCode() == 0, qPrintable(out + QString::fromUtf8(err)));
        QVERIFY2(out.contains(S("Signed in as")) && out.contains(S("contact 21")), qPrintable(out));
        QVERIFY2(out.contains(S("smart")), qPrintable(out));

        // The tokens are in the keychain and nowhere in what crmctl printed.
        CredentialStore keychain;
        auto [ke, secrets] = await<QMap<QString, QString>>(keychain.read(name, {S("oauth2_tokens")}));
        QVERIFY(!ke);
        const QJsonObject tokens =
            QJsonDocument::fromJson(secrets.value(S("oauth2_tokens")).toUtf8()).object();
        const QString access = tokens.value(S("access_token")).toString();
        QVERIFY(!access.isEmpty());
        QVERIFY(!out.contains(access) && !QString::fromUtf8(err).contains(access));
        QVERIFY(!out.contains(tokens.value(S("refresh_token")).toString()));

        Run r = crmctl({S("sync"), name});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = crmctl({S("whoami"), name, S("--format"), S("json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject who = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(who.value(S("sub")).toString(), S("1021"));
        QCOMPARE(who.value(S("groups")).toArray().size(), 3);
        QVERIFY(!r.out.contains(access));

        // The site withdraws the sign-in: crmctl says to sign in again; edits wait.
        site.control(S("/_sandbox/oauth2/revoke"));
        r = crmctl({S("edit"), name, S("2"), S("last_name=Waiting")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(S("crmctl sign-in")), qPrintable(r.err));
        r = crmctl({S("outbox"), name});
        QVERIFY2(r.out.contains(S("Waiting")), qPrintable(r.out));
        QCOMPARE(crmctl({S("sign-out"), name}).code, 0);
        r = crmctl({S("whoami"), name});
        QCOMPARE(r.code, 3);
        QCOMPARE(crmctl({S("profile"), S("remove"), name}).code, 0);
        auto [ge, gone] =
            await<QMap<QString, QString>>(keychain.read(name, {S("oauth2_tokens"), S("site_key")}));
        QVERIFY(gone.value(S("site_key")).isEmpty());
    }

    void exportAndImportTenThousandRows()
    {
        SandboxProcess site;
        QVERIFY(site.start(100, {QStringLiteral("--kind"), QStringLiteral("civicrm")}));
        const QString name = m_name + QStringLiteral("-bulk");
        const auto S = [](const char* s) { return QString::fromUtf8(s); };
        Run r = crmctl(
            {S("profile"), S("add"), name, S("--kind"), S("civicrm"), S("--url"), site.url().toString()},
            "api_key=" + SandboxProcess::apiKey().toUtf8() +
                "\nsite_key=" + SandboxProcess::siteKey().toUtf8() + "\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(crmctl({S("sync"), name}).code, 0);

        // Export: CSV with a byte order mark and chosen columns, JSON, an unknown column refused.
        const QString csvPath = m_home.filePath(S("export.csv"));
        r = crmctl({S("export"), name, csvPath, S("--columns"), S("id,email,last_name,groups"), S("--bom"),
                    S("--group"), S("2")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile exported(csvPath);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray bytes = exported.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "ID,E-mail,Last name,Groups\r\n"));
        QCOMPARE(bytes.count("\r\n"),
                 qsizetype(1 + 33)); // group 2 holds every third of 100 contacts (less deleted)
        // For scripts, the header can be the column keys.
        r = crmctl({S("export"), name, S("-"), S("--columns"), S("id,email"), S("--header"), S("keys"),
                    S("--ids"), S("1")});
        QVERIFY2(r.out.startsWith(S("id,email\r\n")), qPrintable(r.out));
        r = crmctl({S("export"), name, S("-"), S("--format"), S("json"), S("--ids"), S("1,2")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 2);
        QCOMPARE(crmctl({S("export"), name, S("-"), S("--columns"), S("shoe_size")}).code, 2);

        // Import: 10,000 rows, new people, changes, and mistakes.
        QByteArray csv = "Email;First Name;Surname\r\n";
        for (int i = 0; i < 9990; ++i)
            csv += QStringLiteral("bulk.%1@import.example;Bulk;Person %1\r\n").arg(i).toUtf8();
        for (int id = 1; id <= 4; ++id)
            csv += QStringLiteral("%1;Changed;Name%2\r\n")
                       .arg(site.call(S("Contact"), S("get"), {{S("id"), id}, {S("sequential"), 1}})
                                .value(S("values"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(S("email"))
                                .toString())
                       .arg(id)
                       .toUtf8();
        csv += "no-at-sign;A;B\r\nbulk.1@import.example;Dup;Dup\r\n\"quoted\nnewline@import.example\";X;Y\r\n"
               "ragged@import.example;Only\r\nlatin@import.example;J\xFCrgen;K\r\nlast@import.example;Last;"
               "One\r\n";
        const QString in = m_home.filePath(S("tenthousand.csv"));
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(csv) == csv.size());
        f.close();
        const QString dry = m_home.filePath(S("dry.csv"));
        r = crmctl({S("import"), name, in, S("--action"), S("upsert"), S("--dry-run"), S("--report"), dry});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(S("9991 create")) && r.err.contains(S("4 update")), qPrintable(r.err));
        const qint64 before = site.call(S("Contact"), S("getcount"), {}).value(S("result")).toInteger();
        const QString report = m_home.filePath(S("report.csv"));
        r = crmctl(
            {S("import"), name, in, S("--action"), S("upsert"), S("--report"), report, S("--jobs"), S("4")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(S("9991 created")) && r.err.contains(S("4 updated")), qPrintable(r.err));
        QCOMPARE(site.call(S("Contact"), S("getcount"), {}).value(S("result")).toInteger(), before + 9991);
        QFile rep(report);
        QVERIFY(rep.open(QIODevice::ReadOnly));
        CsvReader reader(rep.readAll());
        QList<QStringList> lines;
        CsvReader::Record rec;
        while (reader.next(&rec))
            lines.append(rec.fields);
        QCOMPARE(lines.size(), 10000 + 1); // the header, then one line a row
        QCOMPARE(lines.at(9995).at(3), S("invalid"));
        QCOMPARE(lines.at(9995).at(2), S("no-at-sign"));
        QCOMPARE(lines.at(9996).at(3), S("skipped"));
        QVERIFY(lines.at(9996).at(5).contains(S("same e-mail as row 2")));
        QCOMPARE(lines.at(9997).at(3), S("invalid")); // a line break inside the e-mail
        QVERIFY(lines.at(9999).at(5).contains(S("UTF-8")));
        QCOMPARE(lines.at(10000).at(3), S("created"));
        // The same file again: nothing new.
        r = crmctl({S("import"), name, in, S("--action"), S("upsert"), S("--report"), report});
        QVERIFY2(r.code == 0 && !r.err.contains(S("created")), qPrintable(r.err));
        QCOMPARE(site.call(S("Contact"), S("getcount"), {}).value(S("result")).toInteger(), before + 9991);
        QCOMPARE(crmctl({S("import"), name, in, S("--action"), S("sideways")}).code, 2);

        // User accounts for contacts without one: 3 and 5 get one, 13 has no e-mail, 1 has an account.
        r = crmctl({S("accounts"), name, S("--dry-run"), S("--ids"), S("3,5,13,1")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(S("2 create")) && r.err.contains(S("1 no-email")) &&
                     r.err.contains(S("1 has-account")),
                 qPrintable(r.err));
        const QString accounts = m_home.filePath(S("user-import.csv"));
        r = crmctl({S("accounts"), name, accounts, S("--ids"), S("3,5,13,1"), S("--welcome")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile users(accounts);
        QVERIFY(users.open(QIODevice::ReadOnly));
        const QList<QByteArray> userLines = users.readAll().split('\n');
        QCOMPARE(userLines.first().trimmed(), QByteArray("email,name,first_name,last_name,notify"));
        QCOMPARE(userLines.size(), 4); // header, two accounts, the end
        QVERIFY(userLines.at(1).trimmed().endsWith(",1"));
        QCOMPARE(crmctl({S("profile"), S("remove"), name}).code, 0);
    }

    void rempImportCreatesAndGroupsButDoesNotEdit()
    {
        SandboxProcess remp;
        QVERIFY(remp.start(30, {QStringLiteral("--kind"), QStringLiteral("remp")}));
        const QString name = m_name + QStringLiteral("-remp-import");
        const auto S = [](const char* s) { return QString::fromUtf8(s); };
        Run r = addRemp(name, remp.url(), S("groups=1:Newsletter;2:Premium"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(crmctl({S("sync"), name}).code, 0);
        r = crmctl({S("members"), name, S("--format"), S("json"), S("--limit"), S("1")});
        const QString known =
            QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject().value(S("email")).toString();
        QVERIFY(!known.isEmpty());
        const QString in = m_home.filePath(S("remp.csv"));
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("email,first_name\nnew.remp@example.org,Nia\n" + known.toUtf8() + ",Changed\n");
        f.close();
        // REMP creates users but cannot edit them: the known one is left alone, and says so.
        r = crmctl({S("import"), name, in, S("--action"), S("upsert")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(S("created")) && r.out.contains(S("cannot edit")), qPrintable(r.out));
        // The same file, now adding both to a group, is another import.
        r = crmctl({S("import"), name, in, S("--action"), S("group:2")});
        QVERIFY2(r.code == 0 && r.err.contains(S("2 added")), qPrintable(r.err));
        QCOMPARE(crmctl({S("profile"), S("remove"), name}).code, 0);
    }

    void sheepImportCreatesAndEditsLookedUpMembers()
    {
        SandboxProcess sheep;
        QVERIFY(sheep.start(30, {QStringLiteral("--kind"), QStringLiteral("sheep")}));
        const QString name = m_name + QStringLiteral("-sheep-import");
        const auto S = [](const char* s) { return QString::fromUtf8(s); };
        Run r = addSheep(name, sheep.url());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // SheepCRM members enter the cache by look-up; the import matches the ones looked up.
        QCOMPARE(crmctl({S("lookup"), name, S("james@sheep.example")}).code, 0);
        const QString in = m_home.filePath(S("sheep.csv"));
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Email;Region;First "
                "name\r\njames@sheep.example;Suffolk;James\r\nnew.sheep@example.org;Kent;Nia\r\n");
        f.close();
        const QString report = m_home.filePath(S("sheep-report.csv"));
        r = crmctl({S("import"), name, in, S("--action"), S("upsert"), S("--report"), report});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(S("1 created")) && r.err.contains(S("1 updated")), qPrintable(r.err));
        QFile rep(report);
        QVERIFY(rep.open(QIODevice::ReadOnly));
        QVERIFY(rep.readAll().contains("new.sheep@example.org,created"));
        QCOMPARE(crmctl({S("profile"), S("remove"), name}).code, 0);
    }

    void sheepAccountsForLinkedPeopleAndListedAddresses()
    {
        SandboxProcess sheep;
        QVERIFY(sheep.start(30, {QStringLiteral("--kind"), QStringLiteral("sheep")}));
        const QString name = m_name + QStringLiteral("-sheep-accounts");
        const auto S = [](const char* s) { return QString::fromUtf8(s); };
        Run r = addSheep(name, sheep.url());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = crmctl({S("lookup"), name, S("james@sheep.example"), S("--format"), S("csv")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString id = r.out.split(QLatin1Char('\n')).value(1).section(QLatin1Char(','), 0, 0);
        QCOMPARE(crmctl({S("memberships"), name, id}).code, 0);
        // James's family membership links two people without accounts: the dry run says so, sends nothing.
        r = crmctl({S("accounts"), name, S("--ids"), id, S("--dry-run")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(S("Dry run, nothing created: 2 address(es): 2 create")), qPrintable(r.err));
        QVERIFY2(r.out.contains(S("family0.1@sheep.example")) && r.out.contains(S("family1.1@sheep.example")),
                 qPrintable(r.out));
        QVERIFY(sheep.control(S("/_sandbox/mail")).value(S("mail")).toArray().isEmpty());
        // A list with a person who has no account, an account holder, a broken address and a repeat.
        const QString list = m_home.filePath(S("accounts.csv"));
        QFile f(list);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "E-mail,First name\nno.account@sheep.example,No\njames@sheep.example,James\nnot-an-address,X\n"
            "NO.ACCOUNT@sheep.example,Again\n");
        f.close();
        const QString report = m_home.filePath(S("accounts-report.csv"));
        r = crmctl({S("accounts"), name, S("--emails"), list, S("--welcome"), S("--report"), report});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(S("1 created")) && r.err.contains(S("1 has account")) &&
                     r.err.contains(S("1 invalid")) && r.err.contains(S("1 duplicate")),
                 qPrintable(r.err));
        QFile rep(report);
        QVERIFY(rep.open(QIODevice::ReadOnly));
        const QByteArray lines = rep.readAll();
        QVERIFY2(lines.contains("2,no.account@sheep.example,No,,,created,preregistered,"), lines.constData());
        QVERIFY2(lines.contains("3,james@sheep.example,James,,,has account,active,"), lines.constData());
        QVERIFY2(
            lines.contains("5,NO.ACCOUNT@sheep.example,Again,,,duplicate,,,the same e-mail is on line 2"),
            lines.constData());
        // The welcome choice is the activation e-mail, sent to the new account only.
        const QJsonArray mail = sheep.control(S("/_sandbox/mail")).value(S("mail")).toArray();
        QCOMPARE(mail.size(), 1);
        QCOMPARE(mail.first().toObject().value(S("to")).toString(), S("no.account@sheep.example"));
        QCOMPARE(mail.first().toObject().value(S("kind")).toString(), S("activation"));
        // The new account is a member now (looked up into the cache); the same list again makes nothing.
        r = crmctl({S("members"), name, S("--search"), S("no.account")});
        QVERIFY2(r.code == 0 && r.out.contains(S("no.account@sheep.example")), qPrintable(r.out + r.err));
        r = crmctl({S("accounts"), name, S("--emails"), list});
        QVERIFY2(r.code == 0 && !r.err.contains(S("created")) && r.err.contains(S("2 has account")),
                 qPrintable(r.err));
        // The linked people, without the e-mail this time.
        r = crmctl({S("accounts"), name, S("--ids"), id});
        QVERIFY2(r.code == 0 && r.err.contains(S("Done: 2 address(es): 2 created")), qPrintable(r.err));
        QCOMPARE(sheep.control(S("/_sandbox/mail")).value(S("mail")).toArray().size(), 1);
        QCOMPARE(crmctl({S("profile"), S("remove"), name}).code, 0);
    }

    void rempAccountsFromStandardInput()
    {
        SandboxProcess remp;
        QVERIFY(remp.start(30, {QStringLiteral("--kind"), QStringLiteral("remp")}));
        const QString name = m_name + QStringLiteral("-remp-accounts");
        const auto S = [](const char* s) { return QString::fromUtf8(s); };
        Run r = addRemp(name, remp.url(), S("groups=1:Newsletter"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(crmctl({S("sync"), name}).code, 0);
        r = crmctl({S("members"), name, S("--format"), S("json"), S("--limit"), S("1")});
        const QString known =
            QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject().value(S("email")).toString();
        r = crmctl({S("accounts"), name, S("--emails"), S("-"), S("--welcome")},
                   "fresh.remp@example.org, Fresh, Person\n" + known.toUtf8() + "\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(S("1 created")) && r.err.contains(S("1 has account")), qPrintable(r.err));
        const QJsonArray mail = remp.control(S("/_sandbox/mail")).value(S("mail")).toArray();
        QCOMPARE(mail.size(), 1);
        QCOMPARE(mail.first().toObject().value(S("to")).toString(), S("fresh.remp@example.org"));
        r = crmctl({S("members"), name, S("--search"), S("fresh.remp")});
        QVERIFY2(r.out.contains(S("Fresh")), qPrintable(r.out + r.err));
        QCOMPARE(crmctl({S("profile"), S("remove"), name}).code, 0);
    }

    void removeDeletesKeysAndCache()
    {
        const QString cache = cacheFile();
        QVERIFY(QFile::exists(cache));
        QCOMPARE(crmctl({QStringLiteral("profile"), QStringLiteral("remove"), m_name}).code, 0);
        QVERIFY(!QFile::exists(cache));
        QVERIFY(!crmctl({QStringLiteral("profile"), QStringLiteral("list")}).out.contains(m_name));
        // Its keys are gone too: a profile of the same name has none until given them.
        QVERIFY(addProfile(m_sandbox.url()));
        QCOMPARE(crmctl({QStringLiteral("profile"), QStringLiteral("remove"), m_name}).code, 0);
    }
};

QTEST_GUILESS_MAIN(TestCrmctl)
#include "tst_crmctl.moc"
