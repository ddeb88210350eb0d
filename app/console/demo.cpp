#include "demo.h"

#include "credentials/credentialstore.h"
#include "dialogs/connectiondialog.h"
#include "mainwindow.h"
#include "models/memberstablemodel.h"
#include "net/crmcall.h"
#include "profiles/profilestore.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTabWidget>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

using namespace crm;

namespace {
const QString kProfile = QStringLiteral("Demo sandbox");

void after(int ms, QObject* context, std::function<void()> f)
{
    QTimer::singleShot(ms, context, std::move(f));
}
} // namespace

Demo::Demo(MainWindow* window, ProfileStore* profiles, CredentialStore* credentials,
           QNetworkAccessManager* nam, QObject* parent)
    : QObject(parent), m_window(window), m_profiles(profiles), m_credentials(credentials), m_nam(nam)
{
}

Demo::~Demo()
{
    if (m_sandbox.state() != QProcess::NotRunning) {
        m_sandbox.kill();
        m_sandbox.waitForFinished(2000);
    }
}

void Demo::start(int members, const QString& screenshotDir)
{
    m_shots = screenshotDir;
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
    m_sandbox.start(program, {QStringLiteral("--kind"), QStringLiteral("civicrm"), QStringLiteral("--port"),
                              QStringLiteral("0"), QStringLiteral("--members"), QString::number(members),
                              QStringLiteral("--seed"), QStringLiteral("7")});
}

void Demo::onSandboxReady(const QUrl& url)
{
    m_url = url;
    Profile p;
    p.name = kProfile;
    p.kind = QStringLiteral("civicrm");
    p.baseUrl = url;
    p.options.insert(QStringLiteral("custom_23"), tr("Regional scope"));
    const QMap<QString, QString> secrets{{QStringLiteral("api_key"), QStringLiteral("sandbox-api-key")},
                                         {QStringLiteral("site_key"), QStringLiteral("sandbox-site-key")}};
    m_credentials->setTimeoutMs(10000);
    CrmCall* write = m_credentials->write(kProfile, secrets);
    connect(write, &CrmCall::finished, this, [this, write, p, secrets] {
        auto open = [this, p] {
            m_profiles->save(p);
            m_window->openProfile(p.name);
            m_window->startSync();
            if (!m_shots.isEmpty()) {
                auto* once = new QObject(this);
                connect(m_window, &MainWindow::syncFinished, once, [this, once](const CrmError& e) {
                    delete once;
                    if (e)
                        QTextStream(stderr)
                            << "crm-console: the demo sync failed: " << e.userMessage() << '\n';
                    after(300, this, [this] { tour(); });
                });
            }
        };
        if (write->ok()) {
            open();
            return;
        }
        // No keychain answered: the demo keeps its keys in memory for this session.
        QTextStream(stderr) << "crm-console: " << write->error().userMessage() << '\n'
                            << tr("crm-console: the demo keeps its keys in memory for this session.") << '\n';
        m_credentials->setSessionOnly(true);
        CrmCall* again = m_credentials->write(kProfile, secrets);
        connect(again, &CrmCall::finished, this, open);
    });
}

void Demo::shot(QWidget* widget, const QString& name)
{
    QDir().mkpath(m_shots);
    const QString path = QDir(m_shots).filePath(name + QStringLiteral(".png"));
    widget->grab().save(path);
    QTextStream(stdout) << "screenshot " << path << Qt::endl;
}

void Demo::setSandboxFaults(const QByteArray& json)
{
    QUrl control = m_url;
    control.setPath(QStringLiteral("/_sandbox/faults"));
    QNetworkRequest request(control);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = m_nam->post(request, json);
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

void Demo::tour()
{
    // 1. Members, searched and one selected, with the detail panel.
    auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("searchBox"));
    search->setText(QStringLiteral("o'b"));
    after(400, this, [this] {
        auto* table = m_window->findChild<QTableView*>(QStringLiteral("memberTable"));
        table->selectRow(0); // a member with two addresses
        after(200, this, [this] {
            shot(m_window, QStringLiteral("main-window"));
            auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("memberTabs"));
            tabs->setCurrentIndex(1);
            after(200, this, [this, tabs] {
                shot(m_window, QStringLiteral("member-addresses"));
                tabs->setCurrentIndex(3);
                after(200, this, [this, tabs] {
                    shot(m_window, QStringLiteral("member-raw-fields"));
                    tabs->setCurrentIndex(0);
                    m_window->showTab(1);
                    after(200, this, [this] {
                        shot(m_window, QStringLiteral("groups"));
                        m_window->showTab(0);
                        // 2. The connection dialog telling a wrong site key apart.
                        auto* dialog = new ConnectionDialog(m_nam, {}, m_window);
                        Profile p;
                        p.name = QStringLiteral("Branch office");
                        p.kind = QStringLiteral("civicrm");
                        p.baseUrl = m_url;
                        p.options.insert(QStringLiteral("custom_23"), tr("Regional scope"));
                        dialog->setValues(p,
                                          {{QStringLiteral("api_key"), QStringLiteral("sandbox-api-key")},
                                           {QStringLiteral("site_key"), QStringLiteral("not-the-site-key")}});
                        dialog->show();
                        connect(dialog, &ConnectionDialog::testFinished, this, [this, dialog](bool) {
                            after(200, this, [this, dialog] {
                                shot(dialog, QStringLiteral("connection-dialog"));
                                dialog->deleteLater();
                                // 3. A slow sync in progress.
                                setSandboxFaults(R"({"latency_ms":400})");
                                after(300, this, [this] {
                                    m_window->startSync();
                                    after(2200, this, [this] {
                                        shot(m_window, QStringLiteral("sync-in-progress"));
                                        m_window->cancelSync();
                                        setSandboxFaults("{}");
                                        // 4. The CRM gone: cached data and the banner.
                                        after(500, this, [this] {
                                            m_sandbox.kill();
                                            m_sandbox.waitForFinished(2000);
                                            auto* once = new QObject(this);
                                            connect(m_window, &MainWindow::syncFinished, once, [this, once] {
                                                delete once;
                                                after(300, this, [this] {
                                                    shot(m_window, QStringLiteral("offline-banner"));
                                                    qApp->quit();
                                                });
                                            });
                                            m_window->startSync();
                                        });
                                    });
                                });
                            });
                        });
                        dialog->testConnection();
                    });
                });
            });
        });
    });
}
