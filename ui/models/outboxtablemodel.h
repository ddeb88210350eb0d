#pragma once

#include "outbox/outboxstore.h"

#include <QAbstractTableModel>

namespace crm {

/// The outbox's open entries: what each edit is, where it stands, the CRM's reason when it refused, and
/// for a conflict what the CRM has now. Read again on refresh(); the outbox holds tens of entries.
class OutboxTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { State, Edit, Problem, ServerHasNow, ColumnCount };

    explicit OutboxTableModel(QObject* parent = nullptr);
    /// Shows store's entries (nullptr: none), naming members, groups and fields with names.
    void setStore(OutboxStore* store, OutboxEntry::Names names = {});
    void refresh();
    /// The entry shown in row, or 0.
    qint64 entryId(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// How the entries' ids read as names.
    const OutboxEntry::Names& names() const { return m_names; }

private:
    static QString stateText(OutboxEntry::State state);

    OutboxStore* m_store = nullptr;
    OutboxEntry::Names m_names;
    QList<OutboxEntry> m_entries;
};

} // namespace crm
