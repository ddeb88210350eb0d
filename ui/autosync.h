#pragma once

#include <QObject>
#include <functional>

class QAction;
class QTimer;

namespace crm {

/// Asks for a sync now and then while the window is open: every few minutes (the connection's
/// auto_sync_minutes; Profile::autoSyncMinutes), and only when mayStart says so (no sync running, the CRM
/// reachable, no record being edited); otherwise it asks again a little later. The window runs the sync
/// quietly, as a changes-only one where the CRM can tell.
class AutoSync : public QObject {
    Q_OBJECT
public:
    AutoSync(std::function<bool()> mayStart, QObject* parent = nullptr);

    /// "Sync automatically", checked while on; toggled() says the user's choice.
    QAction* action() const { return m_action; }
    /// Minutes between syncs; 0 stops them. The interval counts from now.
    void setInterval(int minutes);
    int interval() const { return m_minutes; }
    /// A sync ran (asked for by anyone): the next one is a whole interval away.
    void restart();
    /// What the timer does when the interval is up: asks for a sync, or waits a little if it may not
    /// start now.
    void checkNow();

Q_SIGNALS:
    /// Time for a sync.
    void due();
    /// The user turned it on or off: the new interval in minutes (0: off).
    void intervalChosen(int minutes);

private:
    std::function<bool()> m_mayStart;
    QTimer* m_timer;
    QAction* m_action;
    int m_minutes = 0;
    int m_lastMinutes = 5; ///< what turning it on again brings back
};

} // namespace crm
