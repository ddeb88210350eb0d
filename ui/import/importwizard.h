#pragma once

#include "bulk/importplan.h"
#include "domain/crmerror.h"

#include <QWizard>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace crm {

class ImportRunner;
class ProfileSession;

/// Imports members from a CSV file, step by step: choose the file (delimiter found or chosen, the
/// first rows shown); map its columns to member fields (guessed from the header, remembered for files
/// with the same header); choose what each row does (create, update the matching member, both, or add
/// to a group); see every row's outcome before anything is sent (the dry run, which can be saved); then
/// the run, several requests at a time, with progress, Cancel and a report per row that can be saved as
/// CSV. Running the same file again never creates anything twice (ImportRunner's journal).
class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum Page { FilePage, MappingPage, ActionPage, PreviewPage, RunPage };
    ImportWizard(ProfileSession* session, QWidget* parent = nullptr);
    ~ImportWizard() override;

    /// Reads a file as the Browse button does; false with the reason shown on the page.
    bool openFile(const QString& path);
    void setAction(ImportSettings::Action action, const QString& groupId = {});
    void setColumnField(int column, const QString& field);
    const QList<ImportRow>& decided() const { return m_decided; }
    QList<ImportRow> results() const;
    /// Writes the report of the rows shown (the dry run, or the run's results) as CSV.
    bool saveReport(const QString& path);
    bool isRunning() const;
    /// While rows are being sent, the first Cancel (or closing) stops the run instead of the wizard.
    void reject() override;

Q_SIGNALS:
    void importFinished(const crm::CrmError& error);

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    QWizardPage* buildFilePage();
    QWizardPage* buildMappingPage();
    QWizardPage* buildActionPage();
    QWizardPage* buildPreviewPage();
    QWizardPage* buildRunPage();
    void showPreview();
    void fillTable(QTableWidget* table, const QList<ImportRow>& rows);
    QString summaryText(const QList<ImportRow>& rows) const;
    ImportSettings settings() const;
    QStringList knownFields() const;
    void rememberMapping();

    ProfileSession* m_session;
    ImportPlan m_plan;
    QString m_path;
    QList<ImportRow> m_decided;
    ImportRunner* m_runner = nullptr;
    bool m_finished = false;

    QLineEdit* m_file = nullptr;
    QComboBox* m_delimiter = nullptr;
    QLabel* m_fileInfo = nullptr;
    QTableWidget* m_sample = nullptr;
    QWidget* m_mappingBox = nullptr;
    QList<QComboBox*> m_fieldCombos;
    QButtonGroup* m_actions = nullptr;
    QComboBox* m_group = nullptr;
    QLabel* m_previewSummary = nullptr;
    QTableWidget* m_previewTable = nullptr;
    QLabel* m_runSummary = nullptr;
    QProgressBar* m_progress = nullptr;
    QTableWidget* m_runTable = nullptr;
    QPushButton* m_stop = nullptr;
};

} // namespace crm
