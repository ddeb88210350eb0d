#include "httpserver.h"

#include <algorithm>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <functional>
#include <memory>

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QByteArray errorPage(int status)
{
    return "<!DOCTYPE html>\n<html><head><title>" + QByteArray::number(status) + ' ' + reasonPhrase(status) +
           "</title></head><body><h1>" + reasonPhrase(status) +
           "</h1><p>The server encountered an error.</p>"
           "</body></html>\n";
}

/// The answer with one record (found by its id in a "values" list or map) swollen by a field of mb MB.
QByteArray bloated(const QByteArray& body, const QString& id, int mb)
{
    QJsonDocument doc = QJsonDocument::fromJson(body);
    QJsonObject answer = doc.object();
    const QJsonValue values = answer.value(QLatin1String("values"));
    auto swell = [&](QJsonObject record) {
        record.insert(QStringLiteral("note"), QString(mb * 1024 * 1024, QLatin1Char('x')));
        return record;
    };
    auto matches = [&id](const QJsonObject& r) {
        const QJsonValue v = r.value(QLatin1String("id"));
        return (v.isString() ? v.toString() : QString::number(v.toInteger())) == id;
    };
    if (values.isArray()) {
        QJsonArray list = values.toArray();
        for (qsizetype i = 0; i < list.size(); ++i)
            if (matches(list[i].toObject()))
                list[i] = swell(list[i].toObject());
        answer.insert(QStringLiteral("values"), list);
    } else if (values.isObject()) {
        QJsonObject map = values.toObject();
        if (map.contains(id))
            map.insert(id, swell(map.value(id).toObject()));
        answer.insert(QStringLiteral("values"), map);
    } else {
        return body;
    }
    return QJsonDocument(answer).toJson(QJsonDocument::Compact);
}

/// The request as a server that ignores paging would read it: CiviCRM's id cursor ({">": N}) and
/// offset dropped, REMP's page set back to 1.
/// The request's JSON parameters changed by edit (form-encoded CiviCRM requests only).
SandboxRequest withParams(SandboxRequest r, const std::function<void(QJsonObject&)>& edit)
{
    if (!r.headers.value("content-type").startsWith("application/x-www-form-urlencoded"))
        return r;
    QByteArray e = r.body;
    e.replace('+', "%20");
    QUrlQuery q(QString::fromLatin1(e));
    if (!q.hasQueryItem(QStringLiteral("json")))
        return r;
    QJsonObject params =
        QJsonDocument::fromJson(q.queryItemValue(QStringLiteral("json"), QUrl::FullyDecoded).toUtf8())
            .object();
    edit(params);
    q.removeAllQueryItems(QStringLiteral("json"));
    q.addQueryItem(QStringLiteral("json"), QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(
                                               QJsonDocument(params).toJson(QJsonDocument::Compact)))));
    r.body = q.toString(QUrl::FullyEncoded).toLatin1();
    r.headers.insert("content-length", QByteArray::number(r.body.size()));
    return r;
}

SandboxRequest withoutRanges(const SandboxRequest& r)
{
    return withParams(r, [](QJsonObject& params) {
        if (params.value(QLatin1String("id")).toObject().contains(QLatin1String("BETWEEN")))
            params.remove(QStringLiteral("id"));
    });
}

SandboxRequest withoutModified(const SandboxRequest& r)
{
    return withParams(r, [](QJsonObject& params) { params.remove(QStringLiteral("modified_date")); });
}

SandboxRequest withoutCursor(SandboxRequest r)
{
    if (!r.headers.value("content-type").startsWith("application/x-www-form-urlencoded"))
        return r;
    QByteArray e = r.body;
    e.replace('+', "%20");
    QUrlQuery q(QString::fromLatin1(e));
    if (q.hasQueryItem(QStringLiteral("json"))) {
        QJsonObject params =
            QJsonDocument::fromJson(q.queryItemValue(QStringLiteral("json"), QUrl::FullyDecoded).toUtf8())
                .object();
        if (params.value(QLatin1String("id")).isObject())
            params.remove(QStringLiteral("id"));
        QJsonObject options = params.value(QLatin1String("options")).toObject();
        options.remove(QStringLiteral("offset"));
        params.insert(QStringLiteral("options"), options);
        q.removeAllQueryItems(QStringLiteral("json"));
        q.addQueryItem(QStringLiteral("json"), QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(
                                                   QJsonDocument(params).toJson(QJsonDocument::Compact)))));
    }
    if (q.hasQueryItem(QStringLiteral("page"))) {
        q.removeAllQueryItems(QStringLiteral("page"));
        q.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
    }
    r.body = q.toString(QUrl::FullyEncoded).toLatin1();
    r.headers.insert("content-length", QByteArray::number(r.body.size()));
    return r;
}

} // namespace

QMap<QString, QString> SandboxRequest::formFields() const
{
    QMap<QString, QString> out;
    auto add = [&out](const QByteArray& encoded) {
        QByteArray e = encoded;
        e.replace('+', "%20");
        const QUrlQuery q(QString::fromLatin1(e));
        for (const auto& [k, v] : q.queryItems(QUrl::FullyDecoded))
            out.insert(k, v);
    };
    add(query.toString(QUrl::FullyEncoded).toLatin1());
    if (headers.value("content-type").startsWith("application/x-www-form-urlencoded"))
        add(body);
    return out;
}

