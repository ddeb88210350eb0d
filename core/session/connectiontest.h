#pragma once

#include <QMap>
#include <QString>

class QNetworkAccessManager;
class QObject;

namespace crm {

class CrmCall;
struct Profile;

/// Tries a connection before it is saved: one cheap call with the address and secrets as typed.
/// Value: QString, what the CRM said. A profile the console cannot use (unknown kind, refused address,
/// missing option) fails with a Local error that says why; nothing is kept.
CrmCall* testConnection(const Profile& profile, const QMap<QString, QString>& secrets,
                        QNetworkAccessManager* nam, QObject* parent);

} // namespace crm
