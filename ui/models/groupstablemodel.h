#pragma once

#include "domain/member.h"

#include <QAbstractTableModel>

namespace crm {

class Cache;

/// The cached groups with their member counts; smart groups are marked as computed by the CRM.
class GroupsTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Title, Type, Members, Id, ColumnCount };
    enum Role { GroupIdRole = Qt::UserRole + 1, SmartRole };

    explicit GroupsTableModel(QObject* parent = nullptr);
    void setCache(Cache* cache);
    void refresh();
    const Group* group(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Cache* m_cache = nullptr;
    QList<Group> m_groups;
};

} // namespace crm
