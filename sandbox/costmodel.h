#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

/// What an answer costs a real server, so that the sandbox answers when a real one would: a PHP site
/// bootstraps for every REST request (requestMs), runs each API call (callMs; CiviCRM runs a chained call
/// once per returned record), and spends time per returned row (rowUs). A pool of `workers` (PHP-FPM's
/// pm.max_children) serves requests one at a time each; a request waits for a free worker. All zero:
/// answers go out as soon as they are made, as before.
struct CostModel {
    double requestMs = 0;
    double callMs = 0;
    double rowUs = 0;
    int workers = 0; ///< 0: as many as there are requests

    /// "REQUEST_MS,CALL_MS,ROW_US", e.g. "100,2,20"; false when it is not three numbers.
    static bool parse(const QString& spec, CostModel* into);
    bool isFree() const { return requestMs <= 0 && callMs <= 0 && rowUs <= 0; }
    /// The time one answer costs, in milliseconds.
    double costMs(int calls, qint64 rows) const
    {
        return requestMs + calls * callMs + double(rows) * rowUs / 1000.0;
    }
};

/// The server's worker pool on a clock: when an answer that costs this much, asked for now, is ready.
class WorkerPool {
public:
    explicit WorkerPool(int workers = 0);
    /// Milliseconds from now until the answer is ready: at once on a free worker, else after the first
    /// worker to come free has finished what it was given.
    qint64 delayFor(double costMs);

private:
    QElapsedTimer m_clock;
    QList<double> m_freeAt; ///< per worker, in ms on m_clock
};
