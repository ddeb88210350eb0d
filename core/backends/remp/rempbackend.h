#pragma once

#include "backends/crmbackend.h"
#include "net/httpexchange.h"

#include <QUrl>
#include <QUrlQuery>
#include <functional>

namespace crm {

/// REMP CRM's users module (/api/v1/...) with a server-to-server API token. Members are users, listed
/// by users/list in pages of 1,000 (id and e-mail only); REMP names a user by e-mail in group calls.
/// REMP has no call that lists groups or their members: the groups are the profile's named list
/// (option "groups", "1:Newsletter;2:Premium readers"), and memberships are what the console itself
/// changed.
class RempBackend : public CrmBackend {
    Q_OBJECT
public:
    RempBackend(QUrl baseUrl, QString apiToken, QList<Group> groups, int timeoutMs,
                QNetworkAccessManager* nam, QObject* parent = nullptr);

    QString kind() const override { return QStringLiteral("remp"); }
    Capabilities capabilities() const override;

    CrmCall* testConnection() override;
    CrmCall* countMembers() override;
    /// pageSize is ignored: REMP's pages hold 1,000 users.
    CrmCall* fetchMemberPage(const QString& cursor, int pageSize) override;
    CrmCall* fetchMember(const QString& id) override;
    CrmCall* fetchGroups() override;
    CrmCall* fetchGroupMemberPage(const QString& groupId, const QString& cursor, int pageSize) override;
    CrmCall* updateMember(const QString& id, const QVariantMap& fields) override;
    CrmCall* addToGroup(const QString& groupId, const MemberRef& member) override;
    CrmCall* removeFromGroup(const QString& groupId, const MemberRef& member) override;

private:
    using Handler = std::function<void(CrmCall*, const QJsonObject& answer)>;
    /// A POST with form fields; handler runs on a successful answer.
    CrmCall* postForm(const QString& call, const QUrlQuery& fields, Handler handler);
    CrmCall* usersList(const QString& userIds, int page, Handler handler);
    CrmCall* send(const QString& call, const QByteArray& verb, const QByteArray& contentType,
                  const QByteArray& body, Handler handler);
    /// A call that fails at once (from the event loop) with error.
    CrmCall* refuse(const CrmError& error);

    QUrl m_base;
    QString m_token;
    QList<Group> m_groups;
    int m_timeoutMs;
    QNetworkAccessManager* m_nam;
};

} // namespace crm
