#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QUrl>

/// A crm-sandbox process on a free loopback port, for tests and benchmarks: real HTTP, real sockets.
class SandboxProcess {
public:
    SandboxProcess() = default;
    ~SandboxProcess();
    /// Starts crm-sandbox with the given members and extra arguments; false if it did not come up.
    bool start(int members, const QStringList& extraArgs = {}, quint16 port = 0);
    void kill();
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    QUrl url() const { return m_url; }
    quint16 port() const { return quint16(m_url.port()); }
    /// Replaces the fault plan (see FaultPlan in sandbox/faultplan.h).
    bool setFaults(const QJsonObject& faults);
    /// The sandbox's request counters.
    QJsonObject stats();
    /// The counters, set back to zero.
    QJsonObject takeStats();
    /// POSTs to one of the emulator's controls (e.g. /_sandbox/oauth2/expire); its JSON answer.
    QJsonObject control(const QString& path);
    /// One raw API call, as another CRM user would make it. Returns the JSON answer.
    QJsonObject call(const QString& entity, const QString& action, const QJsonObject& params);

    static QString apiKey() { return QStringLiteral("sandbox-api-key"); }
    static QString siteKey() { return QStringLiteral("sandbox-site-key"); }

private:
    QByteArray request(const QString& path, const QByteArray& body, const QByteArray& contentType);
    QProcess m_process;
    QUrl m_url;
};
