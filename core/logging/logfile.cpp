#include "logfile.h"

#include "logredaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QStandardPaths>

#include <cstdio>

namespace crm {

namespace {

struct Sink {
    QMutex lock;
    QFile file;
    bool verbose = false;
    QtMessageHandler previous = nullptr;
};

Sink& sink()
{
    static Sink s;
    return s;
}

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

/// crm-console.log -> .1 -> .2 ...; the oldest falls off.
void turnOver(QFile& file)
{
    const QString base = file.fileName();
    file.close();
    QFile::remove(base + QStringLiteral(".%1").arg(LogFile::KeptFiles));
    for (int i = LogFile::KeptFiles - 1; i >= 1; --i)
        QFile::rename(base + QStringLiteral(".%1").arg(i), base + QStringLiteral(".%1").arg(i + 1));
    QFile::rename(base, base + QStringLiteral(".1"));
    file.setFileName(base);
    file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

void write(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    Sink& s = sink();
    const QString scrubbed = LogRedaction::scrub(message);
    {
        const QMutexLocker locked(&s.lock);
        if (s.file.isOpen()) {
            const QString line =
                QStringLiteral("%1 %2 %3: %4\n")
                    .arg(QDateTime::currentDateTime().toString(Qt::ISODateWithMs),
                         QLatin1String(levelName(type)),
                         QLatin1String(context.category ? context.category : "default"), scrubbed);
            s.file.write(line.toUtf8());
            s.file.flush();
            if (s.file.size() > LogFile::TurnOverBytes)
                turnOver(s.file);
        }
    }
    if ((s.verbose || type >= QtWarningMsg) && s.previous)
        s.previous(type, context, scrubbed);
}

} // namespace

QString LogFile::path()
{
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    if (state.isEmpty())
        state = QDir::homePath() + QStringLiteral("/.local/state");
    return state + QStringLiteral("/crm-console/crm-console.log");
}

bool LogFile::install(bool verbose)
{
    Sink& s = sink();
    const QString file = path();
    bool ok = QDir().mkpath(QFileInfo(file).absolutePath());
    {
        const QMutexLocker locked(&s.lock);
        s.verbose = verbose;
        s.file.close();
        s.file.setFileName(file);
        ok = ok && s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
        if (ok && s.file.size() > TurnOverBytes)
            turnOver(s.file);
    }
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("crm.*=true")
                                             : QStringLiteral("crm.*=true\ncrm.*.debug=false"));
    QtMessageHandler before = qInstallMessageHandler(write);
    if (before != write)
        s.previous = before;
    return ok;
}

void LogFile::uninstall()
{
    Sink& s = sink();
    qInstallMessageHandler(s.previous);
    const QMutexLocker locked(&s.lock);
    s.file.close();
}

} // namespace crm
