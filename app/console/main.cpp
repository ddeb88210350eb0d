// crm-console: the CRM Console desktop application.
#include "demosession.h"

#include "credentials/credentialstore.h"
#include "mainwindow.h"
#include "profiles/profilestore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTranslator>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    crm::initApplicationIdentity();
    QApplication::setApplicationDisplayName(QObject::tr("CRM Console"));
    QApplication::setDesktopFileName(QStringLiteral("org.crmconsole.CrmConsole"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.crmconsole.CrmConsole.svg")));
    QTranslator appTranslator;
    // Without a catalogue for the user's language, the English one still gives "1 member", "2 members".
    if (appTranslator.load(QLocale(), QStringLiteral("crm-console"), QStringLiteral("_"),
                           QStringLiteral(":/translations")) ||
        appTranslator.load(QStringLiteral("crm-console_en"), QStringLiteral(":/translations")))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QObject::tr("Browse and edit the members of your CRMs, online or offline."));
    parser.addHelpOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QObject::tr("Start a local sandbox CRM and open it."));
    const QCommandLineOption members(QStringLiteral("demo-members"), QObject::tr("Members in the demo CRM."),
                                     QStringLiteral("n"), QStringLiteral("2500"));
    const QCommandLineOption profile(QStringLiteral("profile"), QObject::tr("Open this connection."),
                                     QStringLiteral("name"));
    const QCommandLineOption demoKind(
        QStringLiteral("demo-kind"),
        QObject::tr("The demo CRM's kind: %1.").arg(crm::DemoSession::kinds().join(QStringLiteral(", "))),
        QStringLiteral("kind"), QStringLiteral("civicrm"));
    parser.addOptions({demo, members, profile, demoKind});
    parser.process(app);

    QNetworkAccessManager nam;
    crm::ProfileStore profiles;
    crm::CredentialStore credentials;
    crm::MainWindow window(&profiles, &credentials, &nam);
    window.show();

    std::unique_ptr<crm::DemoSession> demoRun;
    if (parser.isSet(demo)) {
        demoRun = std::make_unique<crm::DemoSession>(&window, &profiles, &credentials, &nam);
        demoRun->start(parser.value(members).toInt(), parser.value(demoKind));
    } else if (parser.isSet(profile)) {
        window.openProfile(parser.value(profile));
    } else if (!profiles.profiles().isEmpty()) {
        window.openProfile(profiles.profiles().first().name);
    }
    return app.exec();
}
