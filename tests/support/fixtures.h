#pragma once

// Recorded answers under tests/data/<crm>/, as the codec tests read them.
#include <QFile>
#include <QString>

namespace crm {

inline QByteArray recordedAnswer(const char* crm, const QString& name)
{
    QFile f(QStringLiteral(CRM_TEST_DATA "/") + QLatin1String(crm) + QLatin1Char('/') + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s/%s", crm, qPrintable(name));
    return f.readAll();
}

} // namespace crm
