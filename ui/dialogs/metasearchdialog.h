#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace crm {

class CrmCall;
class ProfileSession;

/// "Find members by meta key": asks the CRM which members have a key (with a value, when one is
/// given) and lists them with what the cache knows of each. Opening a row selects that member.
class MetaSearchDialog : public QDialog {
    Q_OBJECT
public:
    explicit MetaSearchDialog(ProfileSession* session, QWidget* parent = nullptr);
    ~MetaSearchDialog() override;
    void search();

Q_SIGNALS:
    void memberChosen(const QString& memberId);
    void searchFinished();

private:
    ProfileSession* m_session;
    QLineEdit* m_key;
    QLineEdit* m_value;
    QPushButton* m_search;
    QLabel* m_status;
    QTableWidget* m_results;
    QPointer<CrmCall> m_call;
};

} // namespace crm
