#pragma once

#include "domain/crmerror.h"
#include "domain/member.h"
#include "orderedrequests.h"
#include "syncplan.h"

#include <QElapsedTimer>
#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <QTimer>
#include <functional>
#include <memory>
#include <vector>

namespace crm {

class Cache;
class CrmBackend;
class CrmCall;
class LookupRefresh;
class SyncWriter;

/// Copies a CRM into a Cache: groups, then every member page by page, then each group's members.
///
/// After a complete sync, where the CRM can tell what changed (MemberChanges), a sync reads only that
/// (SyncPlan says when a full one is due): the members changed since the last sync began, by the CRM's
/// own stamps; then every member id, to find who was removed or moved to the trash (and who came back,
/// read whole); then the groups' members, as a full sync does.
///
/// Where the CRM lists members in slices (MemberSlices), several pages are on their way at once
/// (setRequestsInFlight) and still written one after another in order; a server that ignores the
/// slices is read page after page instead.
/// Each page is written in one transaction together with the cursor after it, so a sync that is
/// cancelled, fails or is killed resumes where it stopped, and the cache never holds half a page. Pages
/// are written by a SyncWriter on a thread of its own while the next one is fetched and decoded; a
/// first sync into an empty cache builds the sort indexes once, after the last page (Cache::beginBulkLoad),
/// while the groups' members are fetched.
/// Members the CRM no longer lists are removed when a sync completes (unless they have unsent edits).
/// A CRM that cannot list its members (no ListMembers) is synced by reading each cached member again
/// (LookupRefresh), reported as the Members phase.
class SyncEngine : public QObject {
    Q_OBJECT
public:
    /// Checking: a changes-only sync lists every member id to find who is gone.
    enum class Phase { Groups, Members, Checking, Memberships, Done };
    Q_ENUM(Phase)
    enum class Scope {
        Auto, ///< only what changed, where the CRM can tell and no full sync is due (SyncPlan)
        Full, ///< every member read again
    };

    SyncEngine(Cache* cache, CrmBackend* backend, QObject* parent = nullptr);
    ~SyncEngine() override;

    void setPageSize(int members) { m_pageSize = members; }
    /// Member ids per page of a group's members; default 25,000 (ids are short: few requests, cheap rows).
    void setGroupPageSize(int ids) { m_groupPageSize = std::max(1, ids); }
    /// Pages on their way at once where the CRM lists members in slices (MemberSlices); default 4.
    void setRequestsInFlight(int requests) { m_inFlight = std::max(1, requests); }
    bool isRunning() const { return m_running; }
    /// Starts, or resumes an interrupted sync (a full one asked for while a changes-only one was
    /// interrupted starts anew). finished() follows exactly once, from the event loop.
    void start(Scope scope = Scope::Auto);
    /// Whether the running (or last) sync reads only what changed.
    bool readsChangesOnly() const { return m_plan.changesOnly; }
    /// Stops after aborting the request in flight; what was written stays, and the next start resumes.
    void cancel();

    qint64 membersWritten() const { return m_membersWritten; }

