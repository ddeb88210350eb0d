#include "crmcall.h"

#include <QTimer>

namespace crm {

CrmCall::CrmCall(QObject* parent) : QObject(parent) {}

void CrmCall::succeed(std::any value)
{
    if (m_finished)
        return;
    m_value = std::move(value);
    end();
}

void CrmCall::fail(const CrmError& error)
{
    if (m_finished)
        return;
    m_error = error;
    end();
}

void CrmCall::cancel()
{
    if (m_finished)
        return;
    auto canceller = std::move(m_canceller);
    m_error = CrmError(CrmError::Kind::Cancelled);
    end();
    if (canceller)
        canceller();
}

void CrmCall::follow(CrmCall* inner, std::function<void(const std::any&)> next)
{
    QPointer<CrmCall> guard(inner);
    setCanceller([guard] {
        if (guard)
            guard->cancel();
    });
    connect(inner, &CrmCall::finished, this, [this, inner, next = std::move(next)] {
        if (!inner->ok())
            fail(inner->error());
        else
            next(inner->anyValue());
    });
}

void CrmCall::end()
{
    m_finished = true;
    m_canceller = nullptr;
    QTimer::singleShot(0, this, [this] {
        Q_EMIT finished();
        deleteLater();
    });
}

} // namespace crm
