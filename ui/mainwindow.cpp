#include "mainwindow.h"

#include "connectionstatus.h"

#include <QScrollBar>

#include "changecoalescer.h"
#include "credentials/credentialstore.h"
#include "dialogs/bulkeditdialog.h"
#include "dialogs/connectiondialog.h"
#include "dialogs/editmemberdialog.h"
#include "dialogs/editpersondialog.h"
#include "dialogs/grouppickerdialog.h"
#include "memberrecordactions.h"
#include "models/groupstablemodel.h"
#include "models/memberstablemodel.h"
#include "net/crmcall.h"
#include "outbox/outboxrunner.h"
#include "profiles/profilestore.h"
#include "session/profilesession.h"
#include "signincontroller.h"
#include "sync/syncengine.h"
#include "transferactions.h"
#include "views/groupsview.h"
#include "views/membersview.h"
#include "views/outboxview.h"
#include "widgets/memberdetailpanel.h"
#include "widgets/signedinbadge.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace crm {

MainWindow::MainWindow(ProfileStore* profiles, CredentialStore* credentials, QNetworkAccessManager* nam,
                       QWidget* parent)
    : QMainWindow(parent), m_profiles(profiles), m_credentials(credentials), m_nam(nam)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CRM Console"));
    buildUi();
    rebuildProfileCombo({});
    refreshStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    // --- actions ---
    auto* newConn = new QAction(tr("&New connection\u2026"), this);
    newConn->setShortcut(QKeySequence::New);
    connect(newConn, &QAction::triggered, this, &MainWindow::newConnection);
    m_syncAction = new QAction(tr("&Sync"), this);
    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    m_syncAction->setShortcut(QKeySequence::Refresh);
    m_syncAction->setToolTip(tr("Send waiting edits, then fetch every member and group (F5)"));
    connect(m_syncAction, &QAction::triggered, this, &MainWindow::startSync);
    m_editAction = new QAction(tr("&Edit member\u2026"), this);
    m_editAction->setObjectName(QStringLiteral("editAction"));
    m_editAction->setShortcut(Qt::Key_F2);
    connect(m_editAction, &QAction::triggered, this, &MainWindow::editSelected);
    m_addGroupAction = new QAction(tr("&Add to group\u2026"), this);
    m_addGroupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(m_addGroupAction, &QAction::triggered, this, [this] { changeGroupOfSelected(true); });
    m_bulkEditAction = new QAction(tr("&Set a field for the selected\u2026"), this);
    m_bulkEditAction->setObjectName(QStringLiteral("bulkEditAction"));
    m_bulkEditAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F2));
    connect(m_bulkEditAction, &QAction::triggered, this, &MainWindow::setFieldOfSelected);
    m_removeGroupAction = new QAction(tr("&Remove from group\u2026"), this);
    m_removeGroupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    connect(m_removeGroupAction, &QAction::triggered, this, [this] { changeGroupOfSelected(false); });
    auto* quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    auto* findAction = new QAction(tr("&Find"), this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        showTab(0);
        m_membersView->focusSearch();
    });

    m_signInCtl = new SignInController(this, this);
    connect(m_signInCtl, &SignInController::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    connect(m_signInCtl, &SignInController::signedIn, this, [this] {
        setOnline(true);
        Q_EMIT backendReady(true);
        if (m_session && !m_session->cache()->lastSync().isValid())
            startSync();
        else
            runOutbox();
    });
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(newConn);
    file->addAction(m_syncAction);
    file->addSeparator();
    m_transfer = new TransferActions(
        this, [this] { return m_members->query(); }, [this] { return selectedMemberIds(); }, this);
    m_changes = new ChangeCoalescer(this);
    connect(m_changes, &ChangeCoalescer::changed, this,
            [this](const QSet<QString>& members, bool anyMember, bool groups, bool outbox) {
                if (anyMember || !members.isEmpty()) {
                    refreshMembers();
                    if (anyMember || members.contains(m_detail->memberId()))
                        showDetail();
                }
                if (groups)
                    m_groups->refresh();
                if (outbox) {
                    refreshOutbox();
                    refreshStatus();
                }
            });
    connect(m_transfer, &TransferActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    file->addAction(m_transfer->importAction());
    file->addAction(m_transfer->exportAction());
    file->addSeparator();
    file->addAction(m_signInCtl->signInAction());
    file->addAction(m_signInCtl->whoAmIAction());
    file->addAction(m_signInCtl->signOutAction());
    file->addSeparator();
    file->addAction(quit);
    QMenu* member = menuBar()->addMenu(tr("&Member"));
    m_memberMenu = member;
    member->addAction(findAction);
    member->addAction(m_editAction);
    member->addAction(m_addGroupAction);
    member->addAction(m_removeGroupAction);
    member->addAction(m_bulkEditAction);

    // --- toolbar ---
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    auto* profileLabel = new QLabel(tr("&Connection: "));
    m_profileCombo = new QComboBox;
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setAccessibleName(tr("Connection"));
    m_profileCombo->setMinimumWidth(180);
    profileLabel->setBuddy(m_profileCombo);
    connect(m_profileCombo, &QComboBox::activated, this,
            [this](int i) { openProfile(m_profileCombo->itemData(i).toString()); });
    bar->addWidget(profileLabel);
    bar->addWidget(m_profileCombo);
    bar->addAction(newConn);
    bar->addSeparator();
    bar->addAction(m_syncAction);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setMaximumWidth(260);
    m_progress->setFormat(tr("%v of %m"));
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancelSync"));
    m_cancel->setAccessibleName(tr("Cancel sync"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &MainWindow::cancelSync);
    bar->addSeparator();
    bar->addAction(m_editAction);
    bar->addAction(m_addGroupAction);
    bar->addAction(m_removeGroupAction);

    // --- central ---
    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    m_status = new ConnectionStatus([this] { return m_session.get(); }, this);
    layout->addWidget(m_status->banner());

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    layout->addWidget(m_tabs, 1);

    m_membersView = new MembersView;
    m_members = m_membersView->model();
    m_memberView = m_membersView->table();
    m_search = m_membersView->searchBox();
    m_detail = m_membersView->detail();
    m_memberView->addActions({m_editAction, m_addGroupAction, m_removeGroupAction, m_bulkEditAction});
    connect(m_membersView, &MembersView::memberActivated, this, &MainWindow::editSelected);
    connect(m_membersView, &MembersView::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_membersView, &MembersView::showAllRequested, this, [this] { filterByGroup({}); });
    buildRecordActions(bar);
    m_tabs->addTab(m_membersView, tr("&Members"));

    auto* groupsView = new GroupsView;
    m_groups = groupsView->model();
    connect(groupsView, &GroupsView::groupOpened, this, &MainWindow::filterByGroup);
    m_tabs->addTab(groupsView, tr("&Groups"));

    m_outboxView = new OutboxView;
    connect(m_outboxView, &OutboxView::sendRequested, this, &MainWindow::runOutbox);
    m_tabs->addTab(m_outboxView, tr("&Outbox"));

    setCentralWidget(central);

    // --- status bar ---
    statusBar()->addWidget(m_status->stateLabel());
    statusBar()->addWidget(m_status->lastSyncLabel());
    statusBar()->addPermanentWidget(m_signInCtl->badge());
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    statusBar()->addPermanentWidget(m_status->pendingLabel());

    resize(1280, 800);
}

void MainWindow::rebuildProfileCombo(const QString& current)
{
    m_profileCombo->clear();
    for (const Profile& p : m_profiles->profiles())
        m_profileCombo->addItem(p.name, p.name);
    if (m_profileCombo->count() == 0)
        m_profileCombo->addItem(tr("(no connection: add one)"), QString());
    const int i = m_profileCombo->findData(current);
    if (i >= 0)
        m_profileCombo->setCurrentIndex(i);
}

void MainWindow::buildRecordActions(QToolBar* bar)
{
    m_records = new MemberRecordActions(this, m_detail, m_profiles, this);
    m_memberMenu->insertAction(m_memberMenu->actions().value(1), m_records->newMemberAction());
    m_memberMenu->insertAction(m_memberMenu->actions().value(0), m_records->lookupAction());
    m_memberMenu->addAction(m_records->passwordResetAction());
    m_memberMenu->addAction(m_records->recordActionAction());
    m_memberMenu->addAction(m_records->confirmAction());
    m_memberMenu->addSeparator();
    m_memberMenu->addAction(m_records->findByMetaAction());
    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(m_records->groupListAction());
    tools->addAction(m_records->supportToolsAction());
    tools->addAction(m_transfer->accountsAction());
    bar->insertAction(m_editAction, m_records->lookupAction());
    bar->insertAction(m_editAction, m_records->newMemberAction());
    m_memberView->addAction(m_records->confirmAction());
    connect(m_records, &MemberRecordActions::recorded, this, [this](const QString& memberId) {
        if (!memberId.isEmpty())
            showDetail();
        statusBar()->showMessage(tr("Saved; sending to the CRM\u2026"), 4000);
        runOutbox();
    });
    connect(m_records, &MemberRecordActions::memberChosen, this, [this](const QString& memberId) {
        if (!selectMember(memberId)) {
            m_search->setText(memberId);
            refreshMembers();
            selectMember(memberId);
        }
    });
    connect(m_records, &MemberRecordActions::failed, this, &MainWindow::reportError);
    connect(m_records, &MemberRecordActions::notice, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_records, &MemberRecordActions::profileChanged, this, [this](const QString& name) {
        // The new group list comes with a new backend: read it and keep it in the cache.
        auto* once = new QObject(this);
        connect(this, &MainWindow::backendReady, once, [this, once](bool ok) {
            delete once;
            if (!ok)
                return;
            m_session->verbs().refreshGroups();
        });
        reopenProfile(name);
    });
}

void MainWindow::reopenProfile(const QString& name)
{
    m_records->setSession(nullptr);
    m_signInCtl->setSession(nullptr);
    m_transfer->setSession(nullptr);
    m_outboxView->setSession(nullptr);
    cancelSync();
    m_members->setCache(nullptr);
    m_groups->setCache(nullptr);
    m_session.reset();
    openProfile(name);
}

void MainWindow::openProfile(const QString& name, bool again)
{
    if (m_session && m_session->profile().name == name && !again)
        return;
    if (m_records)
        m_records->setSession(nullptr);
    m_signInCtl->setSession(nullptr);
    m_transfer->setSession(nullptr);
    m_outboxView->setSession(nullptr);
    const auto profile = m_profiles->profile(name);
    if (!profile)
        return;
    cancelSync();
    m_members->setCache(nullptr);
    m_groups->setCache(nullptr);
    m_connecting = false;
    m_session = std::make_unique<ProfileSession>(*profile, m_credentials, m_nam);
    rebuildProfileCombo(name);
    setWindowTitle(tr("%1 \u2014 CRM Console").arg(name));
    if (CrmError e = m_session->openCache()) {
        if (e.code == CrmError::CacheDamaged) {
            offerRebuild(e);
            if (!m_session || !m_session->cache()->isOpen())
                return;
        } else {
            reportError(tr("Cannot open the local cache"), e);
            m_session.reset();
            refreshStatus();
            return;
        }
    }
    m_members->setCache(m_session->cache());
    m_groups->setCache(m_session->cache());
    m_records->setSession(m_session.get());
    m_signInCtl->setSession(m_session.get());
    m_transfer->setSession(m_session.get());
    m_outboxView->setSession(m_session.get());
    connect(m_session.get(), &ProfileSession::backendConnected, this, &MainWindow::wireBackend);
    m_changes->watch(m_session->cache()->changes());
    const Abilities can = m_session->abilities();
    // A CRM without groups gets no Groups view.
    m_tabs->setTabVisible(1, can.has(Abilities::Groups));
    m_search->setPlaceholderText(
        can.has(Abilities::LookUp)
            ? tr("Search the members looked up so far (Ctrl+F); look more up by e-mail "
                 "with Ctrl+L")
            : tr("Search by name, e-mail or username (Ctrl+F)"));
    showWholeCache();
    connectBackend();
}

void MainWindow::connectBackend()
{
    if (!m_session || m_connecting)
        return;
    m_connecting = true;
    CrmCall* call = m_session->connectBackend();
    connect(call, &CrmCall::finished, this, [this, call] {
        m_connecting = false;
        if (!call->ok()) {
            if (call->error().kind == CrmError::Kind::Keychain) {
                askSessionOnly(call->error());
            } else if (call->error().code == CrmError::SignInNeeded) {
                // Not an accident to report: the badge offers "Sign in…".
                m_signInCtl->connectFailed(call->error());
                statusBar()->showMessage(call->error().userMessage(), 15000);
            } else {
                reportError(tr("Cannot connect"), call->error());
            }
            Q_EMIT backendReady(false);
            return;
        }
        m_signInCtl->backendConnected();
        m_records->update(m_detail->memberId());
        m_records->refreshMember(m_detail->memberId());
        Q_EMIT backendReady(true);
    });
}

void MainWindow::wireBackend()
{
    SyncEngine* engine = m_session->syncEngine();
    connect(engine, &SyncEngine::progress, this, [this](SyncEngine::Phase phase, qint64 done, qint64 total) {
        switch (phase) {
        case SyncEngine::Phase::Groups:
            m_progress->setFormat(tr("Groups\u2026"));
            break;
        case SyncEngine::Phase::Members:
            m_progress->setFormat(tr("Members: %v of %m"));
            break;
        case SyncEngine::Phase::Memberships:
            m_progress->setFormat(tr("Group members: %v of %m groups"));
            break;
        case SyncEngine::Phase::Done:
            m_progress->setFormat(tr("Done"));
            break;
        }
        m_progress->setMaximum(total < 0 ? 0 : int(std::min<qint64>(total, INT_MAX)));
        m_progress->setValue(int(std::min<qint64>(done, INT_MAX)));
        // Show rows as they arrive, without re-reading on every page of a huge sync.
        if (phase == SyncEngine::Phase::Members && (done <= 5000 || done % 20000 < 1000))
            refreshMembers();
    });
    connect(engine, &SyncEngine::finished, this, [this](const CrmError& e) {
        m_syncing = false;
        m_progress->hide();
        m_cancel->hide();
        m_syncAction->setEnabled(true);
        if (e && e.kind != CrmError::Kind::Cancelled) {
            // Out of reach or down for a moment: the banner says so and the console tries again; a
            // dialog would only interrupt the work that goes on with the cached data.
            if (e.isUnreachable() || e.kind == CrmError::Kind::Unavailable)
                setOnline(false, e);
            else if (e.kind == CrmError::Kind::Certificate)
                offerToTrust(e);
            else
                reportError(tr("Sync failed"), e);
        } else if (!e) {
            setOnline(true);
        }
        if (e.kind == CrmError::Kind::Cancelled)
            statusBar()->showMessage(tr("Sync cancelled; the next sync continues where this one stopped."),
                                     8000);
        // A completed sync announces itself through the cache; the pages of one that stopped were written
        // by the sync's own connection, which the window does not hear.
        if (e)
            refreshMembers();
        refreshStatus();
        Q_EMIT syncFinished(e);
    });
    connect(m_session->outboxRunner(), &OutboxRunner::finished, this, [this](int, int, const CrmError& e) {
        if (e && (e.isUnreachable() || e.kind == CrmError::Kind::Unavailable))
            setOnline(false, e);
    });
    m_records->watchOutbox();
    if (ConnectionWatch* watch = m_session->connectionWatch())
        connect(watch, &ConnectionWatch::stateChanged, this, &MainWindow::showConnection);
    connect(m_session->outboxRunner(), &OutboxRunner::cacheRefreshed, this, [this](const QString& memberId) {
        if (m_detail->memberId() == memberId)
            showDetail();
    });
}

void MainWindow::askSessionOnly(const CrmError& error)
{
    QMessageBox box(this);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("No keychain"));
    box.setText(error.userMessage());
    box.setInformativeText(
        tr("Without a keychain, CRM Console can keep the keys in memory until it quits. You "
           "will be asked for them again next time."));
    QPushButton* session = box.addButton(tr("Keep for this session only\u2026"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != session || !m_session)
        return;
    m_credentials->setSessionOnly(true);
    ConnectionDialog dialog(m_nam, {}, this);
    dialog.setWindowTitle(tr("Keys for this session"));
    dialog.setValues(m_session->profile(), {});
    if (dialog.exec() != QDialog::Accepted)
        return;
    CrmCall* write = m_credentials->write(m_session->profile().name, dialog.secrets());
    connect(write, &CrmCall::finished, this, [this] { connectBackend(); });
}

void MainWindow::newConnection()
{
    QStringList taken;
    for (const Profile& p : m_profiles->profiles())
        taken.append(p.name);
    ConnectionDialog dialog(m_nam, taken, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Profile p = dialog.profile();
    CrmCall* write = m_credentials->write(p.name, dialog.secrets());
    connect(write, &CrmCall::finished, this, [this, write, p] {
        if (!write->ok()) {
            if (write->error().kind == CrmError::Kind::Keychain) {
                m_profiles->save(p);
                m_session.reset();
                openProfile(p.name);
                return;
            }
            reportError(tr("Cannot store the keys"), write->error());
            return;
        }
        m_profiles->save(p);
        openProfile(p.name);
        if (p.usesOAuth2())
            m_signInCtl->signIn(); // the first sync follows the sign-in
        else
            QTimer::singleShot(0, this, &MainWindow::startSync);
    });
}

void MainWindow::startSync()
{
    if (!m_session || m_syncing)
        return;
    if (!m_session->isConnected()) {
        auto* once = new QObject(this);
        connect(this, &MainWindow::backendReady, once, [this, once](bool ok) {
            once->deleteLater();
            if (ok)
                startSync();
        });
        connectBackend();
        return;
    }
    m_syncing = true;
    m_syncAction->setEnabled(false);
    m_progress->setMaximum(0);
    m_progress->setValue(0);
    m_progress->setFormat(tr("Connecting\u2026"));
    m_progress->show();
    m_cancel->show();
    // Waiting edits go first, so the sync brings back what the CRM made of them.
    OutboxRunner* runner = m_session->outboxRunner();
    if (m_session->outbox().pending().isEmpty() || runner->isRunning()) {
        m_session->syncEngine()->start();
        return;
    }
    auto* once = new QObject(this);
    connect(runner, &OutboxRunner::finished, once, [this, once](int, int, const CrmError& e) {
        once->deleteLater();
        if (e && (e.isUnreachable() || e.kind == CrmError::Kind::Unavailable)) {
            m_syncing = false;
            m_progress->hide();
            m_cancel->hide();
            m_syncAction->setEnabled(true);
            setOnline(false, e);
            Q_EMIT syncFinished(e);
            return;
        }
        if (m_session && m_syncing)
            m_session->syncEngine()->start();
    });
    runner->run();
}

void MainWindow::cancelSync()
{
    if (m_session && m_session->syncEngine())
        m_session->syncEngine()->cancel();
}

bool MainWindow::isSyncing() const
{
    return m_syncing;
}

void MainWindow::runOutbox()
{
    if (m_session)
        m_session->verbs().send();
}

QStringList MainWindow::selectedMemberIds() const
{
    return m_membersView->selectedIds();
}

void MainWindow::onSelectionChanged()
{
    const QStringList ids = selectedMemberIds();
    // What the CRM lacks is hidden, not merely disabled.
    const Abilities::Set caps = m_session ? m_session->abilities().set : Abilities::Set(~0);
    m_editAction->setVisible(bool(caps & Abilities::EditMembers));
    m_addGroupAction->setVisible(bool(caps & Abilities::Groups));
    m_removeGroupAction->setVisible(bool(caps & Abilities::Groups));
    m_editAction->setEnabled(ids.size() == 1);
    m_addGroupAction->setEnabled(!ids.isEmpty());
    m_removeGroupAction->setEnabled(!ids.isEmpty());
    m_bulkEditAction->setVisible(bool(caps & Abilities::EditMembers));
    m_bulkEditAction->setEnabled(ids.size() > 1);
    const QString shown = m_detail->memberId();
    const QString selected = ids.size() == 1 ? ids.first() : QString();
    m_records->update(selected);
    showDetail();
    // A newly selected member's addresses and meta are read again in the background.
    if (!selected.isEmpty() && selected != shown)
        m_records->refreshMember(selected);
}

void MainWindow::showDetail()
{
    const QStringList ids = selectedMemberIds();
    const auto m = ids.size() == 1 && m_session ? m_session->cache()->member(ids.first()) : std::nullopt;
    if (!m) {
        m_detail->clear();
        return;
    }
    QMap<QString, QString> titles;
    for (const Group& g : m_session->cache()->groups())
        titles.insert(g.id, g.title);
    bool pending = false;
    for (const OutboxEntry& e : m_session->outbox().open())
        pending = pending || e.memberId == m->id;
    m_detail->showMember(*m, m_session->profile().customFieldLabels(), titles, pending,
                         m_session->cache()->metaOf(m->id), m_session->cache()->memberships(m->id));
}

void MainWindow::editSelected()
{
    const QStringList ids = selectedMemberIds();
    if (ids.size() != 1 || !m_session)
        return;
    const auto m = m_session->cache()->member(ids.first());
    if (!m)
        return;
    // A person record (SheepCRM) has more to edit than names and e-mail, lists among it.
    QVariantMap changes;
    if (m_session->abilities().has(Abilities::PersonRecords)) {
        EditPersonDialog dialog(*m, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        changes = dialog.changes();
    } else {
        EditMemberDialog dialog(*m, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        changes = dialog.changes();
    }
    if (changes.isEmpty())
        return;
    CrmError e;
    if (!m_session->verbs().editMember(m->id, changes, &e)) {
        reportError(tr("Cannot save the edit"), e);
        return;
    }
    selectMember(m->id);
    runOutbox();
}

void MainWindow::changeGroupOfSelected(bool add)
{
    const QStringList ids = selectedMemberIds();
    if (ids.isEmpty() || !m_session)
        return;
    GroupPickerDialog dialog(m_session->cache()->groups(), add ? tr("Add to group") : tr("Remove from group"),
                             int(ids.size()), this);
    if (dialog.exec() != QDialog::Accepted || dialog.groupId().isEmpty())
        return;
    const auto group = m_session->cache()->group(dialog.groupId());
    if (!group)
        return;
    if (group->smart) {
        QMessageBox::information(
            this, tr("Smart group"),
            tr("\u201c%1\u201d is a smart group: the CRM computes its members from a saved "
               "search, so they cannot be added or removed by hand.")
                .arg(group->title));
        return;
    }
    for (const QString& id : ids) {
        CrmError e;
        if (!m_session->verbs().changeGroup(group->id, id, add, &e)) {
            reportError(tr("Cannot save the change"), e);
            break;
        }
    }
    runOutbox();
}

void MainWindow::setFieldOfSelected()
{
    const QStringList ids = selectedMemberIds();
    if (ids.isEmpty() || !m_session)
        return;
    const Abilities can = m_session->abilities();
    QStringList fields;
    for (const QString& f : can.editableFields)
        if (!can.listFields.contains(f))
            fields.append(f);
    BulkEditDialog dialog(fields, int(ids.size()), this);
    if (dialog.exec() != QDialog::Accepted || dialog.field().isEmpty())
        return;
    int recorded = 0;
    for (const QString& id : ids) {
        CrmError e;
        if (!m_session->verbs().editMember(id, {{dialog.field(), dialog.value()}}, &e)) {
            reportError(tr("Cannot save the change for member %1").arg(id), e);
            break;
        }
        ++recorded;
    }
    statusBar()->showMessage(tr("%n change(s) saved; sending to the CRM\u2026", nullptr, recorded), 8000);
    // One summary when this run ends; refusals stay listed in the Outbox tab with the CRM's reason.
    if (OutboxRunner* runner = m_session->outboxRunner()) {
        auto* once = new QObject(this);
        connect(runner, &OutboxRunner::finished, once, [this, once](int sent, int failed, const CrmError& e) {
            delete once;
            if (failed > 0 || e)
                statusBar()->showMessage(tr("%1 sent, %2 refused or waiting: see the Outbox tab.")
                                             .arg(sent)
                                             .arg(m_session ? m_session->outbox().openCount() : failed),
                                         15000);
            else
                statusBar()->showMessage(tr("%n change(s) sent.", nullptr, sent), 8000);
        });
    }
    runOutbox();
}

bool MainWindow::selectMember(const QString& id)
{
    return m_membersView->selectMember(id);
}

void MainWindow::filterByGroup(const QString& groupId)
{
    m_members->setGroup(groupId);
    m_membersView->showGroup(m_session && !groupId.isEmpty() ? m_session->cache()->group(groupId)
                                                             : std::nullopt);
    showTab(0);
}

void MainWindow::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

void MainWindow::refreshMembers()
{
    m_membersView->refresh();
}

void MainWindow::showWholeCache()
{
    refreshMembers();
    m_groups->refresh();
    refreshOutbox();
    refreshStatus();
}

void MainWindow::refreshOutbox()
{
    m_outboxView->refresh();
    const int n = m_outboxView->entryCount();
    m_tabs->setTabText(m_tabs->indexOf(m_outboxView), n == 0 ? tr("&Outbox") : tr("&Outbox (%1)").arg(n));
}

bool MainWindow::isOnline() const
{
    return m_status->isOnline();
}

void MainWindow::refreshStatus()
{
    m_status->refresh();
}

void MainWindow::setOnline(bool online, const CrmError& why)
{
    showConnection(online                                    ? ConnectionWatch::State::Online
                   : why.kind == CrmError::Kind::Unavailable ? ConnectionWatch::State::Unavailable
                                                             : ConnectionWatch::State::Offline,
                   why);
}

void MainWindow::showConnection(ConnectionWatch::State state, const CrmError& why)
{
    statusBar()->clearMessage(); // a message from before would hide the connection's state
    m_status->show(state, why);
}

void MainWindow::offerToTrust(const CrmError& error)
{
    statusBar()->showMessage(tr("Not synced: the server's certificate is not trusted."), 15000);
    if (!m_session || !isVisible() || qEnvironmentVariableIsSet("CRM_CONSOLE_NO_DIALOGS"))
        return;
    QMessageBox box(
        QMessageBox::Warning, tr("Untrusted certificate"),
        tr("The server of \u201c%1\u201d shows a security certificate that this computer does not "
           "trust (%2), so nothing was sent to it.")
            .arg(m_session->profile().name, error.detail),
        QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("trustCertificateBox"));
    box.setInformativeText(
        tr("Its SHA-256 fingerprint is\n%1\n\nTrust it for this connection only if the CRM's "
           "administrator confirms this fingerprint. If the certificate changes, CRM Console "
           "refuses it again.")
            .arg(CrmError::fingerprintText(error.certificateSha256)));
    QPushButton* trust =
        box.addButton(tr("&Trust this certificate for this connection"), QMessageBox::AcceptRole);
    trust->setAccessibleName(tr("Trust this certificate for this connection"));
    box.setDefaultButton(QMessageBox::Cancel); // trusting is a decision, never the Enter key's
    box.exec();
    if (box.clickedButton() != trust)
        return;
    trustCertificate(error.certificateSha256);
}

void MainWindow::offerRebuild(const CrmError& error)
{
    QMessageBox box(
        QMessageBox::Critical, tr("Damaged local copy"),
        tr("The local copy of this connection's CRM data is damaged, so nothing is shown from it."),
        QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("rebuildBox"));
    box.setInformativeText(
        tr("Rebuild it with a full sync: the edits not yet sent are first saved to a file in "
           "your Documents folder and then sent; the damaged file is kept beside the new "
           "one."));
    box.setDetailedText(error.detail);
    QPushButton* rebuild = box.addButton(tr("&Rebuild"), QMessageBox::AcceptRole);
    rebuild->setAccessibleName(tr("Rebuild the local copy with a full sync"));
    box.setDefaultButton(rebuild);
    if (isVisible() && !qEnvironmentVariableIsSet("CRM_CONSOLE_NO_DIALOGS"))
        box.exec();
    if (box.clickedButton() != rebuild) {
        statusBar()->showMessage(error.userMessage(), 30000);
        m_session.reset();
        refreshStatus();
        return;
    }
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    ProfileSession::Rebuilt done;
    if (CrmError e = m_session->rebuildCache(folder, &done)) {
        reportError(tr("Cannot rebuild the local copy"), e);
        m_session.reset();
        refreshStatus();
        return;
    }
    // The fresh copy fills by a full sync once connected; the edits put back go first.
    auto* once = new QObject(this);
    connect(this, &MainWindow::backendReady, once, [this, once](bool ready) {
        delete once;
        if (ready)
            startSync();
    });
    statusBar()->showMessage(tr("Rebuilding: %1 unsent edit(s) saved to %2; syncing everything again.")
                                 .arg(done.unsentEdits)
                                 .arg(QDir::toNativeSeparators(done.editsSavedTo)),
                             30000);
}

void MainWindow::trustCertificate(const QString& sha256)
{
    if (!m_session)
        return;
    Profile p = m_session->profile();
    p.options.insert(QStringLiteral("tls_certificate_sha256"), sha256);
    m_profiles->save(p);
    auto* once = new QObject(this);
    connect(this, &MainWindow::backendReady, once, [this, once](bool ready) {
        delete once;
        if (ready)
            startSync();
    });
    openProfile(p.name, true); // the connection is made again with the pin, and syncs
}

void MainWindow::reportError(const QString& title, const CrmError& error)
{
    statusBar()->showMessage(title + QStringLiteral(": ") + error.userMessage(), 15000);
    if (!isVisible() || qEnvironmentVariableIsSet("CRM_CONSOLE_NO_DIALOGS"))
        return;
    QMessageBox box(QMessageBox::Warning, title, error.userMessage(), QMessageBox::Ok, this);
    if (!error.detail.isEmpty() || error.httpStatus)
        box.setDetailedText(QStringLiteral("%1 %2 %3")
                                .arg(CrmError::kindName(error.kind))
                                .arg(error.httpStatus)
                                .arg(error.detail));
    box.exec();
}

} // namespace crm
