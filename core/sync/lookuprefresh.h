#pragma once

#include "domain/crmerror.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace crm {

class Cache;
class CrmBackend;
class CrmCall;

/// The sync of a CRM that cannot list its members (SheepCRM): reads every cached member again, one
/// after another, with their memberships where the CRM has them. A member the CRM no longer finds
/// stays cached (and is counted); a CRM that cannot be reached stops the refresh, keeping what was
/// read so far.
class LookupRefresh : public QObject {
    Q_OBJECT
public:
    LookupRefresh(Cache* cache, CrmBackend* backend, QObject* parent = nullptr);

    void start();
    void cancel();
    /// Members read again in the last refresh.
    qint64 refreshed() const { return m_refreshed; }
    /// Cached members the CRM did not find in the last refresh.
    const QStringList& notFound() const { return m_notFound; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(const crm::CrmError& error);

private:
    void next();
    void readMemberships(const QString& id);
    void stop(const CrmError& error);

    Cache* m_cache;
    CrmBackend* m_backend;
    QStringList m_ids;
    QStringList m_notFound;
    int m_index = 0;
    qint64 m_refreshed = 0;
    QPointer<CrmCall> m_call;
};

} // namespace crm
