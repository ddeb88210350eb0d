#include "orderedrequests.h"

#include "net/crmcall.h"

namespace crm {

OrderedRequests::OrderedRequests(int inFlight, Handler handler, QObject* parent)
    : QObject(parent), m_limit(std::max(1, inFlight)), m_handler(std::move(handler))
{
}

void OrderedRequests::enqueue(Request request)
{
    m_slots.push_back({std::move(request), {}, false, false, {}});
    if (!m_handling)
        send();
}

void OrderedRequests::enqueueNext(Request request)
{
    Q_ASSERT(m_handling);
    m_slots.insert(m_insertAt, {std::move(request), {}, false, false, {}});
}

int OrderedRequests::inFlight() const
{
    int n = 0;
    for (const Slot& s : m_slots)
        n += s.sent; // answered but not handed on yet counts too: it holds a page in memory
    return n;
}

void OrderedRequests::send()
{
    int running = inFlight();
    for (Slot& s : m_slots) {
        if (running >= m_limit || m_stopped)
            return;
        if (s.sent)
            continue;
        s.sent = true;
        CrmCall* call = s.request();
        s.call = call;
        ++running;
        Slot* slot = &s; // list nodes stay put
        connect(call, &CrmCall::finished, this, [this, slot, call] {
            slot->done = true;
            slot->answer.error = call->error();
            if (call->ok())
                slot->answer.value = call->anyValue();
            pump();
        });
    }
}

void OrderedRequests::pump()
{
    if (m_handling || m_stopped)
        return;
    while (!m_slots.empty()) {
        Slot& first = m_slots.front();
        if (!first.done || (m_ready && !m_ready()))
            break;
        const Answer answer = std::move(first.answer);
        m_handling = true;
        m_insertAt = std::next(m_slots.begin());
        const bool goOn = m_handler(answer);
        m_handling = false;
        if (m_stopped)
            return;
        m_slots.pop_front();
        if (!goOn) {
            cancel();
            return;
        }
    }
    send();
}

void OrderedRequests::cancel()
{
    m_stopped = true;
    for (Slot& s : m_slots)
        if (s.call && !s.done) {
            s.call->disconnect(this); // its slot goes now
            s.call->cancel();
        }
    m_slots.clear();
}

} // namespace crm
