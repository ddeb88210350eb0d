#include "demosession.h"

#include "credentials/credentialstore.h"
#include "mainwindow.h"
#include "net/crmcall.h"
#include "profiles/crmkinds.h"
#include "profiles/profilestore.h"

#include <QAction>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>

namespace crm {

namespace {
const QString kOAuth2 = QStringLiteral("civicrm-oauth2");
const QString kImport = QStringLiteral("civicrm-import");
} // namespace

DemoSession::DemoSession(MainWindow* window, ProfileStore* profiles, CredentialStore* credentials,
                         QNetworkAccessManager* nam, QObject* parent)
    : QObject(parent), m_window(window), m_profiles(profiles), m_credentials(credentials), m_nam(nam)
{
}

DemoSession::~DemoSession()
{
    stopSandbox();
}

QStringList DemoSession::kinds()
{
    return Backends::kinds() + QStringList{kOAuth2, kImport};
}

void DemoSession::start(int members, const QString& kind)
{
    m_kind = kinds().contains(kind) ? kind : QStringLiteral("civicrm");
    const BackendKind* entry =
        Backends::find(m_kind.startsWith(QLatin1String("civicrm")) ? QStringLiteral("civicrm") : m_kind);
    const QString program = QCoreApplication::applicationDirPath() + QStringLiteral("/crm-sandbox");
    connect(&m_sandbox, &QProcess::readyReadStandardOutput, this, [this] {
        while (m_sandbox.canReadLine()) {
            const QString line = QString::fromUtf8(m_sandbox.readLine()).trimmed();
            if (line.startsWith(QLatin1String("listening ")))
                onSandboxReady(QUrl(line.mid(10)));
        }
    });
    connect(&m_sandbox, &QProcess::errorOccurred, this,
            [this](QProcess::ProcessError e) {
                if (e == QProcess::FailedToStart)
                    QTextStream(stderr)
                        << tr("crm-console: cannot start the sandbox CRM (%1)").arg(m_sandbox.program())
                        << '\n';
            });
    m_sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_sandbox.start(program,
                    {QStringLiteral("--kind"), entry->demo.emulator, QStringLiteral("--port"),
                     QStringLiteral("0"), QStringLiteral("--members"), QString::number(members),
                     QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--exit-with-parent")});
}

void DemoSession::onSandboxReady(const QUrl& url)
{
    m_url = url;
    const BackendKind* entry =
        Backends::find(m_kind.startsWith(QLatin1String("civicrm")) ? QStringLiteral("civicrm") : m_kind);
    Profile p;
    p.name = entry->demo.name;
    p.kind = entry->kind;
    p.baseUrl = url;
    p.options = entry->demo.options;
    p.demo = true;
    QMap<QString, QString> secrets = entry->demo.secrets;
    if (m_kind == kImport) {
        p.name = QStringLiteral("Demo import");
    } else if (m_kind == kOAuth2) {
        // Signs in through the sandbox site: the browser opens its consent page.
        p.name = QStringLiteral("Demo CiviCRM sign-in");
        p.baseUrl = url.resolved(QUrl(QStringLiteral("/civicrm/ajax/rest")));
        p.options.insert(QStringLiteral("auth"), QStringLiteral("oauth2"));
        p.options.insert(QStringLiteral("oauth_client_id"), QStringLiteral("crm-console"));
        p.options.insert(QStringLiteral("oauth_redirect_port"), QStringLiteral("0")); // the sandbox takes any
        secrets = {{QStringLiteral("site_key"), secrets.value(QStringLiteral("site_key"))}};
    }
    m_credentials->setTimeoutMs(10000);
    CrmCall* write = m_credentials->write(p.name, secrets);
    connect(write, &CrmCall::finished, this, [this, write, p, secrets] {
        auto open = [this, p] {
            m_profiles->save(p);
            m_window->openProfile(p.name);
            if (p.usesOAuth2()) {
                Q_EMIT aboutToSignIn();
                // The window syncs once signed in (a connection's first sign-in starts its first sync).
                m_window->findChild<QAction*>(QStringLiteral("signInAction"))->trigger();
            } else {
                m_window->startSync();
            }
            Q_EMIT opened();
        };
        if (write->ok()) {
            open();
            return;
        }
        // No keychain answered: the demo keeps its keys in memory for this session.
        QTextStream(stderr) << "crm-console: " << write->error().userMessage() << '\n'
                            << tr("crm-console: the demo keeps its keys in memory for this session.") << '\n';
        m_credentials->setSessionOnly(true);
        CrmCall* again = m_credentials->write(p.name, secrets);
        connect(again, &CrmCall::finished, this, open);
    });
}

void DemoSession::setSandboxFaults(const QByteArray& json)
{
    QUrl control = m_url;
    control.setPath(QStringLiteral("/_sandbox/faults"));
    QNetworkRequest request(control);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = m_nam->post(request, json);
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

void DemoSession::stopSandbox()
{
    if (m_sandbox.state() != QProcess::NotRunning) {
        m_sandbox.kill();
        m_sandbox.waitForFinished(2000);
    }
}

} // namespace crm
