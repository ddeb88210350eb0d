// crm-tour: walks CRM Console's demo through its main views and saves a screenshot of each.
#include "applanguage.h"
#include "credentials/credentialstore.h"
#include "demosession.h"
#include "mainwindow.h"
#include "profiles/profilestore.h"
#include "screenshottour.h"
#include "tones.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    crm::initApplicationIdentity();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QObject::tr("Start CRM Console's demo, save a screenshot of each main view, then quit."));
    parser.addHelpOption();
    const QCommandLineOption shots(QStringLiteral("screenshots"), QObject::tr("Save the screenshots here."),
                                   QStringLiteral("dir"), QStringLiteral("screenshots"));
    const QCommandLineOption members(QStringLiteral("demo-members"), QObject::tr("Members in the demo CRM."),
                                     QStringLiteral("n"), QStringLiteral("2500"));
    const QCommandLineOption kind(
        QStringLiteral("demo-kind"),
        QObject::tr("The demo CRM's kind: %1.").arg(crm::DemoSession::kinds().join(QStringLiteral(", "))),
        QStringLiteral("kind"), QStringLiteral("civicrm"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QObject::tr("Speak this language (%1).").arg(QStringLiteral("en, de, sk")), QStringLiteral("code"),
        QStringLiteral("en"));
    const QCommandLineOption dark(QStringLiteral("dark"), QObject::tr("Show the window in a dark theme."));
    parser.addOptions({shots, members, kind, language, dark});
    parser.process(app);
    if (parser.isSet(dark)) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(crm::Tones::darkPalette());
    }
    const crm::AppLanguage speaking(parser.value(language));

    QNetworkAccessManager nam;
    crm::ProfileStore profiles;
    crm::CredentialStore credentials;
    crm::MainWindow window(&profiles, &credentials, &nam);
    window.show();
    crm::DemoSession demo(&window, &profiles, &credentials, &nam);
    ScreenshotTour tour(&window, &demo, &nam, parser.value(shots));
    demo.start(parser.value(members).toInt(), parser.value(kind));
    return app.exec();
}
