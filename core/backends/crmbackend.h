#pragma once

#include "backends/facets.h"
#include "domain/crmerror.h"
#include "domain/member.h"
#include "net/crmcall.h"

#include <QFlags>
#include <QHash>
#include <QObject>
#include <QVariantMap>
#include <typeindex>

namespace crm {

class CrmCall;

/// Translates the console's domain operations into one CRM's wire format and back. A backend holds no
/// cache and no UI; each method starts one asynchronous Call<T> (see net/crmcall.h), T its value. Every CRM
/// can test its connection, read one member and (when editableFields() names any) update one; what only some
/// CRMs can do is a facet (backends/facets.h) the backend offers or not.
class CrmBackend : public QObject {
    Q_OBJECT
public:
    /// What a member record carries besides names and e-mail.
    enum RecordPart {
        Addresses = 0x1,    ///< addresses come with members
        UserAccounts = 0x2, ///< members may have a CMS user account
        /// the raw record carries a person ("person": address lines, locality, region, postal code,
        /// country, telephone, comms permission, tags) and an "account_status"
        Person = 0x4
    };
    Q_DECLARE_FLAGS(RecordParts, RecordPart)

    using QObject::QObject;
    ~CrmBackend() override;

    virtual QString kind() const = 0;
    virtual RecordParts recordParts() const { return {}; }

    /// Checks address and credentials with one cheap call. Value: QString, a short description.
    virtual Call<QString>* testConnection() = 0;
    /// One member, fully. Value: Member. NotFound when there is none.
    virtual Call<Member>* fetchMember(const QString& id) = 0;
    /// The fields updateMember() takes, in form order (none: members cannot be edited), and which of them
    /// are lists (sent whole: the list given replaces the CRM's).
    virtual QStringList editableFields() const { return {}; }
    virtual QStringList listFields() const { return {}; }
    /// Changes the given fields (of editableFields()). Value: Member, as the server now has it.
    virtual Call<Member>* updateMember(const QString& id, const QVariantMap& fields);

    /// The facet F (an interface of backends/facets.h) when the CRM has that ability, else nullptr.
    template <class F> F* facet() const
    {
        return static_cast<F*>(m_facets.value(std::type_index(typeid(F))));
    }
    template <class F> bool has() const { return facet<F>() != nullptr; }

    /// A call that fails from the event loop with error.
    CrmCall* refuse(const CrmError& error);
    /// A call of type R (a Call<T>) that fails saying the CRM does not offer that.
    template <class R = CrmCall> R* refuseMissing()
    {
        auto* call = new R(this);
        call->fail(missingError());
        return call;
    }

protected:
    /// Offers the facet F, implemented by f (usually this backend itself).
    template <class F> void offer(F* f) { m_facets.insert(std::type_index(typeid(F)), f); }
    template <class F> void withdraw() { m_facets.remove(std::type_index(typeid(F))); }

private:
    static CrmError missingError();

    QHash<std::type_index, void*> m_facets;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(CrmBackend::RecordParts)

/// Calls fn on the backend's facet F, or gives a call (of fn's type) that fails saying the CRM does not
/// offer it.
template <class F, class Fn> auto through(CrmBackend* backend, Fn&& fn) -> decltype(fn(std::declval<F&>()))
{
    using Result = std::remove_pointer_t<decltype(fn(std::declval<F&>()))>;
    if (F* f = backend->facet<F>())
        return fn(*f);
    return backend->refuseMissing<Result>();
}

} // namespace crm
