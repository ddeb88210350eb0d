#pragma once

#include "importplan.h"

#include "domain/crmerror.h"
#include "domain/member.h"

#include <QObject>
#include <QSet>

namespace crm {

class Cache;
class CrmBackend;
class CrmCall;

/// Carries out the planned rows of an import against the CRM, a bounded number at a time, and records
/// each result in the cache's import journal together with the member it created or changed, in one
/// transaction. Running the same file again (after Cancel, a lost connection or a crash) finds the
/// journal: rows done before are reported as such and not sent again; a row whose creation was sent
/// but never confirmed is looked for in the CRM first (by e-mail) and only created if it is not there,
/// and is left as failed, not sent twice, where the CRM cannot be asked.
class ImportRunner : public QObject {
    Q_OBJECT
public:
    ImportRunner(Cache* cache, CrmBackend* backend, QObject* parent = nullptr);

    /// Requests in flight at once (1 to 16).
    void setConcurrency(int n) { m_concurrency = std::clamp(n, 1, 16); }
    /// Runs the rows (as decided by ImportPlan::decide); finished() follows, from the event loop.
    void start(const QByteArray& fingerprint, QList<ImportRow> rows);
    /// Stops sending: requests in flight finish, the rest are NotSent.
    void cancel();
    bool isRunning() const { return m_running; }
    const QList<ImportRow>& rows() const { return m_rows; }

Q_SIGNALS:
    /// done of total planned rows have an outcome.
    void progress(int done, int total);
    /// The run ended; error is why it stopped early (cancelled, CRM unreachable), or none.
    void finished(const crm::CrmError& error);

private:
    void pump();
    void send(int index);
    void create(int index, const QVariantMap& fields);
    void settle(int index, ImportRow::Outcome outcome, const QString& memberId, const QString& reason,
                const Member* member = nullptr, bool addToGroup = false);
    void fail(int index, const CrmError& error);
    /// The journal's entry for a row: state ("sending" or "done"), outcome, member id, reason.
    QStringList journal(qint64 row) const;
    bool writeJournal(qint64 row, const QString& state, const ImportRow& r);

    Cache* m_cache;
    CrmBackend* m_backend;
    QByteArray m_file;
    QList<ImportRow> m_rows;
    QList<int> m_queue;
    int m_next = 0;
    /// Rows whose creation lost its answer once in this run: looked for, then sent at most once more.
    QSet<qint64> m_lostOnce;
    int m_inFlight = 0;
    int m_done = 0;
    int m_total = 0;
    int m_concurrency = 4;
    bool m_running = false;
    CrmError m_stop;
};

} // namespace crm
