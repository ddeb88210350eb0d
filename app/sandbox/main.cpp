// crm-sandbox: a local emulator of a CRM's REST API, for tests, benchmarks and the demo.
#include "civicrmemulator.h"
#include "httpserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("crm-sandbox"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Emulates a CRM's REST API on 127.0.0.1 with generated data."));
    parser.addHelpOption();
    const QList<QCommandLineOption> options{
        {QStringLiteral("kind"), QStringLiteral("CRM kind: civicrm."), QStringLiteral("kind"), QStringLiteral("civicrm")},
        {QStringLiteral("port"), QStringLiteral("Port (0: any free port)."), QStringLiteral("port"), QStringLiteral("0")},
        {QStringLiteral("members"), QStringLiteral("Number of members."), QStringLiteral("n"), QStringLiteral("200")},
        {QStringLiteral("seed"), QStringLiteral("Data seed."), QStringLiteral("seed"), QStringLiteral("1")},
        {QStringLiteral("latency"), QStringLiteral("Delay every answer (ms)."), QStringLiteral("ms"), QStringLiteral("0")},
        {QStringLiteral("fail-every"), QStringLiteral("Fail every Nth request."), QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("fail-status"), QStringLiteral("Status of those failures."), QStringLiteral("status"), QStringLiteral("500")},
        {QStringLiteral("malformed-every"), QStringLiteral("Malformed JSON every Nth request."), QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("truncate-every"), QStringLiteral("Truncated JSON every Nth request."), QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("html-every"), QStringLiteral("An HTML page every Nth request."), QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("drop-every"), QStringLiteral("Drop the connection every Nth request."), QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("hang-every"), QStringLiteral("Never answer every Nth request."), QStringLiteral("n"), QStringLiteral("0")},
    };
    parser.addOptions(options);
    parser.process(app);
    QTextStream err(stderr);
    if (parser.value(QStringLiteral("kind")) != QLatin1String("civicrm")) {
        err << "crm-sandbox: unknown kind " << parser.value(QStringLiteral("kind")) << " (known: civicrm)\n";
        return 2;
    }
    // Fixed demo credentials: the sandbox guards nothing real. Environment variables may change them.
    const QString siteKey = qEnvironmentVariable("CRM_SANDBOX_SITE_KEY", QStringLiteral("sandbox-site-key"));
    const QString apiKey = qEnvironmentVariable("CRM_SANDBOX_API_KEY", QStringLiteral("sandbox-api-key"));
    CiviCrmEmulator emulator(parser.value(QStringLiteral("members")).toInt(),
                             parser.value(QStringLiteral("seed")).toUInt(), siteKey, apiKey);
    SandboxHttpServer server([&](const SandboxRequest& r) { return emulator.handle(r); });
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
    const quint16 port = server.listen(quint16(parser.value(QStringLiteral("port")).toUInt()));
    if (!port) {
        err << "crm-sandbox: cannot listen on port " << parser.value(QStringLiteral("port")) << "\n";
        return 1;
    }
    QTextStream out(stdout);
    out << "listening http://127.0.0.1:" << port << "/sites/all/modules/civicrm/extern/rest.php" << Qt::endl;
    return app.exec();
}
