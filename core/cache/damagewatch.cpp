#include "damagewatch.h"

#include <QMutex>
#include <atomic>
#include <sqlite3.h>

namespace crm::DamageWatch {

namespace {
std::atomic<int> g_reports{0};
QMutex g_lock;
QString g_last;

void onSqliteLog(void*, int code, const char* message)
{
    const int primary = code & 0xff;
    if (primary != SQLITE_CORRUPT && primary != SQLITE_NOTADB)
        return;
    {
        QMutexLocker lock(&g_lock);
        g_last = QString::fromUtf8(message);
    }
    g_reports.fetch_add(1);
}
} // namespace

void install()
{
    static const bool installed = [] {
        // SQLITE_MISUSE when SQLite is already initialised: then the cache's own checks are all there is.
        return sqlite3_config(SQLITE_CONFIG_LOG, &onSqliteLog, nullptr) == SQLITE_OK;
    }();
    Q_UNUSED(installed);
}

int reports()
{
    return g_reports.load();
}

QString lastReport()
{
    QMutexLocker lock(&g_lock);
    return g_last;
}

} // namespace crm::DamageWatch
