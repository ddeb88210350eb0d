#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace crm {

/// One way of writing dates and times everywhere in the window: the user's locale's short format, in local
/// time ("07.12.26 05:22" in German, "12/7/26 5:22 AM" in American English).
namespace ShownDate {

QString at(const QDateTime& when);
QString day(const QDate& date);
QString time(const QDateTime& when);
/// A date or time as a CRM writes it ("2020-01-02 06:39:30", ISO 8601 with or without a zone, or a bare
/// "2020-01-02") in the window's format; text that is no date comes back as it is. A time without a
/// zone is the server's wall-clock time and is shown as such.
QString fromServer(const QString& text);

} // namespace ShownDate
} // namespace crm
