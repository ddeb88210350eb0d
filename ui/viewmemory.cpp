#include "viewmemory.h"

#include <QCryptographicHash>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QWidget>

namespace crm::ViewMemory {

namespace {

// Settings keys hold no user text: a connection is known by a digest of its name.
QString groupFor(const QString& connection)
{
    return QStringLiteral("connections/") +
           QString::fromLatin1(
               QCryptographicHash::hash(connection.toUtf8(), QCryptographicHash::Sha1).toHex());
}

} // namespace

void saveWindow(const QWidget* window)
{
    QSettings().setValue(QStringLiteral("window/geometry"), window->saveGeometry());
}

bool restoreWindow(QWidget* window)
{
    const QByteArray geometry = QSettings().value(QStringLiteral("window/geometry")).toByteArray();
    return !geometry.isEmpty() && window->restoreGeometry(geometry);
}

void saveMembersLayout(const QString& connection, const QHeaderView* header, const QSplitter* split)
{
    if (connection.isEmpty())
        return;
    QSettings s;
    // The divider is the window's: it stays where it was put whichever connection shows.
    s.setValue(QStringLiteral("window/members_split"), split->saveState());
    s.beginGroup(groupFor(connection));
    s.setValue(QStringLiteral("members_columns"), header->saveState());
}

bool restoreMembersLayout(const QString& connection, QHeaderView* header, QSplitter* split)
{
    QSettings s;
    const QByteArray divide = s.value(QStringLiteral("window/members_split")).toByteArray();
    s.beginGroup(groupFor(connection));
    const QByteArray columns = s.value(QStringLiteral("members_columns")).toByteArray();
    const bool restored = !columns.isEmpty() && header->restoreState(columns);
    if (!divide.isEmpty())
        split->restoreState(divide);
    return restored;
}

} // namespace crm::ViewMemory
