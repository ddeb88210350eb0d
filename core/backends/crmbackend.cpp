#include "crmbackend.h"

#include "net/crmcall.h"

#include <QRegularExpression>

namespace crm {

CrmCall* CrmBackend::refuse(const CrmError& error)
{
    auto* call = new CrmCall(this);
    call->fail(error);
    return call;
}

CrmCall* CrmBackend::unsupported()
{
    return refuse(CrmError(CrmError::Kind::Local, {}, 0, tr("This CRM does not offer that.")));
}

CrmCall* CrmBackend::createMember(const QVariantMap&)
{
    return unsupported();
}
CrmCall* CrmBackend::confirmMember(const MemberRef&, const QString&)
{
    return unsupported();
}
CrmCall* CrmBackend::checkEmail(const QString&, const QString&)
{
    return unsupported();
}
CrmCall* CrmBackend::fetchAddresses(const MemberRef&, const QString&)
{
    return unsupported();
}
CrmCall* CrmBackend::addAddress(const MemberRef&, const QString&, const QVariantMap&)
{
    return unsupported();
}
CrmCall* CrmBackend::requestAddressChange(const MemberRef&, const QString&, const QVariantMap&)
{
    return unsupported();
}
CrmCall* CrmBackend::fetchMeta(const MemberRef&)
{
    return unsupported();
}
CrmCall* CrmBackend::setMeta(const MemberRef&, const MetaEntry&)
{
    return unsupported();
}
CrmCall* CrmBackend::deleteMeta(const MemberRef&, const QString&)
{
    return unsupported();
}
CrmCall* CrmBackend::findByMeta(const QString&, const QString&)
{
    return unsupported();
}
CrmCall* CrmBackend::lookupMember(const QString&)
{
    return unsupported();
}
bool CrmBackend::acceptsLookupKey(const QString& key) const
{
    static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return email.match(key.trimmed()).hasMatch();
}
CrmCall* CrmBackend::recordAction(const QJsonObject&)
{
    return unsupported();
}
QJsonObject CrmBackend::actionSubject(const Member&) const
{
    return {};
}
CrmCall* CrmBackend::fetchMemberships(const MemberRef&)
{
    return unsupported();
}
CrmCall* CrmBackend::addLinkedMember(const MemberRef&, const QString&, const LinkedMember&)
{
    return unsupported();
}
CrmCall* CrmBackend::removeLinkedMember(const MemberRef&, const QString&, const QString&)
{
    return unsupported();
}
CrmCall* CrmBackend::sendPasswordReset(const QString&)
{
    return unsupported();
}
CrmCall* CrmBackend::accountStatus(const QString&)
{
    return unsupported();
}
CrmCall* CrmBackend::createAccount(const NewAccount&, bool)
{
    return unsupported();
}
CrmCall* CrmBackend::staffLogin(const QString&, const QString&)
{
    return unsupported();
}
CrmCall* CrmBackend::verifyAutologinToken(const QString&)
{
    return unsupported();
}
CrmCall* CrmBackend::issueDeviceToken(const QString&)
{
    return unsupported();
}

CrmCall* CrmBackend::fetchSignedInUser()
{
    return unsupported();
}

CrmCall* CrmBackend::findMembersByEmail(const QString& email)
{
    if (!(capabilities() & LookupMembers))
        return unsupported();
    auto* outer = new CrmCall(this);
    CrmCall* look = lookupMember(email);
    outer->setCanceller([look] { look->cancel(); });
    connect(look, &CrmCall::finished, outer, [outer, look] {
        if (look->ok())
            outer->succeed(QList<Member>{look->value<Member>()});
        else if (look->error().kind == CrmError::Kind::NotFound)
            outer->succeed(QList<Member>{});
        else
            outer->fail(look->error());
    });
    return outer;
}

} // namespace crm
