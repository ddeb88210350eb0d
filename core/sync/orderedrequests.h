#pragma once

#include "domain/crmerror.h"

#include <QObject>
#include <QPointer>
#include <any>
#include <functional>
#include <list>

namespace crm {

class CrmCall;

/// Requests sent several at a time whose answers are handed on one by one in the order they were
/// queued: a sync asks for the next pages while earlier ones are still on their way, and still writes
/// page after page, each with the cursor after it. A handler may queue a follow-up right after the
/// answer it is handling (the rest of a page that came short), which then comes before everything
/// queued later.
class OrderedRequests : public QObject {
    Q_OBJECT
public:
    using Request = std::function<CrmCall*()>;
    /// What a request ended with (a call deletes itself once finished, so its outcome is kept here).
    struct Answer {
        CrmError error;
        std::any value;
        template <class T> T as() const { return std::any_cast<T>(value); }
    };
    /// Handles one answer (in order); false stops everything (the handler has failed the sync).
    using Handler = std::function<bool(const Answer& answer)>;

    OrderedRequests(int inFlight, Handler handler, QObject* parent = nullptr);

    /// Queues a request at the end.
    void enqueue(Request request);
    /// Queues a request right after the answer being handled (only from within the handler).
    void enqueueNext(Request request);
    /// Whether answers may be handed on now (a writer with room); checked before each, and again when
    /// pump() is called.
    void setReady(std::function<bool()> ready) { m_ready = std::move(ready); }
    /// Hands on what has arrived and the handler may take, and sends what may be sent.
    void pump();
    /// Cancels what is on its way and forgets what waits.
    void cancel();
    /// Nothing waits, nothing is on its way.
    bool isIdle() const { return m_slots.empty(); }
    /// Requests sent and not handed on yet (on their way, or answered and waiting for their turn).
    int inFlight() const;

private:
    struct Slot {
        Request request;
        QPointer<CrmCall> call; ///< set once sent, until it has finished
        bool sent = false;
        bool done = false;
        Answer answer;
    };
    void send();

    int m_limit;
    Handler m_handler;
    std::function<bool()> m_ready;
    std::list<Slot> m_slots;              ///< in hand-on order; the first is the next to hand on
    std::list<Slot>::iterator m_insertAt; ///< during the handler: where enqueueNext puts a request
    bool m_handling = false;
    bool m_stopped = false;
};

} // namespace crm
