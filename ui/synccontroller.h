#pragma once

#include "domain/crmerror.h"
#include "sync/syncengine.h"

#include <QObject>

class QAction;
class QProgressBar;
class QPushButton;

namespace crm {

class ProfileSession;

/// Runs a sync of the open profile and shows it: the Sync action (F5: only what changed, where the CRM
/// can tell), the Full sync action (Shift+F5: every member), a progress bar that says the phase (groups,
/// members n of m, checking who is still there, group members) and a Cancel button. Waiting edits are
/// sent first, so the sync brings back what the CRM made of them.
class SyncController : public QObject {
    Q_OBJECT
public:
    explicit SyncController(QObject* parent = nullptr);

    QAction* syncAction() const { return m_action; }
    QAction* fullSyncAction() const { return m_fullAction; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* cancelButton() const { return m_cancel; }

    void setSession(ProfileSession* session);
    /// Hooks the sync engine of the session's newly made backend.
    void wireEngine();
    /// Starts the sync; the session must be connected. No-op while one runs.
    void start(crm::SyncEngine::Scope scope = SyncEngine::Scope::Auto);
    void cancel();
    bool isSyncing() const { return m_syncing; }

Q_SIGNALS:
    /// The Sync or Full sync action was triggered.
    void syncRequested(crm::SyncEngine::Scope scope);
    /// Rows are arriving: a view may show them (not on every page of a huge sync).
    void membersArriving();
    /// The sync ended: error empty when it completed, Cancelled when stopped.
    void finished(const crm::CrmError& error);

private:
    void end(const CrmError& error);

    ProfileSession* m_session = nullptr;
    bool m_syncing = false;
    QAction* m_action;
    QAction* m_fullAction;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
};

} // namespace crm
