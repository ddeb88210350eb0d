#include "groupsview.h"

#include "models/groupstablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace crm {

GroupsView::GroupsView(QWidget* parent) : QWidget(parent), m_model(new GroupsTableModel(this))
{
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("groupTable"));
    m_table->setAccessibleName(tr("Groups"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    // A CRM has tens of groups, not millions: sizing columns to their contents is cheap.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(GroupsTableModel::Title, QHeaderView::Stretch);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& i) {
        Q_EMIT groupOpened(m_model->data(i, GroupsTableModel::GroupIdRole).toString());
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr(
        "Open a group (double-click or Enter) to list its members. Smart groups are computed by the CRM.")));
    layout->addWidget(m_table);
}

} // namespace crm