    /// A record the CRM sent that the cache does not keep (too large, no id), and why.
    struct Skipped {
        QString id;
        QString reason;
    };
    /// The records the last sync left out; kept in the cache until the next sync starts.
    QList<Skipped> skipped() const { return m_skipped; }
    /// Whether the cache holds an interrupted sync that start() would resume.
    static bool hasInterruptedSync(const Cache& cache);

Q_SIGNALS:
    /// Another process (or window) is syncing the same cache: this sync starts when it ends.
    void waitingForOtherSync();
    /// total is -1 while unknown.
    void progress(crm::SyncEngine::Phase phase, qint64 done, qint64 total);
    void finished(const crm::CrmError& error);

private:
    void begin();
    /// Asks for the CRM's newest change stamp, beside the sync's first requests; the next sync reads
    /// the changes from it on.
    void readStartStamp();
    void fetchGroups();
    /// After the groups: every member, or only the changed ones.
    void listAfterGroups();
    void listChanged(const QString& cursor);
    void onChangedPage(CrmCall* call);
    /// Writes changed members as not yet seen in this generation: the id listing marks who is still there.
    void takeChangedPage(MemberPage page);
    void listIds(const QString& cursor);
    void listIdSlices(const QStringList& slices);
    void takeIdPage(const MemberIdPage& page);
    /// Reads whole the members the id listing found and the cache lacks, then the memberships.
    void fetchUnknown();
    /// Runs next once every queued write is done.
    void afterWrites(std::function<void()> next);
    /// Leaves out (and reports) records the cache cannot hold; true when any was left out.
    bool dropUnkeepable(QList<Member>& members);
    /// Reads the members after cursor: in slices, several at once, where the CRM offers them.
    void listMembers(const QString& cursor);
    void listSlices(const QStringList& slices);
    /// Asks for pages whose cursors the first page told, side by side, and takes them in order.
    void listLaterPages(const QStringList& cursors);
    /// Makes pipeline the member pages' (handing pages on while the writer has room).
    void useMemberPipeline(OrderedRequests* pipeline);
    /// Whether a pipeline's answer is to be taken: the sync runs and the answer is no error (which
    /// fails the sync).
    bool takesAnswer(const OrderedRequests::Answer& answer);
    CrmCall* requestMemberPage(const QString& cursor);
    void onMemberPage(CrmCall* call);
    /// Hands a page to the writer with the cursor after it; on the last, starts the memberships.
    void takePage(MemberPage page);
    void onWritten(const CrmError& error);
    SyncWriter* writer();
    /// Waits for the writer's queued pages, then lets it go.
    void dropWriter();
    void startMemberships(int groupIndex, const QString& groupCursor);
    void requestGroupPage();
    /// Sends the request held back for a busy writer, once the writer has room.
    void releaseHeldRequest();
    void complete();
    void fail(const CrmError& error);
    void finish(const CrmError& error);
    CrmError stuckCursor() const;
    void track(CrmCall* call);

    Cache* m_cache;
    CrmBackend* m_backend;
    int m_pageSize = 1000;
    int m_groupPageSize = 25000;
    int m_inFlight = 4;
    QPointer<OrderedRequests> m_slices;      ///< the slices on their way, while members are read in slices
    QPointer<OrderedRequests> m_groupSlices; ///< the groups' pages on their way
    bool m_slicesIgnored = false;            ///< the CRM ignored a slice: page after page for this sync
    QString m_lastCursor;                    ///< the cursor after the last page handed to the writer
    bool m_running = false;
    qint64 m_gen = 0;
    qint64 m_total = -1;
    qint64 m_done = 0;
    qint64 m_membersWritten = 0;
    QElapsedTimer m_clock;
    QStringList m_groupIds;
    int m_groupIndex = 0; ///< the group whose members are being fetched
    int m_groupsDone = 0; ///< groups whose members are all written
    QString m_groupCursor;
    QList<QPointer<CrmCall>> m_calls;

    /// Pages handed to the writer and not yet written; with more, the next request waits. A group page
    /// is only ids, so more of them may wait while the writer builds the sort indexes.
    static constexpr int kMaxMemberPagesQueued = 2;
    static constexpr int kMaxGroupPagesQueued = 16;
    struct Write {
        enum Kind { MemberPage, IndexBuild, GroupPage, IdPage } kind = MemberPage;
        qint64 members = 0;
        bool lastPage = false;
    };
    std::unique_ptr<SyncWriter> m_writer;
    std::vector<std::unique_ptr<SyncWriter>> m_retired; ///< writers done with, to delete off their signal
    QPointer<LookupRefresh> m_refresh;
    QQueue<Write> m_writes;              ///< what each queued writer job stands for, in order
    qint64 m_received = 0;               ///< members received in this generation, written or queued
    bool m_choicesRead = false;          ///< this sync has read the CRM's lists already
    std::function<void()> m_heldRequest; ///< the next page to ask for once the writer catches up
    bool m_fetched = false;              ///< every page has been received and queued
    QList<Skipped> m_skipped;
    Scope m_scope = Scope::Auto;
    SyncPlan m_plan;                     ///< of the running sync
    QString m_startStamp;                ///< the CRM's newest change stamp as this sync began
    QPointer<CrmCall> m_idPlan;          ///< the id listing's slices, asked for as a changes-only sync begins
    qint64 m_checked = 0;                ///< ids listed in the Checking phase
    std::function<void()> m_afterWrites; ///< what follows once the writer is idle
    std::unique_ptr<QLockFile> m_lock;   ///< held from start to finish
    QPointer<QTimer> m_lockRetry;        ///< set while waiting for another sync
    QSet<QString> m_cursorsAsked;        ///< member-page cursors asked for in this run
    QSet<QString> m_groupCursorsAsked;   ///< group-page cursors of the current group
};

} // namespace crm
