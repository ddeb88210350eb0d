#pragma once

#include "domain/crmerror.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QTimer;

namespace crm {

class CrmBackend;
class CrmCall;
class OutboxRunner;
class SyncEngine;

/// Knows whether the CRM answers, and sends the waiting edits by themselves once it does again.
///
/// It hears how each outbox run and sync ends. When one stopped because the CRM could not be reached
/// or was busy or down for a moment (Unavailable), the state says which, and the watch tries again
/// after the CRM's Retry-After, or else after 5 s, doubling up to 5 minutes: one cheap call, and on an
/// answer an outbox run, so an edit made during an outage goes without the user. Credentials refused
/// after they had worked mean "sign in again" (or check the keys): that is a state too, and nothing is
/// retried until the user acts.
class ConnectionWatch : public QObject {
    Q_OBJECT
public:
    enum class State {
        Online,
        Offline,           ///< the CRM could not be reached
        Unavailable,       ///< it answered that it is busy or down for a moment
        CredentialsRefused ///< it refused credentials that had worked
    };
    Q_ENUM(State)

    /// workedBefore: the credentials have worked (the cache holds a completed sync).
    ConnectionWatch(CrmBackend* backend, OutboxRunner* runner, SyncEngine* sync, bool workedBefore,
                    QObject* parent = nullptr);

    State state() const { return m_state; }
    /// Why the state is not Online.
    const CrmError& reason() const { return m_reason; }
    /// When the next try is due; invalid when none is.
    QDateTime nextTry() const { return m_nextTry; }
    /// Tries at once (the user asked).
    void tryNow();

    /// The waits between tries when the CRM names none, for tests: first, and the most.
    void setBackOff(int firstMs, int mostMs);

Q_SIGNALS:
    void stateChanged(crm::ConnectionWatch::State state, const crm::CrmError& reason);

private:
    void heard(const CrmError& error);
    void setState(State state, const CrmError& reason);
    void schedule(int ms);
    void probe();

    CrmBackend* m_backend;
    OutboxRunner* m_runner;
    SyncEngine* m_sync;
    QTimer* m_timer;
    State m_state = State::Online;
    CrmError m_reason;
    QDateTime m_nextTry;
    bool m_workedBefore = false;
    int m_firstMs = 5000;
    int m_mostMs = 5 * 60 * 1000;
    int m_waitMs = 0;
    QPointer<CrmCall> m_probe;
};

} // namespace crm
