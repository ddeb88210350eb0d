#pragma once

#include "domain/crmerror.h"

#include <QObject>
#include <QPointer>
#include <any>
#include <functional>

namespace crm {

/// One asynchronous operation against a CRM, ending exactly once: with a value or with a CrmError.
///
/// The owner connects to finished() and reads error() or value<T>() there; the call deletes itself
/// after finished() has been delivered. finished() is always emitted from the event loop, never from
/// inside the function that created the call, so connecting right after creation is safe.
class CrmCall : public QObject {
    Q_OBJECT
public:
    explicit CrmCall(QObject* parent = nullptr);

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const CrmError& error() const { return m_error; }
    template <class T> T value() const { return std::any_cast<T>(m_value); }
    bool hasValue() const { return m_value.has_value(); }
    const std::any& anyValue() const { return m_value; }

    /// Ends the call with a value. Later endings are ignored.
    void succeed(std::any value = {});
    /// Ends the call with an error. Later endings are ignored.
    void fail(const CrmError& error);
    /// Stops the work behind the call (aborts its request) and ends it with Kind::Cancelled.
    void cancel();
    /// What cancel() must stop; set by whoever starts the work.
    void setCanceller(std::function<void()> canceller) { m_canceller = std::move(canceller); }
    /// Makes this call the continuation of inner: inner's error ends this call, inner's value goes to
    /// next (which ends this call or follows another one); cancel() stops inner.
    void follow(CrmCall* inner, std::function<void(const std::any&)> next);

Q_SIGNALS:
    void finished();

private:
    void end();

    bool m_finished = false;
    CrmError m_error;
    std::any m_value;
    std::function<void()> m_canceller;
};

/// A call whose value's type the compiler knows: value() is a T, succeed() takes one. What the backends
/// and their facets return. Call<void> ends with no value.
template <class T> class Call : public CrmCall {
public:
    using CrmCall::CrmCall;
    using CrmCall::value;
    T value() const { return CrmCall::value<T>(); }
    void succeed(T v) { CrmCall::succeed(std::move(v)); }
};

template <> class Call<void> : public CrmCall {
public:
    using CrmCall::CrmCall;
    void succeed() { CrmCall::succeed(); }
};

/// inner as a Call<T>: itself when it is one, else a Call<T> (beside inner, under the same parent) that
/// ends as inner does, with inner's value as a T. A value of another type is the producer's mistake: it
/// ends the call with a Local error rather than a bad cast at the caller.
template <class T> Call<T>* typed(CrmCall* inner)
{
    if (auto* t = dynamic_cast<Call<T>*>(inner))
        return t;
    auto* outer = new Call<T>(inner->parent());
    outer->follow(inner, [outer](const std::any& v) {
        if constexpr (std::is_void_v<T>) {
            outer->succeed();
        } else if (const T* value = std::any_cast<T>(&v)) {
            outer->succeed(*value);
        } else {
            outer->fail(CrmError(CrmError::Kind::Local, {}, 0,
                                 QStringLiteral("An answer of an unexpected type (%1).")
                                     .arg(QString::fromLatin1(v.type().name()))));
        }
    });
    return outer;
}

} // namespace crm
