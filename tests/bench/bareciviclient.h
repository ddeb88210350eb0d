#pragma once

// The yardstick of the real-server benchmark: a client that reads a CiviCRM as a careful script would,
// with QNetworkAccessManager and nothing else, writing nothing. Contacts in id ranges, several on their
// way at once, each range's addresses, accounts, phones and e-mails with contact_id IN its ids; the
// lists that name ids; the groups, every static membership in one GroupContact.get, each smart group's
// members by id. What the console adds on top (decoding into members, the cache, its indexes) is what
// the benchmark's ratio measures.
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

class BareCiviClient {
public:
    BareCiviClient(QUrl endpoint, QString apiKey, QString siteKey, int inFlight = 4, int pageSize = 1000);

    /// Reads everything the console's first sync reads; seconds taken (negative on a failed request).
    double readAll();
    /// Reads what changed since `since` (server time, "YYYY-MM-DD HH:MM:SS"): contacts modified since
    /// with their parts, one id-only listing to find the removed, and the group memberships again.
    double readChanges(const QString& since);
    int contactsRead() const { return m_contacts; }

private:
    /// Sends the requests (entity, action, params), at most inFlight at once; each answer's "values".
    QList<QJsonObject> many(const QList<std::tuple<QString, QString, QJsonObject>>& requests);
    QJsonObject one(const QString& entity, const QString& action, const QJsonObject& params);
    /// Contacts of the ranges with their parts, several ranges on their way at once.
    bool readContacts(const QList<QJsonObject>& rangeParams);
    bool readGroups();

    QNetworkAccessManager m_nam;
    QUrl m_endpoint;
    QString m_apiKey;
    QString m_siteKey;
    int m_inFlight;
    int m_pageSize;
    int m_contacts = 0;
    bool m_failed = false;
};
