#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace crm {

class OutboxTableModel;
class ProfileSession;

/// The Outbox tab: the edits the CRM has not accepted yet, in words, with Send now, Retry (keep my
/// version), Discard (keep the server's), Correct (a refused change opened where it was made) and
/// Resolve (a conflict settled field by field). It reads the outbox again when refresh() is called.
class OutboxView : public QWidget {
    Q_OBJECT
public:
    explicit OutboxView(QWidget* parent = nullptr);

    void setSession(ProfileSession* session);
    void refresh();
    int entryCount() const;
    /// Opens the field-by-field choice for the selected conflict.
    void resolveSelected();

Q_SIGNALS:
    /// The user asked to correct a refused change where it was made.
    void correctRequested(qint64 entryId);

private:
    qint64 selectedEntry() const;
    void updateButtons();

    ProfileSession* m_session = nullptr;
    OutboxTableModel* m_model;
    QTableView* m_table;
    QPushButton* m_correct;
    QPushButton* m_resolve;
};

} // namespace crm
