#pragma once

// Runs the console's asynchronous parts to completion in a test: a sync, an outbox run, one call.
#include "domain/crmerror.h"
#include "net/crmcall.h"
#include "outbox/outboxrunner.h"
#include "sync/syncengine.h"

#include <QSignalSpy>
#include <utility>

namespace crm {

inline CrmError runSync(SyncEngine* engine, int timeoutMs = 60000,
                        SyncEngine::Scope scope = SyncEngine::Scope::Auto)
{
    QSignalSpy spy(engine, &SyncEngine::finished);
    engine->start(scope);
    if (!spy.wait(timeoutMs))
        return CrmError(CrmError::Kind::Timeout, {}, 0, QStringLiteral("sync did not finish"));
    return spy.first().first().value<CrmError>();
}

struct RunResult {
    int sent = 0;
    int failed = 0;
    CrmError error;
};

inline RunResult runOutbox(OutboxRunner* runner)
{
    QSignalSpy spy(runner, &OutboxRunner::finished);
    runner->run();
    RunResult r;
    // An empty outbox finishes inside run().
    if (spy.isEmpty() && !spy.wait(30000)) {
        r.error = CrmError(CrmError::Kind::Timeout);
        return r;
    }
    r.sent = spy.first().at(0).toInt();
    r.failed = spy.first().at(1).toInt();
    r.error = spy.first().at(2).value<CrmError>();
    return r;
}

template <class T> std::pair<CrmError, T> await(CrmCall* call)
{
    std::pair<CrmError, T> out;
    QSignalSpy spy(call, &CrmCall::finished);
    QObject::connect(call, &CrmCall::finished, [&out, call] {
        out.first = call->error();
        if (call->ok() && call->hasValue())
            out.second = call->value<T>();
    });
    if (!spy.wait(30000))
        out.first = CrmError(CrmError::Kind::Timeout);
    return out;
}

} // namespace crm
