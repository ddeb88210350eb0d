#pragma once

#include "domain/crmerror.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace crm {

class Cache;
class CrmBackend;
class CrmCall;

/// The sync of a CRM that cannot list its members (SheepCRM, Identity): reads every cached member again,
/// several at a time (setRequestsInFlight), each with their memberships where the CRM has them. A member
/// the CRM no longer finds stays cached (and is counted); a CRM that cannot be reached stops the refresh,
/// keeping what was read so far.
class LookupRefresh : public QObject {
    Q_OBJECT
public:
    LookupRefresh(Cache* cache, CrmBackend* backend, QObject* parent = nullptr);

    /// Members read at once (each its own requests, one after another); default 4.
    void setRequestsInFlight(int requests) { m_inFlight = std::max(1, requests); }
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
    /// Starts reading the next member not yet asked for, or ends when none is left and none is on its way.
    void next();
    void read(const QString& id);
    void readMemberships(const QString& id);
    void done();
    void stop(const CrmError& error);
    void track(CrmCall* call);

    Cache* m_cache;
    CrmBackend* m_backend;
    QStringList m_ids;
    QStringList m_notFound;
    int m_inFlight = 4;
    int m_next = 0;    ///< the next member to ask for
    int m_reading = 0; ///< members on their way
    int m_done = 0;
    bool m_stopped = false;
    qint64 m_refreshed = 0;
    QList<QPointer<CrmCall>> m_calls;
};

} // namespace crm
