#pragma once

#include <QJsonObject>

/// Which faults the emulator injects into API answers. Each "every" counts API requests since the plan
/// was set: every 3 means requests 3, 6, 9, ... get that fault. Zero turns a fault off.
struct FaultPlan {
    int latencyMs = 0; ///< delay before every API answer
    int failEvery = 0; ///< answer with failStatus and an HTML error page
    int failStatus = 500;
    int malformedEvery = 0; ///< broken JSON
    int truncateEvery = 0;  ///< the first half of the real answer
    int htmlEvery = 0;      ///< a 200 login page instead of JSON
    int dropEvery = 0;      ///< close the connection without answering
    int hangEvery = 0;      ///< never answer
    /// the Nth API request only: carry it out, then close the connection without answering (a lost answer)
    int applyThenDropAt = 0;
    int retryAfterSeconds = 0;   ///< a Retry-After header on the failEvery answers
    int trickleMs = 0;           ///< write every answer one byte at a time, this far apart
    int hugeMb = 0;              ///< answer every API request with this many megabytes, no Content-Length
    bool ignoreCursor = false;   ///< ignore the paging cursor: every page is the first one
    bool ignoreRanges = false;   ///< ignore an id BETWEEN filter, as a server that does not know it might
    bool ignoreModified = false; ///< ignore a modified_date filter, as a CiviCRM older than 4.6 does
    /// answer every API request with 307 to this origin (the same path and query), e.g. http://127.0.0.1:9
    QString redirectTo;
    int redirectEvery = 0; ///< redirect only every Nth request (0: every one)
    /// when set, faults hit only requests to this path, and "every N" counts only those
    QString onlyPath;
    /// when set, faults hit only requests with a form field containing this text (e.g. "\"group\":5" for
    /// the CiviCRM calls that read group 5), counted like onlyPath
    QString onlyMatching;
    QString bloatId; ///< the record with this id, wherever an answer lists it, gets a field of bloatMb MB
    int bloatMb = 0;

    static FaultPlan fromJson(const QJsonObject& o);
    QJsonObject toJson() const;
};
