#pragma once

#include <QString>

class QHeaderView;
class QSettings;
class QSplitter;
class QWidget;

namespace crm {

/// Keeps how a person arranged the window between runs, in the user's settings (never anything secret):
/// the window's size and place and where the members table and the detail panel divide, and for each
/// connection the members table's columns (widths, order, which are shown, the sort).
namespace ViewMemory {

void saveWindow(const QWidget* window);
/// False when nothing was saved yet (the window keeps its first size).
bool restoreWindow(QWidget* window);
void saveMembersLayout(const QString& connection, const QHeaderView* header, const QSplitter* split);
/// False when no columns were saved for this connection yet (the caller's defaults stay); the divider
/// is restored whenever one was saved.
bool restoreMembersLayout(const QString& connection, QHeaderView* header, QSplitter* split);

} // namespace ViewMemory
} // namespace crm
