#pragma once

#include "domain/crmerror.h"
#include "domain/member.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <optional>

namespace crm {

class Cache;
class CrmBackend;
class CrmCall;

/// Copies a CRM into a Cache: groups, then every member page by page, then each group's members.
///
/// Each page is written in one transaction together with the cursor after it, so a sync that is
/// cancelled, fails or is killed resumes where it stopped, and the cache never holds half a page. The
/// next page is requested before the current one is written, so the network and the disk work at the
/// same time. Members the CRM no longer lists are removed when a sync completes (unless they have
/// unsent edits).
class SyncEngine : public QObject {
    Q_OBJECT
public:
    enum class Phase { Groups, Members, Memberships, Done };
    Q_ENUM(Phase)

    SyncEngine(Cache* cache, CrmBackend* backend, QObject* parent = nullptr);

    void setPageSize(int members) { m_pageSize = members; }
    bool isRunning() const { return m_running; }
    /// Starts, or resumes an interrupted sync. finished() follows exactly once.
    void start();
    /// Stops after aborting the request in flight; what was written stays, and the next start resumes.
    void cancel();

    qint64 membersWritten() const { return m_membersWritten; }
    /// Whether the cache holds an interrupted sync that start() would resume.
    static bool hasInterruptedSync(const Cache& cache);

Q_SIGNALS:
    /// total is -1 while unknown.
    void progress(crm::SyncEngine::Phase phase, qint64 done, qint64 total);
    void finished(const crm::CrmError& error);

private:
    void fetchGroups();
    CrmCall* requestMemberPage(const QString& cursor);
    void onMemberPage(CrmCall* call);
    void writeMemberPage(const MemberPage& page);
    void writePendingPage();
    void startMemberships();
    void requestGroupPage();
    void complete();
    void fail(const CrmError& error);
    void track(CrmCall* call);

    Cache* m_cache;
    CrmBackend* m_backend;
    int m_pageSize = 1000;
    bool m_running = false;
    qint64 m_gen = 0;
    qint64 m_total = -1;
    qint64 m_done = 0;
    qint64 m_membersWritten = 0;
    QStringList m_groupIds;
    int m_groupIndex = 0;
    QString m_groupCursor;
    QList<QPointer<CrmCall>> m_calls;
    std::optional<MemberPage> m_pendingPage; ///< received, written once the next request is out
};

} // namespace crm
