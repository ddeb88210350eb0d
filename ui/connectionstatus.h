#pragma once

#include "session/connectionwatch.h"

#include <QObject>
#include <functional>

class QLabel;

namespace crm {

class ProfileSession;

/// What the window shows of its connection: the banner above the tabs while the CRM cannot be used
/// (offline, busy or down for a moment, credentials refused), saying why, what stays possible and when the
/// console tries again; and the status bar's labels (the state, the last sync, the edits waiting). It
/// reads the open session, which session() gives (nullptr when none is open).
class ConnectionStatus : public QObject {
    Q_OBJECT
public:
    ConnectionStatus(std::function<ProfileSession*()> session, QObject* parent = nullptr);

    /// The banner, for the window's layout ("offlineBanner").
    QLabel* banner() const { return m_banner; }
    /// The status bar's labels, for the window to place: "onlineStatus", "lastSync", "pendingEdits".
    QLabel* stateLabel() const { return m_state; }
    QLabel* lastSyncLabel() const { return m_lastSync; }
    QLabel* pendingLabel() const { return m_pending; }

    bool isOnline() const { return m_online; }
    /// Shows a state the session's ConnectionWatch reported (or the window learned from a run's end).
    void show(ConnectionWatch::State state, const CrmError& why);
    /// Reads the last sync and the waiting edits again.
    void refresh();

private:
    std::function<ProfileSession*()> m_session;
    QLabel* m_banner;
    QLabel* m_state;
    QLabel* m_lastSync;
    QLabel* m_pending;
    bool m_online = true;
    bool m_unavailable = false;
};

} // namespace crm
