#pragma once

#include <QWidget>

class QTableView;

namespace crm {

class GroupsTableModel;

/// The Groups tab: every cached group with its member count; opening one lists its members.
class GroupsView : public QWidget {
    Q_OBJECT
public:
    explicit GroupsView(QWidget* parent = nullptr);
    GroupsTableModel* model() const { return m_model; }

Q_SIGNALS:
    /// A group was opened (double-click or Enter).
    void groupOpened(const QString& groupId);

private:
    GroupsTableModel* m_model;
    QTableView* m_table;
};

} // namespace crm
