#pragma once

#include "costmodel.h"
#include "faultplan.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QUrlQuery>
#include <functional>

class QTcpServer;
class QTcpSocket;

struct SandboxRequest {
    QByteArray method;
    QString path;
    QUrlQuery query;
    QMap<QByteArray, QByteArray> headers; ///< names in lower case
    QByteArray body;
    /// The form fields of a urlencoded body, or of the query string for GET.
    QMap<QString, QString> formFields() const;
};

struct SandboxReply {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    /// What answering cost the server, for its CostModel: API calls made (a CiviCRM chain is one per
    /// record) and records returned.
    int calls = 1;
    qint64 rows = 0;
};

/// A small HTTP/1.1 server over QTcpServer with keep-alive, made for emulating CRM servers: it gives
/// the emulator full control of the socket so faults (dropped connections, truncated bodies, hangs)
/// are real. Paths under /_sandbox/ control it: POST /_sandbox/faults sets the FaultPlan (JSON body),
/// GET /_sandbox/faults reads it, GET /_sandbox/stats counts requests, API calls and rows returned (POST
/// resets them).
class SandboxHttpServer : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<SandboxReply(const SandboxRequest&)>;

    explicit SandboxHttpServer(Handler handler, QObject* parent = nullptr);
    /// Answers over TLS with this certificate and key (PEM files) from listen() on; false when they
    /// cannot be read. Call before listen().
    bool useTls(const QString& certificatePem, const QString& keyPem);
    /// Listens on 127.0.0.1:port (0 picks a free port). Returns the port, or 0 on failure.
    quint16 listen(quint16 port);
    void setFaults(const FaultPlan& faults) { m_faults = faults; }
    /// Answers no sooner than a real server with this cost would (see CostModel).
    void setCost(const CostModel& cost)
    {
        m_cost = cost;
        m_pool = WorkerPool(cost.workers);
    }
    const FaultPlan& faults() const { return m_faults; }

private:
    struct Connection {
        QByteArray buffer;
        bool busy = false;
    };
    void acceptConnections();
    void onReadyRead(QTcpSocket* socket);
    void handle(QTcpSocket* socket, const SandboxRequest& request);
    void write(QTcpSocket* socket, const SandboxReply& reply, qsizetype cutAt = -1, bool trickled = false);
    void trickle(QTcpSocket* socket, const QByteArray& bytes);
    void writeHuge(QTcpSocket* socket, qint64 bytes);
    SandboxReply control(const SandboxRequest& request);

    Handler m_handler;
    QTcpServer* m_server;
    FaultPlan m_faults;
    CostModel m_cost;
    WorkerPool m_pool;
    QHash<QTcpSocket*, Connection> m_connections;
    qint64 m_requests = 0;
    qint64 m_apiRequests = 0;
    qint64 m_pathRequests = 0; ///< API requests the plan is narrowed to since it was set
    QMap<QString, qint64> m_byPath;
    qint64 m_apiCalls = 0; ///< what the answers cost (SandboxReply::calls, rows), since stats were reset
    qint64 m_rows = 0;
    QSet<QByteArray> m_userAgents; ///< as a server's access log names the clients
};
