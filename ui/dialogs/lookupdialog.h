#pragma once

#include <QDialog>
#include <QPointer>
#include <QStringList>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace crm {

class CrmCall;
class ProfileSession;

/// "Look up by e-mail" for a CRM that cannot list its members: one address or many (pasted, one a line
/// or separated by commas), looked up one after another with progress and Cancel. Each member found
/// enters the cache with their memberships, for offline reading; each address gets a row saying what
/// came of it.
class LookupDialog : public QDialog {
    Q_OBJECT
public:
    explicit LookupDialog(ProfileSession* session, QWidget* parent = nullptr);
    ~LookupDialog() override;

    void setEmails(const QString& text);
    /// Takes the e-mail addresses found in any text (a file's contents) into the list.
    void loadText(const QString& text);
    void start();
    void cancel();
    /// The ids of the members found so far.
    const QStringList& found() const { return m_found; }

Q_SIGNALS:
    /// A member entered the cache (refresh the table).
    void memberCached(const QString& id);
    void memberChosen(const QString& id);
    void lookupFinished();

private:
    void next();
    void setRow(int row, const QString& state, const QString& detail, const QString& id = {});
    void finish(const QString& summary);

    ProfileSession* m_session;
    QPlainTextEdit* m_emails;
    QPushButton* m_start;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    QTableWidget* m_results;
    QStringList m_queue;
    QStringList m_found;
    int m_index = 0;
    int m_missing = 0;
    QPointer<CrmCall> m_call;
};

} // namespace crm
