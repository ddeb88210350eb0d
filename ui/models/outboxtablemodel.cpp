#include "outboxtablemodel.h"

namespace crm {

OutboxTableModel::OutboxTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void OutboxTableModel::setStore(OutboxStore* store, OutboxEntry::Names names)
{
    m_store = store;
    m_names = std::move(names);
    refresh();
}

void OutboxTableModel::refresh()
{
    beginResetModel();
    m_entries = m_store ? m_store->open() : QList<OutboxEntry>();
    endResetModel();
}

qint64 OutboxTableModel::entryId(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries[row].id : 0;
}

int OutboxTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int OutboxTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboxTableModel::stateText(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Pending:
        return tr("Waiting");
    case OutboxEntry::State::Sending:
        return tr("Sending");
    case OutboxEntry::State::Failed:
        return tr("Refused");
    case OutboxEntry::State::Conflict:
        return tr("Conflict");
    case OutboxEntry::State::Done:
        return tr("Done");
    case OutboxEntry::State::Undone:
        return tr("Undone");
    }
    return {};
}

QVariant OutboxTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() || role != Qt::DisplayRole)
        return {};
    const OutboxEntry& e = m_entries[index.row()];
    switch (index.column()) {
    case State:
        return stateText(e.state);
    case Edit:
        return e.describe(m_names);
    case Problem:
        return e.error;
    case ServerHasNow:
        if (e.state != OutboxEntry::State::Conflict)
            return {};
        return tr("%1 %2 <%3>")
            .arg(e.serverSnapshot.value(QLatin1String("first_name")).toString(),
                 e.serverSnapshot.value(QLatin1String("last_name")).toString(),
                 e.serverSnapshot.value(QLatin1String("email")).toString());
    }
    return {};
}

QVariant OutboxTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case State:
        return tr("State");
    case Edit:
        return tr("Edit");
    case Problem:
        return tr("Problem");
    case ServerHasNow:
        return tr("Server has now");
    }
    return {};
}

} // namespace crm
