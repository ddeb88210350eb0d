#include "crmbackend.h"

#include "net/crmcall.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace crm {

CrmBackend::~CrmBackend() = default;

CrmCall* CrmBackend::refuse(const CrmError& error)
{
    auto* call = new CrmCall(this);
    call->fail(error);
    return call;
}

CrmError CrmBackend::missingError()
{
    return CrmError(CrmError::Kind::Local, {}, 0, tr("This CRM does not offer that."));
}

Call<Member>* CrmBackend::updateMember(const QString&, const QVariantMap&)
{
    return refuseMissing<Call<Member>>();
}

QString AccountCreation::howAccountsAreMade() const
{
    return QCoreApplication::translate(
        "Backends", "The CRM makes each account with a password of its own; with the welcome "
                    "e-mail the member learns how to sign in.");
}

QString AccountCreation::welcomeEmailChoice() const
{
    return QCoreApplication::translate("Backends", "Send each new account the &welcome e-mail");
}

bool MemberLookup::acceptsLookupKey(const QString& key) const
{
    static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return email.match(key.trimmed()).hasMatch();
}

} // namespace crm
