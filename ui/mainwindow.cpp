#include "mainwindow.h"

#include "connectionstatus.h"
#include "logging/logcategories.h"
#include "logging/logredaction.h"

#include "altletterguard.h"
#include "applanguage.h"
#include "applicationfilter.h"
#include "autosync.h"
#include "buttonrowtaborder.h"
#include "changecoalescer.h"
#include "connectionsetup.h"
#include "credentials/credentialstore.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "membereditactions.h"
#include "memberrecordactions.h"
#include "mnemonickeeper.h"
#include "models/groupstablemodel.h"
#include "models/memberstablemodel.h"
#include "net/crmcall.h"
#include "outbox/outboxrunner.h"
#include "profiles/profilestore.h"
#include "recordpartactions.h"
#include "recoveryprompts.h"
#include "session/profilesession.h"
#include "signincontroller.h"
#include "synccontroller.h"
#include "transferactions.h"
#include "trashactions.h"
#include "viewmemory.h"
#include "views/groupsview.h"
#include "views/membersview.h"
#include "views/outboxview.h"
#include "widgets/memberdetailpanel.h"
#include "widgets/sectioneditor.h"
#include "widgets/signedinbadge.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace crm {

MainWindow::MainWindow(ProfileStore* profiles, CredentialStore* credentials, QNetworkAccessManager* nam,
                       QWidget* parent)
    : QMainWindow(parent), m_profiles(profiles), m_credentials(credentials), m_nam(nam)
{
    setObjectName(QStringLiteral("mainWindow"));
    installOnApplication<AltLetterGuard>();
    installOnApplication<MnemonicKeeper>();
    installOnApplication<ButtonRowTabOrder>();
    setWindowTitle(tr("CRM Console"));
    buildUi();
    rebuildProfileCombo({});
    refreshStatus();
    ViewMemory::restoreWindow(this);
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent* event)
{
    ViewMemory::saveWindow(this);
    m_membersView->saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::buildUi()
{
    // --- actions ---
    auto* newConn = new QAction(tr("&New connection\u2026"), this);
    newConn->setShortcut(QKeySequence::New);
    connect(newConn, &QAction::triggered, this, &MainWindow::newConnection);
    m_setup = new ConnectionSetup(this, m_profiles, m_credentials, m_nam, this);
    connect(m_setup, &ConnectionSetup::failed, this, &MainWindow::reportError);
    connect(m_setup, &ConnectionSetup::sessionKeysKept, this, &MainWindow::connectBackend);
    connect(m_setup, &ConnectionSetup::created, this, [this](const Profile& p, bool keysKept) {
        if (!keysKept)
            m_session.reset(); // opened again below, which asks for the keys
        openProfile(p.name);
        if (!keysKept)
            return;
        if (p.usesOAuth2())
            m_signInCtl->signIn(); // the first sync follows the sign-in
        else
            QTimer::singleShot(0, this, [this] { startSync(); });
    });
    m_sync = new SyncController(this);
    connect(m_sync, &SyncController::syncRequested, this, &MainWindow::startSync);
    connect(m_sync, &SyncController::membersArriving, this, &MainWindow::refreshMembers);
    connect(m_sync, &SyncController::finished, this, &MainWindow::syncEnded);
    m_autoSync = new AutoSync(
        [this] {
            return m_session && m_session->isConnected() && !m_sync->isSyncing() && isOnline() &&
                   !isEditingRecord();
        },
        this);
    connect(m_autoSync, &AutoSync::due, this, [this] {
        m_quietSync = true;
        startSync();
    });
    connect(m_autoSync, &AutoSync::intervalChosen, this, [this](int minutes) {
        if (!m_session)
            return;
        Profile p = m_session->profile();
        p.options.insert(QStringLiteral("auto_sync_minutes"), QString::number(minutes));
        m_profiles->save(p);
        statusBar()->showMessage(minutes > 0
                                     ? tr("Syncing automatically every %n minute(s).", nullptr, minutes)
                                     : tr("Automatic sync is off; F5 syncs."),
                                 5000);
    });
    m_edits = new MemberEditActions(
        this, [this] { return selectedMemberIds(); }, this);
    connect(m_edits, &MemberEditActions::recorded, this, [this](const QString& memberId) {
        if (!memberId.isEmpty())
            selectMember(memberId);
    });
    connect(m_edits, &MemberEditActions::failed, this, &MainWindow::reportError);
    connect(m_edits, &MemberEditActions::notice, this,
            [this](const QString& text, int ms) { statusBar()->showMessage(text, ms); });
    auto* quit = new QAction(tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    auto* findAction = new QAction(tr("&Find"), this);
    findAction->setObjectName(QStringLiteral("findAction"));
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
    file->addAction(m_sync->syncAction());
    file->addAction(m_sync->fullSyncAction());
    file->addAction(m_autoSync->action());
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
    member->addAction(m_edits->editAction());
    member->addAction(m_edits->addToGroupAction());
    member->addAction(m_edits->removeFromGroupAction());
    member->addAction(m_edits->setFieldAction());

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
    bar->addAction(m_sync->syncAction());
    bar->addSeparator();
    bar->addAction(m_edits->editAction());
    bar->addAction(m_edits->addToGroupAction());
    bar->addAction(m_edits->removeFromGroupAction());

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
    m_memberView->addActions({m_edits->editAction(), m_edits->addToGroupAction(),
                              m_edits->removeFromGroupAction(), m_edits->setFieldAction()});
    connect(m_membersView, &MembersView::memberActivated, m_edits, &MemberEditActions::editSelected);
    connect(m_membersView, &MembersView::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_membersView, &MembersView::showAllRequested, this, [this] { filterByGroup({}); });
    buildRecordActions(bar);
    m_tabs->addTab(m_membersView, tr("Mem&bers"));

    auto* groupsView = new GroupsView;
    m_groups = groupsView->model();
    connect(groupsView, &GroupsView::groupOpened, this, &MainWindow::filterByGroup);
    m_tabs->addTab(groupsView, tr("&Groups"));

    m_outboxView = new OutboxView;
    m_tabs->addTab(m_outboxView, tr("&Outbox"));
    connect(m_outboxView, &OutboxView::correctRequested, this, [this](qint64 entryId) {
        const auto e = m_session ? m_session->outbox().entry(entryId) : std::nullopt;
        if (!e || !selectMember(e->memberId))
            return;
        showTab(0);
        if (m_parts)
            m_parts->correct(*e);
    });

    setCentralWidget(central);

    // --- status bar ---
    statusBar()->addWidget(m_status->stateLabel());
    statusBar()->addWidget(m_status->lastSyncLabel());
    statusBar()->addPermanentWidget(m_signInCtl->badge());
    statusBar()->addPermanentWidget(m_sync->progressBar());
    statusBar()->addPermanentWidget(m_sync->cancelButton());
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
    m_parts = new RecordPartActions(this, m_detail, this);
    m_memberMenu->insertAction(m_memberMenu->actions().value(0), m_parts->undoAction());
    m_memberMenu->insertSeparator(m_memberMenu->actions().value(1));
    connect(m_parts, &RecordPartActions::recorded, this, [this](const QString& memberId) {
        if (!memberId.isEmpty())
            showDetail();
    });
    connect(m_parts, &RecordPartActions::failed, this, &MainWindow::reportError);
    connect(m_parts, &RecordPartActions::notice, this,
            [this](const QString& text, int ms) { statusBar()->showMessage(text, ms); });
    m_records = new MemberRecordActions(this, m_detail, m_profiles, this);
    m_memberMenu->insertAction(m_memberMenu->actions().value(1), m_records->newMemberAction());
    m_memberMenu->insertAction(m_memberMenu->actions().value(0), m_records->lookupAction());
    m_memberMenu->addAction(m_records->passwordResetAction());
    m_memberMenu->addAction(m_records->recordActionAction());
    m_memberMenu->addAction(m_records->confirmAction());
    m_memberMenu->addSeparator();
    m_memberMenu->addAction(m_records->findByMetaAction());
    m_trash = new TrashActions(this, this);
    m_memberMenu->addSeparator();
    m_memberMenu->addAction(m_trash->trashAction());
    m_memberMenu->addAction(m_trash->restoreAction());
    m_memberView->addAction(m_trash->trashAction());
    connect(m_trash, &TrashActions::failed, this, &MainWindow::reportError);
    connect(m_trash, &TrashActions::notice, this,
            [this](const QString& text, int ms) { statusBar()->showMessage(text, ms); });
    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(m_records->groupListAction());
    tools->addAction(m_records->supportToolsAction());
    tools->addAction(m_transfer->accountsAction());
    QMenu* view = menuBar()->addMenu(tr("Vie&w"));
    view->addMenu(m_membersView->columnsMenu());
    view->addMenu(languageMenu());
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* shortcuts = help->addAction(tr("&Keyboard Shortcuts"));
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    connect(shortcuts, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(findChildren<QAction*>(), this);
        dialog.exec();
    });
    QAction* about = help->addAction(tr("&About CRM Console"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    bar->insertAction(m_edits->editAction(), m_records->lookupAction());
    bar->insertAction(m_edits->editAction(), m_records->newMemberAction());
    m_memberView->addAction(m_records->confirmAction());
    connect(m_records, &MemberRecordActions::recorded, this, [this](const QString& memberId) {
        if (!memberId.isEmpty())
            showDetail();
        statusBar()->showMessage(tr("Saved; sending to the CRM\u2026"), 4000);
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
    cancelSync();
    showSession(nullptr);
    m_session.reset();
    openProfile(name);
}

void MainWindow::showSession(ProfileSession* session)
{
    m_records->setSession(session);
    m_parts->setSession(session);
    m_trash->setSession(session);
    m_signInCtl->setSession(session);
    m_transfer->setSession(session);
    m_sync->setSession(session);
    m_edits->setSession(session);
    m_outboxView->setSession(session);
    m_membersView->setSession(session);
    m_groups->setCache(session ? session->cache() : nullptr);
    m_changes->watch(session ? session->cache()->changes() : nullptr);
}

void MainWindow::openProfile(const QString& name, bool again)
{
    if (m_session && m_session->profile().name == name && !again)
        return;
    const auto profile = m_profiles->profile(name);
    if (!profile)
        return;
    m_profiles->setLastOpened(name);
    qCInfo(lcUi).noquote() << "opening connection" << name << "(" << profile->kind
                           << LogRedaction::url(profile->baseUrl) << ")";
    cancelSync();
    showSession(nullptr);
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
    connect(m_session.get(), &ProfileSession::backendConnected, this, &MainWindow::wireBackend);
    showSession(m_session.get());
    // A CRM without groups gets no Groups view.
    m_tabs->setTabVisible(1, m_session->abilities().has(Abilities::Groups));
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
        m_parts->update(m_detail->memberId());
        m_records->refreshMember(m_detail->memberId());
        Q_EMIT backendReady(true);
    });
}

void MainWindow::syncEnded(const CrmError& e)
{
    const bool quiet = std::exchange(m_quietSync, false);
    m_autoSync->restart();
    if (e && e.kind != CrmError::Kind::Cancelled && quiet && !e.isUnreachable() &&
        e.kind != CrmError::Kind::Unavailable) {
        // An automatic sync interrupts nobody: its failure waits in the status bar for F5.
        statusBar()->showMessage(tr("Automatic sync failed: %1").arg(e.userMessage()), 30000);
    } else if (e && e.kind != CrmError::Kind::Cancelled) {
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
        statusBar()->showMessage(tr("Sync cancelled; the next sync continues where this one stopped."), 8000);
    else if (!e && m_session && m_session->syncEngine()->readsChangesOnly())
        statusBar()->showMessage(tr("Up to date: %n member(s) changed since the last sync.", nullptr,
                                    int(m_session->syncEngine()->membersWritten())),
                                 quiet ? 4000 : 8000);
    // A completed sync announces itself through the cache; the pages of one that stopped were written
    // by the sync's own connection, which the window does not hear.
    if (e)
        refreshMembers();
    refreshStatus();
    Q_EMIT syncFinished(e);
}

void MainWindow::wireBackend()
{
    m_sync->wireEngine();
    m_autoSync->setInterval(
        m_session->profile().autoSyncMinutes(m_session->abilities().has(Abilities::ListMembers)));
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
    if (m_session)
        m_setup->askSessionKeys(m_session->profile(), error);
}

void MainWindow::newConnection()
{
    m_setup->newConnection();
}

void MainWindow::startSync(SyncEngine::Scope scope)
{
    if (!m_session || m_sync->isSyncing())
        return;
    if (!m_session->isConnected()) {
        auto* once = new QObject(this);
        connect(this, &MainWindow::backendReady, once, [this, once, scope](bool ok) {
            once->deleteLater();
            if (ok)
                startSync(scope);
        });
        connectBackend();
        return;
    }
    statusBar()->clearMessage(); // the last sync's word is old news
    m_sync->start(scope);
}

void MainWindow::cancelSync()
{
    m_sync->cancel();
}

bool MainWindow::isSyncing() const
{
    return m_sync->isSyncing();
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
    m_edits->update(ids);
    m_trash->update(ids);
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
    m_membersView->showSelected();
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

bool MainWindow::isEditingRecord() const
{
    if (QApplication::activeModalWidget())
        return true;
    const auto editors = findChildren<SectionEditor*>();
    return std::any_of(editors.begin(), editors.end(), [](const SectionEditor* e) { return e->isEditing(); });
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
    if (m_session && RecoveryPrompts::askToTrust(this, m_session->profile().name, error))
        trustCertificate(error.certificateSha256);
}

void MainWindow::offerRebuild(const CrmError& error)
{
    if (!RecoveryPrompts::askToRebuild(this, error)) {
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
    statusBar()->showMessage(tr("Rebuilding: %n unsent edit(s) saved to %1; syncing everything again.",
                                nullptr, int(done.unsentEdits))
                                 .arg(QDir::toNativeSeparators(done.editsSavedTo)),
                             30000);
}

void MainWindow::trustCertificate(const QString& sha256)
{
    if (!m_session)
        return;
    const QString name = m_session->profile().name;
    m_setup->pinCertificate(m_session->profile(), sha256);
    auto* once = new QObject(this);
    connect(this, &MainWindow::backendReady, once, [this, once](bool ready) {
        delete once;
        if (ready)
            startSync();
    });
    openProfile(name, true); // the connection is made again with the pin, and syncs
}

void MainWindow::reportError(const QString& title, const CrmError& error)
{
    qCWarning(lcUi).noquote() << title << "|" << CrmError::kindName(error.kind) << error.httpStatus
                              << error.detail;
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

QMenu* MainWindow::languageMenu()
{
    auto* menu = new QMenu(tr("&Language"), this);
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(menu);
    const QString chosen = AppLanguage::chosen();
    auto offer = [&](const QString& code, const QString& text, const QString& afterChoice) {
        QAction* a = menu->addAction(text);
        a->setObjectName(QStringLiteral("language_") + (code.isEmpty() ? QStringLiteral("system") : code));
        a->setCheckable(true);
        a->setChecked(code == chosen);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code, afterChoice] {
            AppLanguage::choose(code);
            statusBar()->showMessage(afterChoice, 15000);
        });
    };
    offer(QString(), tr("The &system's language"),
          tr("CRM Console follows the system's language from its next start."));
    menu->addSeparator();
    for (const AppLanguage::Offer& o : AppLanguage::offered())
        offer(o.code, o.nativeName, tr("CRM Console speaks %1 from its next start.").arg(o.nativeName));
    return menu;
}

} // namespace crm
