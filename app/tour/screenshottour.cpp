#include "screenshottour.h"

#include "demosession.h"

#include "cache/cache.h"
#include "credentials/credentialstore.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/accountbatchdialog.h"
#include "dialogs/accountsdialog.h"
#include "dialogs/actiondialog.h"
#include "dialogs/bulkeditdialog.h"
#include "dialogs/connectiondialog.h"
#include "dialogs/editpersondialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/lookupdialog.h"
#include "import/importwizard.h"
#include "mainwindow.h"
#include "memberrecordactions.h"
#include "models/memberstablemodel.h"
#include "net/crmcall.h"
#include "profiles/profilestore.h"
#include "session/memberverbs.h"
#include "session/profilesession.h"
#include "views/outboxview.h"
#include "widgets/memberdetailpanel.h"
#include "widgets/partlist.h"
#include "widgets/sectioneditor.h"

#include "sandboxbrowser.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTreeWidget>

using namespace crm;

namespace {
/// Shows the member tab that holds the widget named child (tabs are found by content: hidden ones keep
/// their index).
void showPage(QTabWidget* tabs, const char* child)
{
    QWidget* w = tabs->findChild<QWidget*>(QString::fromLatin1(child));
    while (w && tabs->indexOf(w) < 0)
        w = w->parentWidget();
    if (w)
        tabs->setCurrentWidget(w);
}

void after(int ms, QObject* context, std::function<void()> f)
{
    QTimer::singleShot(ms, context, std::move(f));
}
} // namespace

ScreenshotTour::ScreenshotTour(MainWindow* window, DemoSession* demo, QNetworkAccessManager* nam,
                               QString shots, QObject* parent)
    : QObject(parent), m_window(window), m_demo(demo), m_nam(nam), m_shots(std::move(shots))
{
    connect(demo, &DemoSession::aboutToSignIn, this, &ScreenshotTour::answerSignIn);
    connect(demo, &DemoSession::opened, this, [this] {
        auto* once = new QObject(this);
        connect(m_window, &MainWindow::syncFinished, once, [this, once](const CrmError& e) {
            delete once;
            if (e)
                QTextStream(stderr) << "crm-tour: the demo sync failed: " << e.userMessage() << '\n';
            after(300, this, [this] {
                const QString kind = m_demo->kind();
                if (kind == QLatin1String("remp"))
                    rempTour();
                else if (kind == QLatin1String("sheep"))
                    sheepTour();
                else if (kind == QLatin1String("identity"))
                    identityTour();
                else if (kind == QLatin1String("civicrm-oauth2"))
                    signInTour();
                else if (kind == QLatin1String("civicrm-import"))
                    importTour();
                else
                    tour();
            });
        });
    });
}

ScreenshotTour::~ScreenshotTour() = default;

void ScreenshotTour::answerSignIn()
{
    // Nobody sits at a browser: the sandbox browser reads the consent page and allows, slowly enough for
    // a picture of the waiting window.
    m_browser = std::make_unique<SandboxBrowser>();
    m_browser->setThinkingMs(1500);
    QDesktopServices::setUrlHandler(QStringLiteral("http"), m_browser.get(), "openUrl");
    after(900, this, [this] {
        if (auto* d = m_window->findChild<QDialog*>(QStringLiteral("signInDialog")))
            shot(d, QStringLiteral("civicrm-oauth2-waiting"));
    });
}

void ScreenshotTour::shot(QWidget* widget, const QString& name)
{
    QDir().mkpath(m_shots);
    const QString path = QDir(m_shots).filePath(name + QStringLiteral(".png"));
    widget->grab().save(path);
    QTextStream(stdout) << "screenshot " << path << Qt::endl;
}

