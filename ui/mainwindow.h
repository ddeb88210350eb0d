#pragma once

#include "session/connectionwatch.h"

#include "domain/crmerror.h"
#include "sync/syncengine.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTimer;
class QMenu;
class QToolBar;
class QToolButton;
class QAction;

namespace crm {

class AutoSync;
class CredentialStore;
class GroupsTableModel;
class MemberDetailPanel;
class MemberEditActions;
class MemberRecordActions;
class RecordPartActions;
class TrashActions;
class MembersTableModel;
class MembersView;
class OutboxView;
class ProfileSession;
class ProfileStore;
class ChangeCoalescer;
class ConnectionSetup;
class ConnectionStatus;
class SignInController;
class SyncController;
class TransferActions;

/// The console's main window: a profile switcher, the Members table (search as you type, sort by
/// header) with a detail panel, the Groups view, the Outbox of unsent edits, sync with progress and
/// Cancel, and a status bar that says whether the CRM is reachable, when data was last synced and how
/// many edits wait. Everything shown comes from the cache; the network is only ever waited on in the
/// background.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(ProfileStore* profiles, CredentialStore* credentials, QNetworkAccessManager* nam,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a saved profile: its cache at once, then its keys and backend in the background; again: even
    /// when it is the one open (after its settings changed).
    void openProfile(const QString& name, bool again = false);
    /// Starts a sync (sending waiting edits first). No-op while one runs.
    void startSync(crm::SyncEngine::Scope scope = SyncEngine::Scope::Auto);
    void cancelSync();
    bool isSyncing() const;
    bool isOnline() const;
    /// Trusts the certificate with this SHA-256 fingerprint for the open connection (stored with the
    /// profile: a pin, not "ignore errors") and connects again.
    void trustCertificate(const QString& sha256);
    ProfileSession* session() const { return m_session.get(); }
    MembersTableModel* membersModel() const { return m_members; }
    /// Selects the member with this id in the table (search for it first if needed).
    bool selectMember(const QString& id);
    /// Shows the members of one group (empty: all members).
    void filterByGroup(const QString& groupId);
    void showTab(int index);
    void newConnection();

Q_SIGNALS:
    void syncFinished(const crm::CrmError& error);
    void backendReady(bool ok);

protected:
    /// Keeps the window's size and the members table's layout for the next start.
    void closeEvent(QCloseEvent* event) override;

private:
    /// View > Language: the system's language or one of the catalogues, from the next start.
    QMenu* languageMenu();
    void buildUi();
    void rebuildProfileCombo(const QString& current);
    void connectBackend();
    /// Hooks the sync engine and outbox runner of a newly made backend (after a connect or a sign-in).
    void wireBackend();
    /// Says how a sync ended: the banner for an unreachable CRM, a question for a certificate, else a
    /// message.
    void syncEnded(const CrmError& error);
    void buildRecordActions(QToolBar* bar);
    /// Opens the profile again from its saved settings (after they changed).
    void reopenProfile(const QString& name);
    /// Hands session (nullptr: none) to every view and action set.
    void showSession(ProfileSession* session);
    void onSelectionChanged();
    /// Shows the selected member from the cache in the detail panel.
    void showDetail();
    void runOutbox();
    void refreshMembers();
    /// Shows a cache just opened: every view reads it whole. Later changes come through m_changes.
    void showWholeCache();
    void refreshOutbox();
    void refreshStatus();
    void setOnline(bool online, const CrmError& why = {});
    void reportError(const QString& title, const CrmError& error);
    /// Shows an untrusted certificate's fingerprint and offers to trust that one for this connection.
    void offerToTrust(const CrmError& error);
    /// The cache is damaged: says so, and offers the rebuild by a full sync that loses no edit.
    void offerRebuild(const CrmError& error);
    QStringList selectedMemberIds() const;
    void askSessionOnly(const CrmError& error);
    /// Shows what the session's ConnectionWatch knows: the status label and the banner.
    void showConnection(ConnectionWatch::State state, const CrmError& why);
    /// Whether the user is in the middle of changing a record (a section open for editing, an editor
    /// dialog): an automatic sync waits.
    bool isEditingRecord() const;

    ProfileStore* m_profiles;
    CredentialStore* m_credentials;
    QNetworkAccessManager* m_nam;
    std::unique_ptr<ProfileSession> m_session;
    bool m_connecting = false;

    QComboBox* m_profileCombo = nullptr;
    QLineEdit* m_search = nullptr;
    ConnectionStatus* m_status = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_memberView = nullptr;
    MembersView* m_membersView = nullptr;
    OutboxView* m_outboxView = nullptr;
    MemberDetailPanel* m_detail = nullptr;
    MembersTableModel* m_members = nullptr;
    GroupsTableModel* m_groups = nullptr;
    SyncController* m_sync = nullptr;
    AutoSync* m_autoSync = nullptr;
    bool m_quietSync = false; ///< the running sync is an automatic one: its failure shows no dialog
    ConnectionSetup* m_setup = nullptr;
    MemberEditActions* m_edits = nullptr;
    QMenu* m_memberMenu = nullptr;
    RecordPartActions* m_parts = nullptr;
    TrashActions* m_trash = nullptr;
    MemberRecordActions* m_records = nullptr;
    SignInController* m_signInCtl = nullptr;
    TransferActions* m_transfer = nullptr;
    ChangeCoalescer* m_changes = nullptr;
};

} // namespace crm
