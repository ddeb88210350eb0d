#include "syncengine.h"

#include "logging/logcategories.h"
#include "lookuprefresh.h"

#include "backends/crmbackend.h"
#include "cache/cache.h"
#include "net/crmcall.h"
#include "orderedrequests.h"
#include "syncwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QTimer>

#include <utility>

namespace crm {

namespace {
const QString kPhase = QStringLiteral("sync.phase");
const QString kGen = QStringLiteral("sync.gen");
const QString kCursor = QStringLiteral("sync.cursor");
const QString kDone = QStringLiteral("sync.done");
const QString kGroupIndex = QStringLiteral("sync.group_index");
const QString kGroupCursor = QStringLiteral("sync.group_cursor");
const QString kTotal = QStringLiteral("sync.total");
const QString kSkipped = QStringLiteral("sync.skipped");
const QString kMode = QStringLiteral("sync.mode");       ///< "changes" for a changes-only sync
const QString kSince = QStringLiteral("sync.since");     ///< the stamp a changes-only sync reads from
const QString kStarted = QStringLiteral("sync.started"); ///< the CRM's newest stamp as the sync began
const QString kChanges = QStringLiteral("changes");

/// Ids per page of a changes-only sync's id listing: rows of one short field, cheap for the server.
constexpr int kIdsPerPage = 5000;

/// A record larger than this is not cached: it is reported and the sync goes on without it.
constexpr qsizetype kMaxRecordBytes = qsizetype(16) * 1024 * 1024;

QString skippedJson(const QList<SyncEngine::Skipped>& skipped)
{
    QJsonArray a;
    for (const auto& s : skipped)
        a.append(QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("reason"), s.reason}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<SyncEngine::Skipped> skippedFrom(const QString& json)
{
    QList<SyncEngine::Skipped> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array())
        out.append({v.toObject().value(QLatin1String("id")).toString(),
                    v.toObject().value(QLatin1String("reason")).toString()});
    return out;
}
} // namespace

SyncEngine::SyncEngine(Cache* cache, CrmBackend* backend, QObject* parent)
    : QObject(parent), m_cache(cache), m_backend(backend)
{
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::dropWriter()
{
    if (!m_writer)
        return;
    m_writer->flush();
    m_writer->disconnect(this);
    // Not deleted here: this may run inside the writer's own done() signal. Deleted from the event loop,
    // or with the engine when no event loop runs again (a crmctl command that ends): either way its
    // connection closes and its open marker goes.
    m_retired.push_back(std::move(m_writer));
    QMetaObject::invokeMethod(
        this, [this] { m_retired.clear(); }, Qt::QueuedConnection);
    m_writes.clear();
}

bool SyncEngine::hasInterruptedSync(const Cache& cache)
{
    return !cache.state(kPhase).isEmpty();
}

void SyncEngine::track(CrmCall* call)
{
    m_calls.removeAll(nullptr);
    m_calls.append(call);
}

void SyncEngine::start(Scope scope)
{
    if (m_running)
        return;
    m_running = true;
    m_scope = scope;
    m_clock.start();
    qCInfo(lcSync) << "sync of" << m_cache->filePath() << "starts"
                   << (scope == Scope::Full ? "(full)" : "(what changed, where the CRM can tell)");
    // One sync per cache at a time, across processes: a second waits for the first, then resumes or
    // refreshes from where it left the cache. QLockFile takes over a lock whose process has died.
    m_lock = std::make_unique<QLockFile>(m_cache->filePath() + QStringLiteral(".sync.lock"));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        Q_EMIT waitingForOtherSync();
        auto* retry = new QTimer(this);
        m_lockRetry = retry;
        connect(retry, &QTimer::timeout, this, [this, retry] {
            if (!m_lock->tryLock(0))
                return;
            retry->deleteLater();
            begin();
        });
        retry->start(250);
        return;
    }
    begin();
}

void SyncEngine::begin()
{
    if (!m_backend->has<MemberListing>()) {
        // Nothing to list: the members looked up so far are read again.
        auto* refresh = new LookupRefresh(m_cache, m_backend, this);
        refresh->setRequestsInFlight(m_inFlight);
        m_refresh = refresh;
        connect(refresh, &LookupRefresh::progress, this,
                [this](qint64 done, qint64 total) { Q_EMIT progress(Phase::Members, done, total); });
        connect(refresh, &LookupRefresh::finished, this, [this, refresh](const CrmError& e) {
            m_running = false;
            m_membersWritten = refresh->refreshed();
            refresh->deleteLater();
            finish(e);
        });
        refresh->start();
        return;
    }
    m_membersWritten = 0;
    m_received = 0;
    m_fetched = false;
    m_cursorsAsked.clear();
    m_groupCursorsAsked.clear();
    m_checked = 0;
    const QString phase = m_cache->state(kPhase);
    const bool changesInterrupted = m_cache->state(kMode) == kChanges;
    if (phase.isEmpty() || (m_scope == Scope::Full && changesInterrupted)) {
        m_gen = m_cache->state(kGen).toLongLong() + 1;
        m_done = 0;
        m_total = -1;
        m_skipped.clear();
        m_plan = SyncPlan::decide(*m_cache, m_backend->facet<MemberChanges>(), m_scope == Scope::Full,
                                  QDateTime::currentDateTimeUtc());
        m_startStamp.clear();
        if (CrmError e = m_cache->setState({{kGen, QString::number(m_gen)},
                                            {kPhase, QStringLiteral("groups")},
                                            {kSkipped, QString()},
                                            {kMode, m_plan.changesOnly ? kChanges : QString()},
                                            {kSince, m_plan.since},
                                            {kStarted, QString()},
                                            {kCursor, QString()},
                                            {kDone, QString()},
                                            {kTotal, QString()}})) {
            fail(e);
            return;
        }
        if (!m_plan.changesOnly)
            m_cache->beginBulkLoad(); // only when the cache is empty: a first sync
        readStartStamp();
        if (m_plan.changesOnly) {
            // The id listing's ranges, planned beside the first requests: one round trip fewer later. A
            // contact added after it falls in the last, open-ended range.
            m_idPlan = m_backend->facet<MemberSlices>()->planSlices({}, kIdsPerPage);
            track(m_idPlan);
        }
        fetchGroups();
        return;
    }
    // Resume where the interrupted sync stopped, in the same generation.
    m_plan.changesOnly = changesInterrupted;
    m_plan.since = m_cache->state(kSince);
    m_startStamp = m_cache->state(kStarted);
    m_gen = m_cache->state(kGen).toLongLong();
    m_skipped = skippedFrom(m_cache->state(kSkipped));
    m_done = m_cache->state(kDone).toLongLong();
    m_received = m_done;
    const QString total = m_cache->state(kTotal);
    m_total = total.isEmpty() ? -1 : total.toLongLong();
    if (phase == QLatin1String("members"))
        listMembers(m_cache->state(kCursor));
    else if (phase == QLatin1String("changed"))
        listChanged(m_cache->state(kCursor));
    else if (phase == QLatin1String("ids"))
        listIds(m_cache->state(kCursor));
    else if (phase == QLatin1String("unknown"))
        fetchUnknown();
    else if (phase == QLatin1String("memberships"))
        startMemberships(m_cache->state(kGroupIndex).toInt(), m_cache->state(kGroupCursor));
    else
        fetchGroups();
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    if (m_lockRetry) {
        delete m_lockRetry;
        fail(CrmError(CrmError::Kind::Cancelled));
        return;
    }
    if (m_refresh)
        m_refresh->cancel();
    const auto calls = m_calls;
    for (const auto& c : calls)
        if (c)
            c->cancel();
}

void SyncEngine::fail(const CrmError& error)
{
    m_running = false;
    m_heldRequest = nullptr;
    m_afterWrites = nullptr;
    if (m_slices)
        m_slices->cancel();
    if (m_groupSlices)
        m_groupSlices->cancel();
    for (const auto& c : std::as_const(m_calls))
        if (c && !c->isFinished())
            c->cancel();
    m_calls.clear();
    // Pages already received are written (each with its cursor), so the next sync resumes after them.
    dropWriter();
    m_cache->finishBulkLoad(); // what was written stays sortable; the next sync resumes without bulk mode
    finish(error);
}

void SyncEngine::fetchGroups()
{
    // The lists that name ids come first: a record shown during the sync already reads "Home", not "1".
    // A changes-only sync keeps the lists: a full one, due now and then, reads them again.
    if (ChoiceLists* lists = m_backend->facet<ChoiceLists>();
        lists && !m_choicesRead && !m_plan.changesOnly) {
        CrmCall* read = lists->fetchChoices();
        track(read);
        connect(read, &CrmCall::finished, this, [this, read] {
            if (!read->ok()) {
                fail(read->error());
                return;
            }
            if (CrmError e = m_cache->choices().replace(read->value<QList<Choice>>())) {
                fail(e);
                return;
            }
            m_choicesRead = true;
            fetchGroups();
        });
        return;
    }
    m_choicesRead = false;
    Q_EMIT progress(Phase::Groups, 0, -1);
    if (m_total < 0) {
        CrmCall* count = m_backend->facet<MemberListing>()->countMembers();
        track(count);
        connect(count, &CrmCall::finished, this, [this, count] {
            if (count->ok() && m_running) {
                m_total = count->value<qint64>();
                m_cache->setState({{kTotal, QString::number(m_total)}});
            }
        });
    }
    const QString listing = m_plan.changesOnly ? QStringLiteral("changed") : QStringLiteral("members");
    GroupBook* groups = m_backend->facet<GroupBook>();
    if (!groups) {
        m_cache->setState({{kPhase, listing}});
        listAfterGroups();
        return;
    }
    CrmCall* call = groups->fetchGroups();
    track(call);
    connect(call, &CrmCall::finished, this, [this, call, listing] {
        if (!call->ok()) {
            fail(call->error());
            return;
        }
        if (CrmError e = m_cache->writeGroups(call->value<QList<Group>>(),
                                              {{kPhase, listing}, {kCursor, QString()}})) {
            fail(e);
            return;
        }
        listAfterGroups();
    });
}

void SyncEngine::readStartStamp()
{
    MemberChanges* changes = m_backend->facet<MemberChanges>();
    if (!changes)
        return;
    CrmCall* call = changes->newestChange();
    track(call);
    // Not waited for: a sync whose stamp never came keeps the last one, which reads more next time, not less.
    connect(call, &CrmCall::finished, this, [this, call] {
        if (!call->ok() || !m_running)
            return;
        m_startStamp = call->value<QString>();
        m_cache->setState({{kStarted, m_startStamp}});
    });
}

void SyncEngine::listAfterGroups()
{
    if (m_plan.changesOnly)
        listChanged({});
    else
        listMembers({});
}

CrmError SyncEngine::stuckCursor() const
{
    return CrmError(
        CrmError::Kind::Protocol, {}, 0,
        tr("the CRM sent a page that does not lead on (its paging cursor did not move); the server "
           "ignores the paging the console asks for"));
}

void SyncEngine::listMembers(const QString& cursor)
{
    m_lastCursor = cursor;
    MemberSlices* slices = m_backend->facet<MemberSlices>();
    if (!slices || m_slicesIgnored || m_inFlight < 2) {
        requestMemberPage(cursor);
        return;
    }
    CrmCall* plan = slices->planSlices(cursor, m_pageSize);
    track(plan);
    connect(plan, &CrmCall::finished, this, [this, plan] {
        if (!m_running)
            return;
        if (!plan->ok())
            return fail(plan->error());
        listSlices(plan->value<QStringList>());
    });
}

void SyncEngine::listSlices(const QStringList& slices)
{
    MemberSlices* source = m_backend->facet<MemberSlices>();
    const auto fetch = [this, source](const QString& slice) {
        return [this, source, slice] {
            CrmCall* call = source->fetchMemberSlice(slice, m_pageSize);
            track(call);
            return static_cast<CrmCall*>(call);
        };
    };
    auto* pipeline = new OrderedRequests(
        m_inFlight,
        [this, fetch](const OrderedRequests::Answer& answer) {
            if (!m_running)
                return false;
            if (answer.error.code == CrmError::SlicesIgnored) {
                // Read on page after page from the last page taken; what came in slices stays.
                m_slicesIgnored = true;
                const QString from = m_lastCursor;
                QMetaObject::invokeMethod(
                    this, [this, from] { requestMemberPage(from); }, Qt::QueuedConnection);
                return false;
            }
            if (!takesAnswer(answer))
                return false;
            MemberPage page = answer.as<MemberPage>();
            if (!page.rest.isEmpty())
                m_slices->enqueueNext(fetch(page.rest));
            takePage(std::move(page));
            return true;
        },
        this);
    useMemberPipeline(pipeline);
    for (const QString& slice : slices)
        pipeline->enqueue(fetch(slice));
}

bool SyncEngine::takesAnswer(const OrderedRequests::Answer& answer)
{
    if (!m_running)
        return false;
    if (answer.error)
        fail(answer.error);
    return !answer.error;
}

void SyncEngine::useMemberPipeline(OrderedRequests* pipeline)
{
    if (m_slices)
        m_slices->deleteLater(); // the last sync's, idle
    m_slices = pipeline;
    pipeline->setReady([this] {
        qsizetype memberPages = 0;
        for (const Write& w : std::as_const(m_writes))
            memberPages += w.kind == Write::MemberPage || w.kind == Write::IdPage;
        return memberPages < kMaxMemberPagesQueued;
    });
}

void SyncEngine::listLaterPages(const QStringList& cursors)
{
    MemberListing* listing = m_backend->facet<MemberListing>();
    auto expected = std::make_shared<QStringList>(cursors.mid(1)); // what each page must lead to
    auto* pipeline = new OrderedRequests(
        m_inFlight,
        [this, expected](const OrderedRequests::Answer& answer) {
            if (!takesAnswer(answer))
                return false;
            MemberPage page = answer.as<MemberPage>();
            // Each page must lead to the next one asked for, and the last must say it is: a server that
            // ignores the page number would otherwise hand the first page over and over.
            const QString next = expected->isEmpty() ? QString() : expected->takeFirst();
            if (next.isEmpty() ? !page.last : (page.last || page.nextCursor != next)) {
                fail(stuckCursor());
                return false;
            }
            takePage(std::move(page));
            return true;
        },
        this);
    useMemberPipeline(pipeline);
    for (const QString& cursor : cursors)
        pipeline->enqueue([this, listing, cursor] {
            CrmCall* call = listing->fetchMemberPage(cursor, m_pageSize);
            track(call);
            return static_cast<CrmCall*>(call);
        });
}

CrmCall* SyncEngine::requestMemberPage(const QString& cursor)
{
    m_cursorsAsked.insert(cursor);
    CrmCall* call = m_backend->facet<MemberListing>()->fetchMemberPage(cursor, m_pageSize);
    track(call);
    connect(call, &CrmCall::finished, this, [this, call] { onMemberPage(call); });
    return call;
}

SyncWriter* SyncEngine::writer()
{
    if (!m_writer) {
        m_writer = std::make_unique<SyncWriter>(m_cache->filePath());
        connect(m_writer.get(), &SyncWriter::done, this, &SyncEngine::onWritten);
    }
    return m_writer.get();
}

void SyncEngine::onMemberPage(CrmCall* call)
{
    if (!m_running)
        return;
    if (!call->ok()) {
        fail(call->error());
        return;
    }
    MemberPage page = call->value<MemberPage>();
    // A server that ignores the cursor sends the same page forever: a page must lead somewhere new.
    if (!page.last && m_cursorsAsked.contains(page.nextCursor)) {
        fail(stuckCursor());
        return;
    }
    const bool last = page.last;
    const QString cursor = page.nextCursor;
    const QStringList later = page.laterPages;
    takePage(std::move(page));
    if (last)
        return;
    if (!later.isEmpty() && later.first() == cursor && m_inFlight > 1) {
        listLaterPages(later);
        return;
    }
    // The next page is received while this one is written; a writer that falls behind holds it back.
    m_heldRequest = [this, cursor] { requestMemberPage(cursor); };
    releaseHeldRequest();
}

void SyncEngine::takePage(MemberPage page)
{
    const bool skipped = dropUnkeepable(page.members);
    m_received += page.members.size();
    m_lastCursor = page.nextCursor;
    QMap<QString, QString> state{{kCursor, page.nextCursor}, {kDone, QString::number(m_received)}};
    if (skipped)
        state.insert(kSkipped, skippedJson(m_skipped));
    if (page.last) {
        state.insert(kPhase, QStringLiteral("memberships"));
        state.insert(kGroupIndex, QStringLiteral("0"));
        state.insert(kGroupCursor, QString());
    }
    m_writes.enqueue({Write::MemberPage, qint64(page.members.size()), page.last});
    writer()->writePage(page.members, m_gen, state);
    if (page.last) {
        m_writes.enqueue({Write::IndexBuild});
        writer()->finishBulkLoad();
        // The groups' members are fetched while the writer builds the sort indexes.
        startMemberships(0, {});
    }
}

bool SyncEngine::dropUnkeepable(QList<Member>& members)
{
    // One record the cache cannot hold is reported and left out, not a wall every later sync runs into.
    const qsizetype before = m_skipped.size();
    members.removeIf([this](const Member& m) {
        if (m.id.isEmpty()) {
            m_skipped.append({QString(), tr("a record without an id")});
            return true;
        }
        if (const qsizetype bytes = m.raw.json().size(); bytes > kMaxRecordBytes) {
            m_skipped.append({m.id, tr("a record of %1 MB, more than the %2 MB the console keeps")
                                        .arg(double(bytes) / (1024 * 1024), 0, 'f', 1)
                                        .arg(kMaxRecordBytes / (1024 * 1024))});
            return true;
        }
        return false;
    });
    return m_skipped.size() != before;
}

void SyncEngine::releaseHeldRequest()
{
    if (!m_heldRequest)
        return;
    qsizetype memberPages = 0;
    qsizetype groupPages = 0;
    for (const Write& w : std::as_const(m_writes)) {
        memberPages += w.kind == Write::MemberPage || w.kind == Write::IdPage;
        groupPages += w.kind == Write::GroupPage;
    }
    if (memberPages < kMaxMemberPagesQueued && groupPages < kMaxGroupPagesQueued)
        std::exchange(m_heldRequest, nullptr)();
}

void SyncEngine::onWritten(const CrmError& error)
{
    if (!m_running || m_writes.isEmpty())
        return;
    const Write write = m_writes.dequeue();
    if (error) {
        fail(error);
        return;
    }
    if (write.kind == Write::GroupPage && write.lastPage)
        ++m_groupsDone;
    if (write.kind == Write::GroupPage || write.kind == Write::IndexBuild)
        Q_EMIT progress(Phase::Memberships, m_groupsDone, m_groupIds.size());
    if (write.kind == Write::MemberPage) {
        m_done += write.members;
        m_membersWritten += write.members;
        Q_EMIT progress(Phase::Members, m_done, m_plan.changesOnly ? -1 : m_total);
    }
    if (write.kind == Write::IdPage) {
        m_checked += write.members;
        Q_EMIT progress(Phase::Checking, m_checked, m_total);
    }
    releaseHeldRequest();
    if (m_slices)
        m_slices->pump();
    if (m_groupSlices)
        m_groupSlices->pump();
    if (m_writes.isEmpty() && m_afterWrites)
        std::exchange(m_afterWrites, nullptr)();
    else if (m_fetched && m_writes.isEmpty())
        complete();
}

void SyncEngine::startMemberships(int groupIndex, const QString& groupCursor)
{
    m_groupIds.clear();
    // A CRM that cannot list a group's members keeps the memberships the console changed.
    if (m_backend->has<GroupMemberListing>())
        for (const Group& g : m_cache->groups())
            m_groupIds.append(g.id);
    m_groupIndex = groupIndex;
    m_groupsDone = groupIndex;
    m_groupCursor = groupCursor;
    if (m_writes.isEmpty()) // otherwise the writer's progress follows
        Q_EMIT progress(Phase::Memberships, m_groupsDone, m_groupIds.size());
    requestGroupPage();
}

void SyncEngine::requestGroupPage()
{
    if (m_groupIndex >= m_groupIds.size()) {
        m_fetched = true;
        if (m_writes.isEmpty())
            complete();
        return;
    }
    // Every group's first page on its way at once (the rest of a long group right after its page),
    // written in the order of the groups, each with where the next one starts.
    GroupMemberListing* listing = m_backend->facet<GroupMemberListing>();
    const auto fetch = [this, listing](const QString& groupId, const QString& cursor) {
        return [this, listing, groupId, cursor] {
            CrmCall* call = listing->fetchGroupMemberPage(groupId, cursor, m_groupPageSize);
            track(call);
            return static_cast<CrmCall*>(call);
        };
    };
    struct Asked {
        int index;
        QString cursor;
    };
    auto asked = std::make_shared<QList<Asked>>(); // what each answer, in order, was asked for
    auto* pipeline = new OrderedRequests(
        m_inFlight,
        [this, fetch, asked](const OrderedRequests::Answer& answer) {
            if (!takesAnswer(answer))
                return false;
            const Asked was = asked->takeFirst();
            const QString groupId = m_groupIds.at(was.index);
            const GroupMemberPage page = answer.as<GroupMemberPage>();
            // A server that ignores the cursor sends the same page forever: a page must lead on.
            if (!page.last &&
                (page.nextCursor == was.cursor || m_groupCursorsAsked.contains(page.nextCursor))) {
                fail(stuckCursor());
                return false;
            }
            m_groupCursorsAsked.insert(was.cursor);
            if (page.last) {
                m_groupIndex = was.index + 1;
                m_groupCursor.clear();
                m_groupCursorsAsked.clear();
            } else {
                m_groupIndex = was.index;
                m_groupCursor = page.nextCursor;
                asked->insert(0, {was.index, page.nextCursor});
                m_groupSlices->enqueueNext(fetch(groupId, page.nextCursor));
            }
            m_writes.enqueue({Write::GroupPage, 0, page.last});
            writer()->writeGroupMembers(
                groupId, page.memberIds, m_gen, page.last,
                {{kGroupIndex, QString::number(m_groupIndex)}, {kGroupCursor, m_groupCursor}});
            if (page.last && m_groupIndex >= m_groupIds.size()) {
                m_fetched = true;
                if (m_writes.isEmpty())
                    complete();
            }
            return true;
        },
        this);
    if (m_groupSlices)
        m_groupSlices->deleteLater(); // the last sync's, idle
    m_groupSlices = pipeline;
    pipeline->setReady([this] {
        qsizetype groupPages = 0;
        for (const Write& w : std::as_const(m_writes))
            groupPages += w.kind == Write::GroupPage;
        return groupPages < kMaxGroupPagesQueued;
    });
    for (int i = m_groupIndex; i < m_groupIds.size(); ++i) {
        const QString cursor = i == m_groupIndex ? m_groupCursor : QString();
        asked->append({i, cursor});
        pipeline->enqueue(fetch(m_groupIds.at(i), cursor));
    }
}

void SyncEngine::afterWrites(std::function<void()> next)
{
    if (m_writes.isEmpty())
        next();
    else
        m_afterWrites = std::move(next);
}

void SyncEngine::listChanged(const QString& cursor)
{
    m_cursorsAsked.insert(cursor);
    CrmCall* call = m_backend->facet<MemberChanges>()->fetchChangedMembers(m_plan.since, cursor, m_pageSize);
    track(call);
    connect(call, &CrmCall::finished, this, [this, call] { onChangedPage(call); });
}

void SyncEngine::onChangedPage(CrmCall* call)
{
    if (!m_running)
        return;
    if (!call->ok())
        return fail(call->error());
    MemberPage page = call->value<MemberPage>();
    if (!page.last && m_cursorsAsked.contains(page.nextCursor))
        return fail(stuckCursor());
    const bool last = page.last;
    const QString cursor = page.nextCursor;
    takeChangedPage(std::move(page));
    if (last)
        return;
    m_heldRequest = [this, cursor] { listChanged(cursor); };
    releaseHeldRequest();
}

void SyncEngine::takeChangedPage(MemberPage page)
{
    const bool skipped = dropUnkeepable(page.members);
    m_received += page.members.size();
    QMap<QString, QString> state{{kCursor, page.last ? QString() : page.nextCursor},
                                 {kDone, QString::number(m_received)}};
    if (skipped)
        state.insert(kSkipped, skippedJson(m_skipped));
    if (page.last)
        state.insert(kPhase, QStringLiteral("ids"));
    m_writes.enqueue({Write::MemberPage, qint64(page.members.size()), page.last});
    // Generation 0: not yet seen in this one. A member changed and then deleted before the id listing is
    // not listed, so it goes when the sync completes.
    writer()->writePage(page.members, 0, state);
    if (page.last)
        afterWrites([this] { listIds({}); });
}

void SyncEngine::listIds(const QString& cursor)
{
    m_lastCursor = cursor;
    CrmCall* plan = cursor.isEmpty() ? m_idPlan.data() : nullptr;
    if (!plan) {
        plan = m_backend->facet<MemberSlices>()->planSlices(cursor, kIdsPerPage);
        track(plan);
    }
    const auto use = [this, plan] {
        if (!m_running)
            return;
        if (!plan->ok())
            return fail(plan->error());
        // The last range and the open end in one request: ids are cheap rows, a request is not.
        QStringList slices = plan->value<QStringList>();
        if (slices.size() >= 2) {
            slices.removeLast();
            slices.last() = slices.last().section(QLatin1Char(','), 0, 0) + QLatin1Char(',');
        }
        listIdSlices(slices);
    };
    if (plan->isFinished())
        use();
    else
        connect(plan, &CrmCall::finished, this, use);
}

void SyncEngine::listIdSlices(const QStringList& slices)
{
    MemberChanges* changes = m_backend->facet<MemberChanges>();
    const auto fetch = [this, changes](const QString& slice) {
        return [this, changes, slice] {
            CrmCall* call = changes->fetchMemberIds(slice, kIdsPerPage);
            track(call);
            return static_cast<CrmCall*>(call);
        };
    };
    auto* pipeline = new OrderedRequests(
        m_slicesIgnored ? 1 : m_inFlight,
        [this, fetch](const OrderedRequests::Answer& answer) {
            if (!m_running)
                return false;
            if (answer.error.code == CrmError::SlicesIgnored && !m_slicesIgnored) {
                // Read on from the last page taken, one open-ended slice after another.
                m_slicesIgnored = true;
                const QString from = QString::number(m_lastCursor.toLongLong() + 1) + QLatin1Char(',');
                QMetaObject::invokeMethod(
                    this, [this, from] { listIdSlices({from}); }, Qt::QueuedConnection);
                return false;
            }
            if (!takesAnswer(answer))
                return false;
            const MemberIdPage page = answer.as<MemberIdPage>();
            if (!page.rest.isEmpty())
                m_slices->enqueueNext(fetch(page.rest));
            takeIdPage(page);
            return true;
        },
        this);
    useMemberPipeline(pipeline);
    for (const QString& slice : slices)
        pipeline->enqueue(fetch(slice));
}

void SyncEngine::takeIdPage(const MemberIdPage& page)
{
    m_lastCursor = page.nextCursor;
    QMap<QString, QString> state{{kCursor, page.nextCursor}};
    if (page.last)
        state.insert({{kPhase, QStringLiteral("unknown")}, {kCursor, QString()}});
    m_writes.enqueue({Write::IdPage, qint64(page.ids.size()), page.last});
    writer()->markSeen(page.ids, m_gen, state);
    if (page.last)
        afterWrites([this] { fetchUnknown(); });
}

void SyncEngine::fetchUnknown()
{
    // Listed but not cached: created meanwhile, restored from the trash, or changed with a stamp the
    // changes did not reach.
    const QStringList unknown = m_cache->unknownMemberIds();
    const QMap<QString, QString> next{{kPhase, QStringLiteral("memberships")},
                                      {kGroupIndex, QStringLiteral("0")},
                                      {kGroupCursor, QString()}};
    if (unknown.isEmpty()) {
        if (CrmError e = m_cache->setState(next))
            return fail(e);
        startMemberships(0, {});
        return;
    }
    MemberChanges* changes = m_backend->facet<MemberChanges>();
    auto left = std::make_shared<qsizetype>(0);
    auto* pipeline = new OrderedRequests(
        m_inFlight,
        [this, left, next](const OrderedRequests::Answer& answer) {
            if (!takesAnswer(answer))
                return false;
            QList<Member> members = answer.as<QList<Member>>();
            const bool skipped = dropUnkeepable(members);
            m_received += members.size();
            QMap<QString, QString> state{{kDone, QString::number(m_received)}};
            if (skipped)
                state.insert(kSkipped, skippedJson(m_skipped));
            const bool last = --*left == 0;
            if (last)
                state.insert(next);
            m_writes.enqueue({Write::MemberPage, qint64(members.size()), last});
            writer()->writePage(members, m_gen, state);
            if (last)
                afterWrites([this] { startMemberships(0, {}); });
            return true;
        },
        this);
    useMemberPipeline(pipeline);
    for (qsizetype at = 0; at < unknown.size(); at += m_pageSize) {
        ++*left;
        const QStringList ids = unknown.mid(at, m_pageSize);
        pipeline->enqueue([this, changes, ids] {
            CrmCall* call = changes->fetchMembers(ids);
            track(call);
            return static_cast<CrmCall*>(call);
        });
    }
}

void SyncEngine::complete()
{
    dropWriter();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (CrmError e = m_cache->finishSync(m_gen, now)) {
        fail(e);
        return;
    }
    QMap<QString, QString> state = SyncPlan::completed(*m_cache, m_plan, m_startStamp, now);
    state.insert({{kPhase, QString()},
                  {kSkipped, skippedJson(m_skipped)},
                  {kCursor, QString()},
                  {kDone, QString()},
                  {kGroupIndex, QString()},
                  {kGroupCursor, QString()},
                  {kTotal, QString()},
                  {kMode, QString()},
                  {kSince, QString()},
                  {kStarted, QString()}});
    m_cache->setState(state);
    Q_EMIT progress(Phase::Done, m_done, m_done);
    m_running = false;
    m_calls.clear();
    finish({});
}

void SyncEngine::finish(const CrmError& error)
{
    if (!error)
        qCInfo(lcSync) << "sync done in" << m_clock.elapsed() << "ms:" << m_membersWritten
                       << "members written";
    else if (error.kind == CrmError::Kind::Cancelled)
        qCInfo(lcSync) << "sync cancelled after" << m_clock.elapsed() << "ms";
    else
        qCWarning(lcSync) << "sync failed after" << m_clock.elapsed() << "ms:" << int(error.kind)
                          << error.httpStatus << error.detail;
    m_lock.reset(); // unlocks, and the lock file goes
    // Always from the event loop: a resumed sync with nothing left ends inside start(), before a caller
    // waiting for finished() has started to wait.
    QMetaObject::invokeMethod(
        this, [this, error] { Q_EMIT finished(error); }, Qt::QueuedConnection);
}

} // namespace crm
