#pragma once

#include <QWidget>

class QTableView;

namespace crm {

class OutboxTableModel;
class ProfileSession;

/// The Outbox tab: the edits the CRM has not accepted yet, with Send now, Retry (keep my version) and
/// Discard (keep the server's). It reads the outbox again when refresh() is called.
class OutboxView : public QWidget {
    Q_OBJECT
public:
    explicit OutboxView(QWidget* parent = nullptr);

    void setSession(ProfileSession* session);
    void refresh();
    int entryCount() const;

private:
    qint64 selectedEntry() const;

    ProfileSession* m_session = nullptr;
    OutboxTableModel* m_model;
    QTableView* m_table;
};

} // namespace crm
