#pragma once

#include "outbox/outboxstore.h"

#include <QDialog>

class QTableWidget;

namespace crm {

/// A change the CRM's newer version conflicts with, field by field: the value the change was based on,
/// the value it asked for and the server's value now, with a choice per field of which to keep. Keeping
/// any of the user's values sends those again; keeping none withdraws the change.
class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    ConflictDialog(const OutboxEntry& entry, const OutboxEntry::Names& names, QWidget* parent = nullptr);

    /// The fields whose own value the user keeps.
    QStringList kept() const;

private:
    QTableWidget* m_table;
    QStringList m_fields;
};

} // namespace crm
