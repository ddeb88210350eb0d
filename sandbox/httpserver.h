#pragma once

#include "faultplan.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
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
};

/// A small HTTP/1.1 server over QTcpServer with keep-alive, made for emulating CRM servers: it gives
/// the emulator full control of the socket so faults (dropped connections, truncated bodies, hangs)
/// are real. Paths under /_sandbox/ control it: POST /_sandbox/faults sets the FaultPlan (JSON body),
/// GET /_sandbox/faults reads it, GET /_sandbox/stats counts requests.
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
    QHash<QTcpSocket*, Connection> m_connections;
    qint64 m_requests = 0;
    qint64 m_apiRequests = 0;
    qint64 m_pathRequests = 0; ///< API requests to FaultPlan::onlyPath since the plan was set
    QMap<QString, qint64> m_byPath;
};
