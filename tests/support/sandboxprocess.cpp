#include "sandboxprocess.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

SandboxProcess::~SandboxProcess()
{
    kill();
}

bool SandboxProcess::start(int members, const QStringList& extraArgs, quint16 port)
{
    QStringList args{QStringLiteral("--kind"), QStringLiteral("civicrm"),   QStringLiteral("--port"),
                     QString::number(port),    QStringLiteral("--members"), QString::number(members),
                     QStringLiteral("--seed"), QStringLiteral("42")};
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral(CRM_BIN_DIR "/crm-sandbox"), args + extraArgs);
    if (!m_process.waitForStarted(5000))
        return false;
    while (m_process.waitForReadyRead(20000)) {
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            if (line.startsWith(QLatin1String("listening "))) {
                m_url = QUrl(line.mid(10));
                return true;
            }
        }
    }
    return false;
}

void SandboxProcess::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QByteArray SandboxProcess::request(const QString& path, const QByteArray& body, const QByteArray& contentType)
{
    QNetworkAccessManager nam;
    QUrl u = m_url;
    u.setPath(path);
    QNetworkRequest r(u);
    r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply* reply = body.isNull() ? nam.get(r) : nam.post(r, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray out = reply->readAll();
    delete reply;
    return out;
}

bool SandboxProcess::setFaults(const QJsonObject& faults)
{
    return !request(QStringLiteral("/_sandbox/faults"), QJsonDocument(faults).toJson(), "application/json")
                .isEmpty();
}

QJsonObject SandboxProcess::stats()
{
    return QJsonDocument::fromJson(
               request(QStringLiteral("/_sandbox/stats"), QByteArray(), "application/json"))
        .object();
}

QJsonObject SandboxProcess::takeStats()
{
    return QJsonDocument::fromJson(request(QStringLiteral("/_sandbox/stats"), "{}", "application/json"))
        .object();
}

QJsonObject SandboxProcess::control(const QString& path)
{
    return QJsonDocument::fromJson(request(path, QByteArrayLiteral("{}"), "application/json")).object();
}

QJsonObject SandboxProcess::call(const QString& entity, const QString& action, const QJsonObject& params)
{
    auto field = [](const char* name, const QString& value) -> QByteArray {
        return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
    };
    const QByteArray body =
        field("entity", entity) + '&' + field("action", action) + '&' + field("api_key", apiKey()) + '&' +
        field("key", siteKey()) + '&' +
        field("json", QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact)));
    return QJsonDocument::fromJson(request(m_url.path(), body, "application/x-www-form-urlencoded")).object();
}