void ScreenshotTour::tour()
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
            recordsTour([this, tabs] {
                showPage(tabs, "rawTree");
                after(200, this, [this, tabs] {
                    shot(m_window, QStringLiteral("member-raw-fields"));
                    showPage(tabs, "fieldsTree");
                    m_window->showTab(1);
                    after(200, this, [this] {
                        shot(m_window, QStringLiteral("groups"));
                        m_window->showTab(0);
                        // 2. The connection dialog telling a wrong site key apart.
                        auto* dialog = new ConnectionDialog(m_nam, {}, m_window);
                        Profile p;
                        p.name = QStringLiteral("Branch office");
                        p.kind = QStringLiteral("civicrm");
                        p.baseUrl = m_demo->sandboxUrl();
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
                                changesTour([this] {
                                    m_demo->setSandboxFaults(R"({"latency_ms":400})");
                                    after(300, this, [this] {
                                        m_window->startSync(SyncEngine::Scope::Full);
                                        after(3500, this, [this] {
                                            shot(m_window, QStringLiteral("sync-in-progress"));
                                            m_window->cancelSync();
                                            m_demo->setSandboxFaults("{}");
                                            // 4. The CRM gone: cached data and the banner.
                                            after(500, this, [this] {
                                                m_demo->stopSandbox();
                                                auto* once = new QObject(this);
                                                connect(
                                                    m_window, &MainWindow::syncFinished, once, [this, once] {
                                                        delete once;
                                                        after(300, this, [this] {
                                                            shot(m_window, QStringLiteral("offline-banner"));
                                                            outboxWhileOffline();
                                                        });
                                                    });
                                                m_window->startSync();
                                            });
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

void ScreenshotTour::changesTour(std::function<void()> next)
{
    auto* once = new QObject(this);
    connect(m_window, &MainWindow::syncFinished, once, [this, once, next] {
        delete once;
        after(300, this, [this, next] {
            shot(m_window, QStringLiteral("sync-changes-only"));
            QMenu* file = m_window->menuBar()->actions().first()->menu();
            file->popup(m_window->mapToGlobal(QPoint(8, m_window->menuBar()->height())));
            after(300, this, [this, file, next] {
                shot(file, QStringLiteral("file-menu"));
                file->hide();
                helpTour(next);
            });
        });
    });
    m_window->startSync();
}

void ScreenshotTour::helpTour(std::function<void()> next)
{
    // The column chooser, as the table header's context menu opens it, then the About box.
    auto* columns = m_window->findChild<QMenu*>(QStringLiteral("columnsMenu"));
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("memberTable"));
    columns->popup(table->mapToGlobal(QPoint(120, 10)));
    after(300, this, [this, columns, next] {
        shot(columns, QStringLiteral("column-chooser"));
        columns->hide();
        auto* about = new AboutDialog(m_window);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->show();
        after(300, this, [this, about, next] {
            shot(about, QStringLiteral("about"));
            about->close();
            next();
        });
    });
}

void ScreenshotTour::recordsTour(std::function<void()> next)
{
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("memberTabs"));
    ProfileSession* session = m_window->session();
    steps({
              [this, tabs] {
                  showPage(tabs, "contactTab");
                  shot(m_window, QStringLiteral("member-contact"));
                  // A phone being edited, with a number that is no number yet.
                  auto* phones = m_window->findChild<PartList*>(QStringLiteral("phoneList"));
                  phones->list()->setCurrentItem(phones->list()->topLevelItem(0));
                  phones->findChild<QPushButton*>(QStringLiteral("partEdit"))->click();
                  phones->editor()
                      ->findChild<QLineEdit*>(QStringLiteral("edit_phone"))
                      ->setText(QStringLiteral("020 7946 09x8"));
                  phones->editor()->findChild<QLineEdit*>(QStringLiteral("edit_phone"))->setFocus();
              },
              [this] {
                  auto* contact = m_window->findChild<QWidget*>(QStringLiteral("contactTab"));
                  auto* phones = m_window->findChild<PartList*>(QStringLiteral("phoneList"));
                  static_cast<QScrollArea*>(contact)->ensureWidgetVisible(phones->editor());
              },
              [this] {
                  shot(m_window, QStringLiteral("member-phone-editor"));
                  auto* phones = m_window->findChild<PartList*>(QStringLiteral("phoneList"));
                  phones->editor()
                      ->findChild<QLineEdit*>(QStringLiteral("edit_phone"))
                      ->setText(QStringLiteral("020 7946 0958"));
                  phones->editor()->findChild<QPushButton*>(QStringLiteral("sectionSave"))->click();
                  // And a name changed in place.
                  auto* details = m_window->findChild<SectionEditor*>(QStringLiteral("detailsSection"));
                  QVariantMap v = details->values();
                  v.insert(QStringLiteral("job_title"), QStringLiteral("Head librarian"));
                  details->edit(v);
                  details->findChild<QPushButton*>(QStringLiteral("sectionSave"))->click();
              },
              [] {},
              [this, tabs] {
                  showPage(tabs, "historyList");
                  shot(m_window, QStringLiteral("member-history"));
              },
              [this, session] {
                  // Someone else changes the same record in the CRM while an edit waits: a conflict.
                  const QString id =
                      m_window->findChild<MemberDetailPanel*>(QStringLiteral("memberDetail"))->memberId();
                  CrmError e;
                  session->verbs().editMember(id,
                                              {{QStringLiteral("first_name"), QStringLiteral("Anna")},
                                               {QStringLiteral("job_title"), QStringLiteral("Archivist")}},
                                              &e);
                  // As another user of the demo CRM would, with the demo's keys.
                  QNetworkRequest request(m_demo->sandboxUrl());
                  request.setHeader(QNetworkRequest::ContentTypeHeader,
                                    QByteArrayLiteral("application/x-www-form-urlencoded"));
                  const QByteArray json =
                      QJsonDocument(QJsonObject{{QStringLiteral("id"), id.toLongLong()},
                                                {QStringLiteral("job_title"), QStringLiteral("Curator")}})
                          .toJson(QJsonDocument::Compact);
                  QNetworkReply* reply =
                      m_nam->post(request, "entity=Contact&action=create&key=sandbox-site-key&api_key="
                                           "sandbox-api-key&json=" +
                                               QUrl::toPercentEncoding(QString::fromUtf8(json)));
                  connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
                  session->verbs().send();
              },
              [] {},
              [this] {
                  m_window->showTab(2);
                  auto* table = m_window->findChild<QTableView*>(QStringLiteral("outboxTable"));
                  table->selectRow(0);
              },
              [this] { shot(m_window, QStringLiteral("outbox-conflict")); },
              [this] {
                  auto* view = m_window->findChild<OutboxView*>();
                  QTimer::singleShot(500, this, [this] {
                      if (auto* d = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
                          shot(d, QStringLiteral("conflict-field-by-field"));
                          d->reject();
                      }
                  });
                  view->resolveSelected();
              },
              [this] {
                  // The duplicate warning of New member.
                  const auto first =
                      m_window->session()->cache()->member(m_window->membersModel()->memberId(0));
                  QTimer::singleShot(500, this, [this] {
                      if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                          shot(box, QStringLiteral("duplicate-warning"));
                          box->reject();
                      }
                  });
                  m_window->findChild<MemberRecordActions*>()->confirmNotDuplicate(
                      {{QStringLiteral("email"), first ? first->email.toUpper() : QString()}});
              },
              [this] { m_window->showTab(0); },
              [this] {
                  // Move to trash asks first, naming the member; then Restore from trash lists them.
                  m_window->findChild<QTableView*>(QStringLiteral("memberTable"))->selectRow(4);
                  QTimer::singleShot(500, this, [this] {
                      if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                          shot(box, QStringLiteral("trash-confirm"));
                          for (QAbstractButton* b : box->buttons())
                              if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                                  b->click();
                      }
                  });
                  m_window->findChild<QAction*>(QStringLiteral("trashAction"))->trigger();
              },
              [this] {
                  QTimer::singleShot(500, this, [this] {
                      if (auto* d = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
                          shot(d, QStringLiteral("restore-from-trash"));
                          d->accept();
                      }
                  });
                  m_window->findChild<QAction*>(QStringLiteral("restoreAction"))->trigger();
              },
              [next] { next(); },
          },
          700);
}

void ScreenshotTour::outboxWhileOffline()
{
    // 5. An edit made with the CRM gone waits in the Outbox.
    ProfileSession* session = m_window->session();
    const QString id = m_window->membersModel()->memberId(0);
    CrmError e;
    session->verbs().editMember(id, {{QStringLiteral("last_name"), QStringLiteral("Okafor")}}, &e);
    m_window->showTab(2);
    after(400, this, [this] {
        shot(m_window, QStringLiteral("outbox-waiting"));
        qApp->quit();
    });
}

void ScreenshotTour::steps(QList<std::function<void()>> list, int ms)
{
    if (list.isEmpty())
        return;
    std::function<void()> first = list.takeFirst();
    first();
    after(ms, this, [this, list, ms] { steps(list, ms); });
}

void ScreenshotTour::rempTour()
{
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("memberTable"));
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("memberTabs"));
    auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("searchBox"));
    steps({
        [search] { search->setText(QStringLiteral("admin")); },
        [table] { table->selectRow(0); },
        [this, tabs] {
            shot(m_window, QStringLiteral("remp-main-window"));
            showPage(tabs, "addressTree");
        },
        [this] { shot(m_window, QStringLiteral("remp-addresses")); },
        [this] {
            // The change dialog, prefilled from the print address.
            m_window->findChild<QPushButton*>(QStringLiteral("changeAddress"))->click();
        },
        [this] {
            if (auto* d = m_window->findChild<QDialog*>(QStringLiteral("addressDialog"))) {
                shot(d, QStringLiteral("remp-address-change"));
                d->reject();
            }
            m_window->findChild<QLineEdit*>(QStringLiteral("searchBox"))->clear();
        },
        [this] {
            // Member 55 has a public and a private meta entry.
            m_window->selectMember(QStringLiteral("55"));
            showPage(m_window->findChild<QTabWidget*>(QStringLiteral("memberTabs")), "metaTree");
        },
        [this] { m_window->findChild<QPushButton*>(QStringLiteral("metaAdd"))->click(); },
        [this] {
            auto* d = m_window->findChild<QDialog*>(QStringLiteral("metaEntryDialog"));
            d->findChild<QLineEdit*>(QStringLiteral("metaKey"))->setText(QStringLiteral("support_note"));
            d->findChild<QLineEdit*>(QStringLiteral("metaValue"))
                ->setText(QStringLiteral("prefers a phone call"));
            shot(d, QStringLiteral("remp-meta-dialog"));
            d->accept();
        },
        [] {},
        [this] { shot(m_window, QStringLiteral("remp-meta")); },
        [this] { m_window->findChild<QAction*>(QStringLiteral("newMemberAction"))->trigger(); },
        [this] {
            auto* d = m_window->findChild<QDialog*>(QStringLiteral("newMemberDialog"));
            d->findChild<QLineEdit*>(QStringLiteral("email"))
                ->setText(QStringLiteral("jana.kovac@example.org"));
            d->findChild<QLineEdit*>(QStringLiteral("first_name"))->setText(QStringLiteral("Jana"));
            d->findChild<QLineEdit*>(QStringLiteral("last_name"))->setText(QStringLiteral("Kováč"));
            d->findChild<QLineEdit*>(QStringLiteral("source"))->setText(QStringLiteral("phone"));
        },
        [] {},
        [this] {
            auto* d = m_window->findChild<QDialog*>(QStringLiteral("newMemberDialog"));
            shot(d, QStringLiteral("remp-new-member"));
            d->findChild<QLineEdit*>(QStringLiteral("email"))->setText(QStringLiteral("admin@crm.press"));
        },
        [] {},
        [this] {
            auto* d = m_window->findChild<QDialog*>(QStringLiteral("newMemberDialog"));
            shot(d, QStringLiteral("remp-new-member-taken"));
            d->reject();
            m_window->findChild<QAction*>(QStringLiteral("findByMetaAction"))->trigger();
        },
        [this] {
            auto* d = m_window->findChild<QDialog*>(QStringLiteral("metaSearchDialog"));
            d->findChild<QLineEdit*>(QStringLiteral("metaKey"))->setText(QStringLiteral("segment"));
            d->findChild<QLineEdit*>(QStringLiteral("metaValue"))->setText(QStringLiteral("vip"));
            d->findChild<QPushButton*>(QStringLiteral("metaSearch"))->click();
        },
        [this] {
            auto* d = m_window->findChild<QDialog*>(QStringLiteral("metaSearchDialog"));
            shot(d, QStringLiteral("remp-meta-search"));
            d->close();
            m_window->findChild<QAction*>(QStringLiteral("supportToolsAction"))->trigger();
        },
        [this] {
            auto* d = m_window->findChild<QDialog*>(QStringLiteral("supportToolsDialog"));
            d->findChild<QPushButton*>(QStringLiteral("checkStaff"))->click();
            d->findChild<QLineEdit*>(QStringLiteral("autologinToken"))
                ->setText(QStringLiteral("sandbox-autologin-token"));
            d->findChild<QPushButton*>(QStringLiteral("verifyToken"))->click();
            d->findChild<QLineEdit*>(QStringLiteral("deviceId"))->setText(QStringLiteral("support-phone-1"));
            d->findChild<QPushButton*>(QStringLiteral("issueDeviceToken"))->click();
        },
        [] {},
        [this] {
            auto* d = m_window->findChild<QDialog*>(QStringLiteral("supportToolsDialog"));
            shot(d, QStringLiteral("remp-support-tools"));
            d->close();
            m_window->findChild<QAction*>(QStringLiteral("groupListAction"))->trigger();
        },
        [this] {
            auto* d = m_window->findChild<QDialog*>(QStringLiteral("groupListDialog"));
            shot(d, QStringLiteral("remp-group-list"));
            d->reject();
            auto* c = new ConnectionDialog(m_nam, {}, m_window);
            c->setObjectName(QStringLiteral("rempConnection"));
            Profile p;
            p.name = QStringLiteral("Newsroom REMP");
            p.kind = QStringLiteral("remp");
            p.baseUrl = m_demo->sandboxUrl();
            p.options.insert(QStringLiteral("staff_email"), QStringLiteral("admin@crm.press"));
            c->setValues(p, {{QStringLiteral("api_token"), QStringLiteral("sandbox-api-token")}});
            c->show();
            c->testConnection();
        },
        [] {},
        [this] {
            auto* c = m_window->findChild<ConnectionDialog*>(QStringLiteral("rempConnection"));
            shot(c, QStringLiteral("remp-connection-dialog"));
            c->deleteLater();
            // Accounts for addresses pasted in: one new, one a member already.
            m_window->findChild<QAction*>(QStringLiteral("accountsAction"))->trigger();
        },
        [this] {
            auto* d = m_window->findChild<AccountBatchDialog*>();
            const QString known = m_window->session()->cache()->members({}, 0, 1).value(0).email;
            d->findChild<QPlainTextEdit*>(QStringLiteral("accountAddresses"))
                ->setPlainText(QStringLiteral("new.reader@example.org, Nia, Reader\n") + known);
            d->findChild<QPushButton*>(QStringLiteral("checkAccounts"))->click();
        },
        [] {},
        [this] {
            auto* d = m_window->findChild<AccountBatchDialog*>();
            shot(d, QStringLiteral("remp-accounts-checked"));
            d->reject();
            qApp->quit();
        },
    });
}

void ScreenshotTour::sheepTour()
{
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("memberTabs"));
    steps({
        [this] { m_window->findChild<QAction*>(QStringLiteral("lookupAction"))->trigger(); },
        [this] {
            auto* d = m_window->findChild<LookupDialog*>(QStringLiteral("lookupDialog"));
            d->setEmails(QStringLiteral("james@sheep.example\nno.account@sheep.example, typo@sheep"));
            d->start();
        },
        [] {},
        [this] {
            auto* d = m_window->findChild<LookupDialog*>(QStringLiteral("lookupDialog"));
            shot(d, QStringLiteral("sheep-lookup"));
            d->close();
            m_window->selectMember(m_window->membersModel()->memberId(0));
        },
        [this, tabs] { showPage(tabs, "personTree"); },
        [this] { shot(m_window, QStringLiteral("sheep-person")); },
        [tabs] {
            tabs->setCurrentWidget(
                tabs->findChild<QWidget*>(QStringLiteral("membershipTree"))->parentWidget());
        },
        [this] { shot(m_window, QStringLiteral("sheep-memberships")); },
        [this] { m_window->findChild<QPushButton*>(QStringLiteral("linkedAdd"))->click(); },
        [this] {
            auto* d = m_window->findChild<QDialog*>(QStringLiteral("linkedMemberDialog"));
            d->findChild<QLineEdit*>(QStringLiteral("firstName"))->setText(QStringLiteral("Ffion"));
            d->findChild<QLineEdit*>(QStringLiteral("lastName"))->setText(QStringLiteral("Dubois"));
            d->findChild<QLineEdit*>(QStringLiteral("email"))->setText(QStringLiteral("ffion@sheep.example"));
            shot(d, QStringLiteral("sheep-linked-member-dialog"));
            d->accept();
        },
        [] {},
        [] {},
        [this] {
            // Accounts for the people linked to the memberships, and one more address typed in.
            m_window->findChild<QAction*>(QStringLiteral("accountsAction"))->trigger();
        },
        [this] {
            auto* d = m_window->findChild<AccountBatchDialog*>();
            auto* list = d->findChild<QPlainTextEdit*>(QStringLiteral("accountAddresses"));
            list->appendPlainText(
                QStringLiteral("no.account@sheep.example\njames@sheep.example\nnot-an-address"));
            d->findChild<QPushButton*>(QStringLiteral("checkAccounts"))->click();
        },
        [] {},
        [this] {
            auto* d = m_window->findChild<AccountBatchDialog*>();
            shot(d, QStringLiteral("sheep-accounts-checked"));
            d->findChild<QPushButton*>(QStringLiteral("createAccounts"))->click();
        },
        [] {},
        [this] {
            auto* d = m_window->findChild<AccountBatchDialog*>();
            shot(d, QStringLiteral("sheep-accounts-created"));
            d->reject();
        },
        [this] {
            shot(m_window, QStringLiteral("sheep-memberships-full"));
            auto* edit = new EditPersonDialog(
                *m_window->session()->cache()->member(m_window->membersModel()->memberId(0)), m_window);
            edit->setObjectName(QStringLiteral("demoEditPerson"));
            edit->addTag(QStringLiteral("trustee"));
            edit->show();
        },
        [this] {
            auto* d = m_window->findChild<QDialog*>(QStringLiteral("demoEditPerson"));
            shot(d, QStringLiteral("sheep-edit-person"));
            d->deleteLater();
            auto* c = new ConnectionDialog(m_nam, {}, m_window);
            c->setObjectName(QStringLiteral("sheepConnection"));
            Profile p;
            p.name = QStringLiteral("Members club");
            p.kind = QStringLiteral("sheep");
            p.baseUrl = m_demo->sandboxUrl();
            p.options.insert(QStringLiteral("flock"), QStringLiteral("sandbox"));
            c->setValues(p, {{QStringLiteral("api_token"), QStringLiteral("sandbox-system-token")}});
            c->show();
            c->testConnection();
        },
        [] {},
        [this] {
            auto* c = m_window->findChild<ConnectionDialog*>(QStringLiteral("sheepConnection"));
            shot(c, QStringLiteral("sheep-connection-dialog"));
            c->deleteLater();
            qApp->quit();
        },
    });
}

void ScreenshotTour::identityTour()
{
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("memberTabs"));
    steps({
        [this] { m_window->findChild<QAction*>(QStringLiteral("lookupAction"))->trigger(); },
        [this] {
            auto* d = m_window->findChild<LookupDialog*>(QStringLiteral("lookupDialog"));
            d->setEmails(QStringLiteral("joe@bloggs.example"));
            d->start();
        },
        [] {},
        [this] {
            m_window->findChild<LookupDialog*>(QStringLiteral("lookupDialog"))->close();
            m_window->selectMember(m_window->membersModel()->memberId(0));
        },
        [tabs] { showPage(tabs, "profileTree"); },
        [this] { shot(m_window, QStringLiteral("identity-member-details")); },
        [this] { m_window->findChild<QAction*>(QStringLiteral("recordActionAction"))->trigger(); },
        [this] {
            auto* d = m_window->findChild<ActionDialog*>(QStringLiteral("actionDialog"));
            d->findChild<QLineEdit*>(QStringLiteral("actionType"))->setText(QStringLiteral("petition"));
            d->findChild<QLineEdit*>(QStringLiteral("technicalType"))
                ->setText(QStringLiteral("crm-console:petition"));
            d->findChild<QLineEdit*>(QStringLiteral("actionName"))->setText(QStringLiteral("Save the bees"));
            d->findChild<QLineEdit*>(QStringLiteral("source"))->setText(QStringLiteral("phone"));
            d->findChild<QLineEdit*>(QStringLiteral("medium"))->setText(QStringLiteral("call"));
            d->findChild<QLineEdit*>(QStringLiteral("campaign"))->setText(QStringLiteral("bees-2026"));
            d->addConsent(QStringLiteral("email_opt_in_consent_20180525"), QStringLiteral("explicit_opt_in"),
                          QStringLiteral("radio_buttons"), QStringLiteral("Yes, please email me"));
            d->addMetadata(QStringLiteral("agent"), QStringLiteral("desk 4"));
        },
        [this] {
            auto* d = m_window->findChild<ActionDialog*>(QStringLiteral("actionDialog"));
            shot(d, QStringLiteral("identity-action-dialog"));
            d->accept();
        },
        [] {},
        [] {},
        [this] {
            shot(m_window, QStringLiteral("identity-after-action"));
            qApp->quit();
        },
    });
}

void ScreenshotTour::signInTour()
{
    steps({
        [this] { m_window->selectMember(m_window->membersModel()->memberId(0)); },
        [this] {
            shot(m_window, QStringLiteral("civicrm-oauth2-signed-in"));
            shot(m_window->findChild<QWidget*>(QStringLiteral("signedInBadge"))->parentWidget(),
                 QStringLiteral("civicrm-oauth2-status-bar"));
        },
        [this] { m_window->findChild<QAction*>(QStringLiteral("whoAmIAction"))->trigger(); },
        [this] {
            auto* d = m_window->findChild<QDialog*>(QStringLiteral("signedInUserDialog"));
            if (d) {
                shot(d, QStringLiteral("civicrm-oauth2-who"));
                d->close();
            }
        },
        [] { qApp->quit(); },
    });
}

void ScreenshotTour::importTour()
{
    // A file as members' offices send them: semicolons, a byte order mark, changes to known members, new
    // people, and the usual mistakes.
    m_temp = std::make_unique<QTemporaryDir>();
    const QString path = m_temp->filePath(QStringLiteral("members-from-the-office.csv"));
    QByteArray csv = "\xEF\xBB\xBF"
                     "E-Mail;Vorname;Nachname\r\n";
    const QList<Member> known = m_window->session()->cache()->members({}, 0, 4);
    for (const Member& m : known)
        csv +=
            m.email.toUpper().toUtf8() + ';' + m.firstName.toUtf8() + ";" + m.lastName.toUtf8() + "-Neu\r\n";
    csv += "ines.neumann@example.org;Ines;Neumann\r\nomar.haddad@example.org;Omar;Haddad\r\n"
           "\"Lea \"\"Lee\"\" Park <lea@example>\";Lea;Park\r\nines.neumann@example.org;Ines;N.\r\n"
           "kurz@example.org;Nur zwei\r\n";
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(csv);
    f.close();
    steps(
        {
            [this] { m_window->findChild<QAction*>(QStringLiteral("importAction"))->trigger(); },
            [this, path] { m_window->findChild<ImportWizard*>()->openFile(path); },
            [this] { shot(m_window->findChild<ImportWizard*>(), QStringLiteral("import-file")); },
            [this] { m_window->findChild<ImportWizard*>()->next(); },
            [this] { shot(m_window->findChild<ImportWizard*>(), QStringLiteral("import-mapping")); },
            [this] {
                auto* w = m_window->findChild<ImportWizard*>();
                w->next();
                w->setAction(ImportSettings::Action::CreateOrUpdate);
            },
            [this] { shot(m_window->findChild<ImportWizard*>(), QStringLiteral("import-action")); },
            [this] { m_window->findChild<ImportWizard*>()->next(); },
            [this] { shot(m_window->findChild<ImportWizard*>(), QStringLiteral("import-preview")); },
            [this] { m_window->findChild<ImportWizard*>()->next(); },
            [] {},
            [] {},
            [this] { shot(m_window->findChild<ImportWizard*>(), QStringLiteral("import-report")); },
            [this] {
                m_window->findChild<ImportWizard*>()->accept();
                m_window->findChild<QAction*>(QStringLiteral("exportAction"))->trigger();
            },
            [this] {
                auto* d = m_window->findChild<ExportDialog*>();
                d->setColumns({QStringLiteral("id"), QStringLiteral("first_name"),
                               QStringLiteral("last_name"), QStringLiteral("email"), QStringLiteral("groups"),
                               QStringLiteral("city"), QStringLiteral("custom_23")});
                shot(d, QStringLiteral("export-dialog"));
                d->reject();
                // Many members at once: three selected, one field for all.
                auto* table = m_window->findChild<QTableView*>(QStringLiteral("memberTable"));
                table->clearSelection();
                for (int row : {0, 1, 2})
                    table->selectionModel()->select(m_window->membersModel()->index(row, 0),
                                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
            },
            [this] {
                // The dialog is modal: the next step runs inside it.
                QTimer::singleShot(0, this, [this] {
                    m_window->findChild<QAction*>(QStringLiteral("bulkEditAction"))->trigger();
                });
            },
            [this] {
                if (auto* d = m_window->findChild<BulkEditDialog*>()) {
                    d->setValues(QStringLiteral("last_name"), QStringLiteral("Ortega"));
                    shot(d, QStringLiteral("bulk-edit-dialog"));
                    d->reject();
                }
            },
            [this] {
                // Accounts for the contacts shown that have none (every fifth has no CMS user).
                m_window->findChild<QTableView*>(QStringLiteral("memberTable"))->clearSelection();
                m_window->findChild<QAction*>(QStringLiteral("accountsAction"))->trigger();
            },
            [this] {
                if (auto* d = m_window->findChild<AccountsDialog*>()) {
                    shot(d, QStringLiteral("accounts-dialog"));
                    d->reject();
                }
            },
            [] { qApp->quit(); },
        },
        700);
}
