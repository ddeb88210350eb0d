#include "connectiontest.h"

#include "backends/crmbackend.h"
#include "net/crmcall.h"
#include "profiles/crmkinds.h"
#include "profiles/profile.h"

namespace crm {

CrmCall* testConnection(const Profile& profile, const QMap<QString, QString>& secrets,
                        QNetworkAccessManager* nam, QObject* parent)
{
    auto* outer = new CrmCall(parent);
    QString why;
    // The backend lives as long as the call: the call is its parent.
    CrmBackend* backend = Backends::create(profile, secrets, nam, outer, &why);
    if (!backend) {
        outer->fail(CrmError(CrmError::Kind::Local, {}, 0, why));
        return outer;
    }
    outer->follow(backend->testConnection(), [outer](const std::any& v) { outer->succeed(v); });
    return outer;
}

} // namespace crm
