#pragma once

#include <QDateTime>
#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace crm {

/// One change in a member's history, in words.
struct HistoryLine {
    qint64 entryId = 0;
    QDateTime when;
    QString change; ///< "Edit Ana Dent: First name “Ana” → “Lukas”"
    QString status; ///< "waiting", "sent", "refused: …", "conflict: …", "undone"
};

/// What the console changed on a member, newest first, and what became of each change; Undo (Ctrl+Z
/// in the window) takes the last one back.
class HistoryTab : public QWidget {
    Q_OBJECT
public:
    explicit HistoryTab(QWidget* parent = nullptr);

    void showHistory(const QList<HistoryLine>& lines, bool canUndo);

Q_SIGNALS:
    void undoRequested();

private:
    QTreeWidget* m_list;
    QPushButton* m_undo;
};

} // namespace crm
