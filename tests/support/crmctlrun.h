#pragma once

// crmctl as a script runs it: a real process in a home of its own (XDG config and data under it).
#include <QProcess>
#include <QString>
#include <QStringList>

struct CrmctlRun {
    int code = -1; ///< -1: it did not end in time, or crashed
    QString out;
    QString err;
};

inline QProcessEnvironment crmctlEnvironment(const QString& home)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    e.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    e.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/state"));
    return e;
}

/// Runs crmctl with args and input on stdin; a command that has not ended in waitMs is killed.
inline CrmctlRun runCrmctl(const QString& home, const QStringList& args, const QByteArray& input = {},
                           int waitMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(crmctlEnvironment(home));
    p.start(QStringLiteral(CRM_BIN_DIR "/crmctl"), args);
    p.write(input);
    p.closeWriteChannel();
    CrmctlRun r;
    if (!p.waitForFinished(waitMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
