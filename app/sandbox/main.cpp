// crm-sandbox: a local emulator of a CRM's REST API, for tests, benchmarks and the demo.
#include "appversion.h"
#include "emulators.h"
#include "httpserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <memory>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("crm-sandbox"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(crm::AppVersion));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Emulates a CRM's REST API on 127.0.0.1 with generated data."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QList<QCommandLineOption> options{
        {QStringLiteral("exit-with-parent"),
         QStringLiteral("End when the process that started this one ends, however it ends.")},
        {QStringLiteral("kind"),
         QStringLiteral("CRM kind: %1.").arg(Emulators::kinds().join(QStringLiteral(", "))),
         QStringLiteral("kind"), QStringLiteral("civicrm")},
        {QStringLiteral("port"), QStringLiteral("Port (0: any free port)."), QStringLiteral("port"),
         QStringLiteral("0")},
        {QStringLiteral("members"), QStringLiteral("Number of members."), QStringLiteral("n"),
         QStringLiteral("200")},
        {QStringLiteral("seed"), QStringLiteral("Data seed."), QStringLiteral("seed"), QStringLiteral("1")},
        {QStringLiteral("latency"), QStringLiteral("Delay every answer (ms)."), QStringLiteral("ms"),
         QStringLiteral("0")},
        {QStringLiteral("fail-every"), QStringLiteral("Fail every Nth request."), QStringLiteral("n"),
         QStringLiteral("0")},
        {QStringLiteral("fail-status"), QStringLiteral("Status of those failures."), QStringLiteral("status"),
         QStringLiteral("500")},
        {QStringLiteral("malformed-every"), QStringLiteral("Malformed JSON every Nth request."),
         QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("truncate-every"), QStringLiteral("Truncated JSON every Nth request."),
         QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("html-every"), QStringLiteral("An HTML page every Nth request."), QStringLiteral("n"),
         QStringLiteral("0")},
        {QStringLiteral("drop-every"), QStringLiteral("Drop the connection every Nth request."),
         QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("token-lifetime"), QStringLiteral("CiviCRM: seconds an OAuth2 access token lasts."),
         QStringLiteral("s"), QStringLiteral("3600")},
        {QStringLiteral("oauth-user"),
         QStringLiteral("CiviCRM: the CMS user id whoever signs in with OAuth2 becomes."),
         QStringLiteral("sub"), QStringLiteral("1021")},
        {QStringLiteral("hang-every"), QStringLiteral("Never answer every Nth request."), QStringLiteral("n"),
         QStringLiteral("0")},
        {QStringLiteral("oauth-oidc"),
         QStringLiteral("CiviCRM: the site's OAuth2 server uses OpenID Connect (1) or not (0)."),
         QStringLiteral("0|1"), QStringLiteral("1")},
        {QStringLiteral("oauth-new-refresh-tokens"),
         QStringLiteral("CiviCRM: a refresh answers with a new refresh token (1) or none (0)."),
         QStringLiteral("0|1"), QStringLiteral("1")},
        {QStringLiteral("oauth-redirect-uri"),
         QStringLiteral(
             "CiviCRM: the one redirect address the client has registered (default: any loopback)."),
         QStringLiteral("uri")},
        {QStringLiteral("cost"),
         QStringLiteral("Answer when a real server would: milliseconds a request, milliseconds an API call "
                        "(CiviCRM: a chained call once per returned record), microseconds a returned row."),
         QStringLiteral("request_ms,call_ms,row_us")},
        {QStringLiteral("workers"),
         QStringLiteral("With --cost: requests served at once (PHP-FPM workers); the rest wait."),
         QStringLiteral("n"), QStringLiteral("4")},
        {QStringLiteral("tls-cert"), QStringLiteral("Answer over https with this certificate (PEM)."),
         QStringLiteral("file")},
        {QStringLiteral("tls-key"), QStringLiteral("The certificate's private key (PEM)."),
         QStringLiteral("file")},
    };
    parser.addOptions(options);
    parser.process(app);
    if (parser.isSet(QStringLiteral("exit-with-parent"))) {
        // The kernel sends SIGTERM when the parent dies, even by SIGKILL; a parent gone already is checked.
        const pid_t parent = getppid();
        prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (getppid() != parent)
            return 0;
    }
    QTextStream err(stderr);
    const EmulatorKind* kind = Emulators::find(parser.value(QStringLiteral("kind")));
    if (!kind) {
        err << "crm-sandbox: unknown kind " << parser.value(QStringLiteral("kind"))
            << " (known: " << Emulators::kinds().join(QStringLiteral(", ")) << ")\n";
        return 2;
    }
    const EmulatorKind::Running emulator =
        kind->make({parser.value(QStringLiteral("members")).toInt(),
                    parser.value(QStringLiteral("seed")).toUInt(), parser});
    const QString path = emulator.path;
    SandboxHttpServer server(emulator.handler);
    FaultPlan faults;
    faults.latencyMs = parser.value(QStringLiteral("latency")).toInt();
    faults.failEvery = parser.value(QStringLiteral("fail-every")).toInt();
    faults.failStatus = parser.value(QStringLiteral("fail-status")).toInt();
    faults.malformedEvery = parser.value(QStringLiteral("malformed-every")).toInt();
    faults.truncateEvery = parser.value(QStringLiteral("truncate-every")).toInt();
    faults.htmlEvery = parser.value(QStringLiteral("html-every")).toInt();
    faults.dropEvery = parser.value(QStringLiteral("drop-every")).toInt();
    faults.hangEvery = parser.value(QStringLiteral("hang-every")).toInt();
    server.setFaults(faults);
    if (parser.isSet(QStringLiteral("cost"))) {
        CostModel cost;
        if (!CostModel::parse(parser.value(QStringLiteral("cost")), &cost)) {
            err << "crm-sandbox: --cost takes three numbers, e.g. 100,2,20\n";
            return 2;
        }
        cost.workers = parser.value(QStringLiteral("workers")).toInt();
        server.setCost(cost);
    }
    const bool tls = parser.isSet(QStringLiteral("tls-cert"));
    if (tls &&
        !server.useTls(parser.value(QStringLiteral("tls-cert")), parser.value(QStringLiteral("tls-key")))) {
        err << "crm-sandbox: cannot read the TLS certificate or key\n";
        return 1;
    }
    const quint16 port = server.listen(quint16(parser.value(QStringLiteral("port")).toUInt()));
    if (!port) {
        err << "crm-sandbox: cannot listen on port " << parser.value(QStringLiteral("port")) << "\n";
        return 1;
    }
    QTextStream out(stdout);
    out << "listening " << (tls ? "https" : "http") << "://127.0.0.1:" << port << path << Qt::endl;
    return app.exec();
}
