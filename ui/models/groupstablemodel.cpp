#include "groupstablemodel.h"

#include "cache/cache.h"

namespace crm {

GroupsTableModel::GroupsTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void GroupsTableModel::setCache(Cache* cache)
{
    m_cache = cache;
    refresh();
}

void GroupsTableModel::refresh()
{
    beginResetModel();
    m_groups = m_cache ? m_cache->groups() : QList<Group>();
    endResetModel();
}

const Group* GroupsTableModel::group(int row) const
{
    return row >= 0 && row < m_groups.size() ? &m_groups.at(row) : nullptr;
}

int GroupsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int GroupsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupsTableModel::data(const QModelIndex& index, int role) const
{
    const Group* g = index.isValid() ? group(index.row()) : nullptr;
    if (!g)
        return {};
    if (role == GroupIdRole)
        return g->id;
    if (role == SmartRole)
        return g->smart;
    if (role == Qt::ToolTipRole)
        return g->smart
                   ? tr("%1\nA smart group: the CRM computes its members; they cannot be changed by hand.")
                         .arg(g->description)
                   : g->description;
    if (role == Qt::TextAlignmentRole && index.column() == Members)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Title:
        return g->title;
    case Type:
        return g->smart ? tr("Smart (computed)") : tr("Static");
    case Members:
        return g->memberCount;
    case Id:
        return g->id;
    }
    return {};
}

QVariant GroupsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Group");
    case Type:
        return tr("Type");
    case Members:
        return tr("Members");
    case Id:
        return tr("ID");
    }
    return {};
}

} // namespace crm
