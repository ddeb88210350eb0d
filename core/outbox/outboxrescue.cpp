#include "outboxrescue.h"

#include "cache/cache.h"
#include "profiles/privatefiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUuid>

namespace crm::OutboxRescue {

namespace {
const QStringList kColumns{
    QStringLiteral("op"),         QStringLiteral("member_id"),       QStringLiteral("group_id"),
    QStringLiteral("payload"),    QStringLiteral("base_modified"),   QStringLiteral("state"),
    QStringLiteral("error_kind"), QStringLiteral("error"),           QStringLiteral("error_code"),
    QStringLiteral("attempts"),   QStringLiteral("server_snapshot"), QStringLiteral("created_at"),
    QStringLiteral("updated_at")};

struct Words {
    Q_DECLARE_TR_FUNCTIONS(OutboxRescue)
};
} // namespace

QList<QJsonObject> read(const QString& cachePath, QString* error)
{
    QList<QJsonObject> rows;
    const QString name = QStringLiteral("crm-rescue-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // Read-only: the damaged file stays as it is. Edits still in its WAL are read too; a file whose
        // WAL cannot be used is read as it stands.
        db.setDatabaseName(cachePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open() || !QSqlQuery(db).exec(QStringLiteral("SELECT 1 FROM outbox LIMIT 1"))) {
            db.close();
            db.setDatabaseName(QStringLiteral("file:") +
                               QString::fromUtf8(QUrl::toPercentEncoding(cachePath, "/")) +
                               QStringLiteral("?immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        }
        if (!db.isOpen() && !db.open()) {
            if (error)
                *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(
                    QStringLiteral("SELECT %1 FROM outbox WHERE state NOT IN ('done','undone') ORDER BY id")
                        .arg(kColumns.join(QStringLiteral(", "))))) {
                if (error)
                    *error = q.lastError().text();
            } else {
                while (q.next()) {
                    QJsonObject row;
                    for (int i = 0; i < kColumns.size(); ++i)
                        row.insert(kColumns[i], QJsonValue::fromVariant(q.value(i)));
                    rows.append(row);
                }
                if (q.lastError().isValid() && error)
                    *error = q.lastError().text();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

QString save(const QList<QJsonObject>& rows, const QString& folder, const QString& profileName,
             QString* error)
{
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = Words::tr("cannot make the folder %1").arg(QDir::toNativeSeparators(folder));
        return {};
    }
    QString safe = profileName;
    for (QChar& c : safe)
        if (!c.isLetterOrNumber() && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    const QString path = QDir(folder).filePath(
        QStringLiteral("crm-console-unsent-edits-%1-%2.json")
            .arg(safe, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    QJsonArray list;
    for (const QJsonObject& r : rows)
        list.append(r);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) ||
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("profile"), profileName},
                                          {QStringLiteral("unsent_edits"), list}})
                    .toJson(QJsonDocument::Indented)) < 0 ||
        !f.commit()) {
        if (error)
            *error = f.errorString();
        return {};
    }
    PrivateFiles::tighten(path);
    return path;
}

QString setAside(const QString& cachePath, QString* error)
{
    const QString aside = cachePath + QStringLiteral(".damaged-") +
                          QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (!QFile::rename(cachePath, aside)) {
        if (error)
            *error = Words::tr("cannot move %1 aside").arg(QDir::toNativeSeparators(cachePath));
        return {};
    }
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        if (QFileInfo::exists(cachePath + QLatin1String(suffix)))
            QFile::rename(cachePath + QLatin1String(suffix), aside + QLatin1String(suffix));
    QFile::remove(Cache::damageNoteFor(cachePath));
    return aside;
}

CrmError restore(Cache& cache, const QList<QJsonObject>& rows)
{
    if (rows.isEmpty())
        return {};
    if (CrmError e = cache.beginWrite())
        return e;
    QSqlQuery q(cache.database());
    QStringList marks;
    for (int i = 0; i < kColumns.size(); ++i)
        marks.append(QStringLiteral("?"));
    q.prepare(QStringLiteral("INSERT INTO outbox(%1) VALUES (%2)")
                  .arg(kColumns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    for (const QJsonObject& row : rows) {
        for (const QString& column : kColumns) {
            QVariant v = row.value(column).toVariant();
            if (column == QLatin1String("state") && v.toString() == QLatin1String("sending"))
                v = QStringLiteral("pending"); // sent before: the outbox looks for its record first
            if (!v.isValid() || v.isNull())
                v = column == QLatin1String("attempts") ? QVariant(0) : QVariant(QStringLiteral(""));
            q.addBindValue(v);
        }
        if (!q.exec()) {
            const QString why = q.lastError().text();
            cache.database().rollback();
            return CrmError(CrmError::Kind::Local, {}, 0,
                            Words::tr("could not put the unsent edits back: %1").arg(why));
        }
    }
    if (!cache.database().commit())
        return CrmError(CrmError::Kind::Local, {}, 0, cache.database().lastError().text());
    return {};
}

} // namespace crm::OutboxRescue
