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

    static FaultPlan fromJson(const QJsonObject& o);
    QJsonObject toJson() const;
};