SandboxHttpServer::SandboxHttpServer(Handler handler, QObject* parent)
    : QObject(parent), m_handler(std::move(handler)), m_server(new QTcpServer(this))
{
    acceptConnections();
}

bool SandboxHttpServer::useTls(const QString& certificatePem, const QString& keyPem)
{
    QFile certFile(certificatePem);
    QFile keyFile(keyPem);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return false;
    const QSslCertificate certificate(&certFile, QSsl::Pem);
    const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
    if (certificate.isNull() || key.isNull())
        return false;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    auto* server = new QSslServer(this);
    server->setSslConfiguration(config);
    delete m_server;
    m_server = server;
    acceptConnections();
    return true;
}

void SandboxHttpServer::acceptConnections()
{
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket* socket = m_server->nextPendingConnection()) {
            m_connections.insert(socket, {});
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_connections.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

quint16 SandboxHttpServer::listen(quint16 port)
{
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return 0;
    return m_server->serverPort();
}

void SandboxHttpServer::onReadyRead(QTcpSocket* socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->buffer += socket->readAll();
    while (!it->busy) {
        const qsizetype headerEnd = it->buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = it->buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        SandboxRequest request;
        request.method = requestLine.value(0);
        const QUrl url(QString::fromLatin1(requestLine.value(1)));
        request.path = url.path();
        request.query = QUrlQuery(url.query(QUrl::FullyEncoded));
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (it->buffer.size() < headerEnd + 4 + length)
            return;
        request.body = it->buffer.mid(headerEnd + 4, length);
        it->buffer.remove(0, headerEnd + 4 + length);
        it->busy = true;
        handle(socket, request);
        it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
    }
}

SandboxReply SandboxHttpServer::control(const SandboxRequest& request)
{
    SandboxReply reply;
    if (request.path == QLatin1String("/_sandbox/faults")) {
        if (request.method == "POST") {
            // "Every N" counts from the moment a plan is set, so a test's faults land where it means.
            m_faults = FaultPlan::fromJson(QJsonDocument::fromJson(request.body).object());
            m_apiRequests = 0;
            m_pathRequests = 0;
        }
        reply.body = QJsonDocument(m_faults.toJson()).toJson(QJsonDocument::Compact);
    } else if (request.path == QLatin1String("/_sandbox/stats")) {
        QJsonObject byPath;
        for (auto it = m_byPath.cbegin(); it != m_byPath.cend(); ++it)
            byPath.insert(it.key(), it.value());
        QJsonObject stats{{QStringLiteral("requests"), m_requests},
                          {QStringLiteral("api_requests"), m_apiRequests},
                          {QStringLiteral("by_call"), byPath},
                          {QStringLiteral("api_calls"), m_apiCalls},
                          {QStringLiteral("rows"), m_rows}};
        QStringList agents;
        for (const QByteArray& agent : std::as_const(m_userAgents))
            agents.append(QString::fromLatin1(agent));
        agents.sort();
        stats.insert(QStringLiteral("user_agents"), QJsonArray::fromStringList(agents));
        if (request.method == "POST") {
            m_apiRequests = 0;
            m_byPath.clear();
            m_apiCalls = 0;
            m_rows = 0;
            m_userAgents.clear();
        }
        reply.body = QJsonDocument(stats).toJson(QJsonDocument::Compact);
    } else {
        // The emulator's own controls (e.g. expiring its OAuth2 tokens), or a 404 from it.
        reply = m_handler(request);
    }
    return reply;
}

void SandboxHttpServer::handle(QTcpSocket* socket, const SandboxRequest& request)
{
    ++m_requests;
    if (request.path.startsWith(QLatin1String("/_sandbox/"))) {
        write(socket, control(request));
        return;
    }
    const qint64 n = ++m_apiRequests;
    m_userAgents.insert(request.headers.value("user-agent"));
    FaultPlan f = m_faults;
    // A plan for one path (or one kind of call) leaves the others alone and counts only the requests to it.
    const bool narrowed = !f.onlyPath.isEmpty() || !f.onlyMatching.isEmpty();
    const auto matches = [&f](const SandboxRequest& r) {
        if (!f.onlyPath.isEmpty() && r.path != f.onlyPath)
            return false;
        if (f.onlyMatching.isEmpty())
            return true;
        const QMap<QString, QString> fields = r.formFields();
        return std::any_of(fields.cbegin(), fields.cend(),
                           [&f](const QString& v) { return v.contains(f.onlyMatching); });
    };
    const qint64 counted = !narrowed ? n : (matches(request) ? ++m_pathRequests : 0);
    if (counted == 0)
        f = FaultPlan{};
    auto hits = [counted](int every) { return every > 0 && counted > 0 && counted % every == 0; };

    SandboxReply reply;
    qsizetype cut = -1;
    if (hits(f.dropEvery)) {
        socket->abort();
        return;
    }
    if (hits(f.hangEvery))
        return; // the client's timeout has to deal with it; the connection stays busy
    if (f.applyThenDropAt > 0 && counted == f.applyThenDropAt) {
        m_handler(request); // carried out; the answer is lost on the way
        m_byPath[request.path] += 1;
        socket->abort();
        return;
    }
    if (!f.redirectTo.isEmpty() && (f.redirectEvery == 0 || hits(f.redirectEvery))) {
        reply.status = 307;
        reply.contentType = "text/html; charset=UTF-8";
        reply.body = "<!DOCTYPE html><html><body>Moved</body></html>\n";
        QByteArray target = f.redirectTo.toUtf8() + request.path.toUtf8();
        if (!request.query.isEmpty())
            target += '?' + request.query.toString(QUrl::FullyEncoded).toLatin1();
        reply.headers.append({"Location", target});
        write(socket, reply);
        return;
    }
    if (f.hugeMb > 0) {
        writeHuge(socket, qint64(f.hugeMb) * 1024 * 1024);
        return;
    }
    if (hits(f.failEvery)) {
        reply.status = f.failStatus;
        reply.contentType = "text/html; charset=UTF-8";
        reply.body = errorPage(f.failStatus);
        if (f.retryAfterSeconds > 0)
            reply.headers.append({"Retry-After", QByteArray::number(f.retryAfterSeconds)});
    } else if (hits(f.htmlEvery)) {
        reply.contentType = "text/html; charset=UTF-8";
        reply.body =
            "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Log in | Example site</title></head>"
            "<body><form id=\"user-login\" action=\"/user/login\" method=\"post\"><input name=\"name\">"
            "<input name=\"pass\" type=\"password\"></form></body></html>\n";
    } else if (hits(f.malformedEvery)) {
        reply.body = R"({"is_error":0,"version":3,"count":2,"values":[{"id":"1",,"display_name":"x"}]})";
    } else {
        reply = m_handler(f.ignoreCursor     ? withoutCursor(request)
                          : f.ignoreRanges   ? withoutRanges(request)
                          : f.ignoreModified ? withoutModified(request)
                                             : request);
        m_byPath[request.path] += 1;
        m_apiCalls += reply.calls;
        m_rows += reply.rows;
        if (!f.bloatId.isEmpty() && f.bloatMb > 0 && reply.contentType.startsWith("application/json"))
            reply.body = bloated(reply.body, f.bloatId, f.bloatMb);
        if (hits(f.truncateEvery))
            cut = reply.body.size() / 2;
    }
    qint64 delay = f.latencyMs;
    if (!m_cost.isFree())
        delay += m_pool.delayFor(m_cost.costMs(reply.calls, reply.rows));
    if (delay > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(delay, this, [this, guard, reply, cut, f] {
            if (guard)
                write(guard, reply, cut, f.trickleMs > 0);
        });
        return;
    }
    write(socket, reply, cut, f.trickleMs > 0);
}

void SandboxHttpServer::trickle(QTcpSocket* socket, const QByteArray& bytes)
{
    // One byte at a time: never silent for long, never done. The connection stays busy.
    auto at = std::make_shared<qsizetype>(0);
    auto* timer = new QTimer(socket);
    connect(timer, &QTimer::timeout, socket, [socket, timer, at, bytes] {
        if (*at >= bytes.size()) {
            timer->stop();
            return;
        }
        socket->write(bytes.mid((*at)++, 1));
    });
    timer->start(m_faults.trickleMs);
}

void SandboxHttpServer::writeHuge(QTcpSocket* socket, qint64 bytes)
{
    // Streamed as the client reads, so the sandbox never holds it: a JSON start, then spaces.
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"
                  "{\"is_error\":0,\"values\":[");
    auto left = std::make_shared<qint64>(bytes);
    const QByteArray chunk(64 * 1024, ' ');
    auto more = [socket, left, chunk] {
        while (*left > 0 && socket->bytesToWrite() < 4 * chunk.size()) {
            socket->write(chunk);
            *left -= chunk.size();
        }
        if (*left <= 0)
            socket->disconnectFromHost();
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, more);
    more();
}

void SandboxHttpServer::write(QTcpSocket* socket, const SandboxReply& reply, qsizetype cutAt, bool trickled)
{
    const QByteArray body = cutAt >= 0 ? reply.body.left(cutAt) : reply.body;
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    if (reply.status != 204)
        head += "Content-Type: " + reply.contentType +
                "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto& [k, v] : reply.headers)
        head += k + ": " + v + "\r\n";
    head += "Connection: keep-alive\r\n\r\n";
    if (trickled) {
        // The head at once, then the body a byte at a time: moving, never silent, never done.
        socket->write(head);
        trickle(socket, body);
        return;
    }
    socket->write(head + body);
    auto it = m_connections.find(socket);
    if (it != m_connections.end()) {
        it->busy = false;
        if (!it->buffer.isEmpty())
            QTimer::singleShot(0, this, [this, s = QPointer<QTcpSocket>(socket)] {
                if (s)
                    onReadyRead(s);
            });
    }
}
