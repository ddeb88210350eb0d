// crm-console: the CRM Console desktop application.
#include "demosession.h"
#include "terminationsignals.h"

#include "applanguage.h"
#include "appversion.h"
#include "credentials/credentialstore.h"
#include "logging/logcategories.h"
#include "logging/logfile.h"
#include "mainwindow.h"
#include "profiles/profilestore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QNetworkAccessManager>
#include <cstring>

namespace {

struct Options {
    QCommandLineOption demo{QStringLiteral("demo"), QObject::tr("Start a local sandbox CRM and open it.")};
    QCommandLineOption members{QStringLiteral("demo-members"), QObject::tr("Members in the demo CRM."),
                               QStringLiteral("n"), QStringLiteral("2500")};
    QCommandLineOption profile{QStringLiteral("profile"), QObject::tr("Open this connection."),
                               QStringLiteral("name")};
    QCommandLineOption demoKind{
        QStringLiteral("demo-kind"),
        QObject::tr("The demo CRM's kind: %1.").arg(crm::DemoSession::kinds().join(QStringLiteral(", "))),
        QStringLiteral("kind"), QStringLiteral("civicrm")};
    QCommandLineOption language{
        QStringLiteral("language"),
        QObject::tr("Speak this language (%1) instead of the one chosen in View > Language or the system's.")
            .arg(QStringLiteral("en, de, sk")),
        QStringLiteral("code")};
    QCommandLineOption verbose{
        QStringLiteral("verbose"),
        QObject::tr("Log every request and step, in the terminal too (the log file is %1).")
            .arg(crm::LogFile::path())};

    void describe(QCommandLineParser& parser) const
    {
        parser.setApplicationDescription(
            QObject::tr("Browse and edit the members of your CRMs, online or offline."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({demo, members, profile, demoKind, language, verbose});
    }
};

/// --help and --version print and end: they need no display, so a terminal without one can ask.
bool asksForTextOnly(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            return false;
        for (const char* text : {"-h", "--help", "-?", "--help-all", "-v", "--version"})
            if (std::strcmp(argv[i], text) == 0)
                return true;
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    if (asksForTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        crm::initApplicationIdentity();
        QCommandLineParser parser;
        const Options options;
        options.describe(parser);
        parser.process(app); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    crm::initApplicationIdentity();
    QApplication::setApplicationDisplayName(QObject::tr("CRM Console"));
    QApplication::setDesktopFileName(QStringLiteral("org.crmconsole.CrmConsole"));

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.crmconsole.CrmConsole.svg")));

    QCommandLineParser parser;
    const Options options;
    options.describe(parser);
    parser.process(app);
    crm::LogFile::install(parser.isSet(options.verbose));
    const crm::AppLanguage language(parser.value(options.language));
    qCInfo(lcUi) << "CRM Console" << crm::AppVersion << "starts on Qt" << qVersion() << "in"
                 << language.code();

    QNetworkAccessManager nam;
    crm::ProfileStore profiles;
    crm::CredentialStore credentials;
    crm::MainWindow window(&profiles, &credentials, &nam);
    window.show();
    // Ended by the session or the terminal: close as Quit does (waiting edits stay in the outbox).
    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::received, &app, &QApplication::closeAllWindows);

    std::unique_ptr<crm::DemoSession> demoRun;
    if (parser.isSet(options.demo)) {
        demoRun = std::make_unique<crm::DemoSession>(&window, &profiles, &credentials, &nam);
        demoRun->start(parser.value(options.members).toInt(), parser.value(options.demoKind));
    } else if (parser.isSet(options.profile)) {
        window.openProfile(parser.value(options.profile));
    } else if (const auto startup = profiles.startupProfile()) {
        window.openProfile(startup->name);
    }
    return app.exec();
}
