#include "importwizard.h"
#include "tones.h"

#include "bulk/importrunner.h"
#include "cache/cache.h"
#include "session/profilesession.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace crm {

namespace {

/// A page that is complete when check says so (pages are built in code, not subclassed one by one).
class CheckedPage : public QWizardPage {
public:
    std::function<bool()> check;
    bool isComplete() const override { return check ? check() : true; }
    void changed() { Q_EMIT completeChanged(); }
};

QString outcomeLabel(ImportRow::Outcome o)
{
    using O = ImportRow::Outcome;
    switch (o) {
    case O::Create:
        return ImportWizard::tr("will be created");
    case O::Update:
        return ImportWizard::tr("will be updated");
    case O::AddToGroup:
        return ImportWizard::tr("will be added to the group");
    case O::Unchanged:
        return ImportWizard::tr("unchanged");
    case O::Skipped:
        return ImportWizard::tr("skipped");
    case O::Invalid:
        return ImportWizard::tr("invalid");
    case O::Created:
        return ImportWizard::tr("created");
    case O::Updated:
        return ImportWizard::tr("updated");
    case O::Added:
        return ImportWizard::tr("added to the group");
    case O::Failed:
        return ImportWizard::tr("failed");
    case O::NotSent:
        return ImportWizard::tr("not sent");
    }
    return {};
}

QString fieldLabel(const QString& field)
{
    if (field == QLatin1String("email"))
        return ImportWizard::tr("E-mail (matches members)");
    if (field == QLatin1String("first_name"))
        return ImportWizard::tr("First name");
    if (field == QLatin1String("last_name"))
        return ImportWizard::tr("Last name");
    return field;
}

} // namespace

ImportWizard::ImportWizard(ProfileSession* session, QWidget* parent) : QWizard(parent), m_session(session)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import members from CSV"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, buildFilePage());
    setPage(MappingPage, buildMappingPage());
    setPage(ActionPage, buildActionPage());
    setPage(PreviewPage, buildPreviewPage());
    setPage(RunPage, buildRunPage());
    resize(760, 560);
}

ImportWizard::~ImportWizard() = default;

QStringList ImportWizard::knownFields() const
{
    QStringList known{QStringLiteral("email")};
    const Abilities can = m_session->abilities();
    for (const QString& k : can.editableFields + can.memberFields)
        if (!known.contains(k))
            known.append(k);
    return known;
}

QWizardPage* ImportWizard::buildFilePage()
{
    auto* page = new CheckedPage;
    page->setTitle(tr("Choose a CSV file"));
    page->setSubTitle(tr("The first line must name the columns. UTF-8 text; comma, semicolon or tab between "
                         "fields."));
    m_file = new QLineEdit;
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setAccessibleName(tr("CSV file"));
    m_file->setReadOnly(true);
    auto* browse = new QPushButton(tr("B&rowse\u2026"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import members from CSV"), QString(),
                                                          tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    m_delimiter = new QComboBox;
    m_delimiter->setObjectName(QStringLiteral("importDelimiter"));
    m_delimiter->setAccessibleName(tr("Delimiter"));
    m_delimiter->addItem(tr("Find it"), 0);
    m_delimiter->addItem(tr("Comma"), int(','));
    m_delimiter->addItem(tr("Semicolon"), int(';'));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_path.isEmpty())
            openFile(m_path);
    });
    m_fileInfo = new QLabel;
    m_fileInfo->setObjectName(QStringLiteral("importFileInfo"));
    m_fileInfo->setWordWrap(true);
    m_sample = new QTableWidget;
    m_sample->setObjectName(QStringLiteral("importSample"));
    m_sample->setAccessibleName(tr("The file's first rows"));
    m_sample->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* row = new QHBoxLayout;
    row->addWidget(m_file, 1);
    row->addWidget(browse);
    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(browse);
    form->addRow(fileLabel, row);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_fileInfo);
    layout->addWidget(m_sample, 1);
    page->check = [this] { return !m_plan.header().isEmpty(); };
    return page;
}

bool ImportWizard::openFile(const QString& path)
{
    m_path = path;
    m_file->setText(path);
    QFile f(path);
    QString error;
    const bool ok = f.open(QIODevice::ReadOnly) &&
                    m_plan.read(f.readAll(), char(m_delimiter->currentData().toInt()), &error);
    if (!ok && error.isEmpty())
        error = f.errorString();
    m_sample->clear();
    if (!ok) {
        m_plan = ImportPlan();
        m_fileInfo->setText(tr("Cannot read this file: %1").arg(error));
    } else {
        const char d = m_plan.delimiter();
        m_fileInfo->setText(
            tr("%n row(s) after the header; fields separated by %1%2.", nullptr, int(m_plan.rowCount()))
                .arg(d == ','   ? tr("commas")
                     : d == ';' ? tr("semicolons")
                                : tr("tabs"),
                     m_plan.hadByteOrderMark() ? tr(" (with a byte order mark)") : QString()));
        m_sample->setColumnCount(int(m_plan.header().size()));
        m_sample->setHorizontalHeaderLabels(m_plan.header());
        const int shown = int(std::min<qsizetype>(8, m_plan.rowCount()));
        m_sample->setRowCount(shown);
        for (int row = 0; row < shown; ++row) {
            const QStringList& fields = m_plan.records().at(row).fields;
            for (int c = 0; c < fields.size() && c < m_sample->columnCount(); ++c)
                m_sample->setItem(row, c, new QTableWidgetItem(fields[c]));
        }
        m_sample->resizeColumnsToContents();
    }
    static_cast<CheckedPage*>(page(FilePage))->changed();
    return ok;
}

QWizardPage* ImportWizard::buildMappingPage()
{
    auto* page = new CheckedPage;
    page->setTitle(tr("Match the columns to member fields"));
    page->setSubTitle(tr("Rows are matched to members by e-mail (any case, spaces ignored). Columns left "
                         "\u201cnot imported\u201d are ignored."));
    m_mappingBox = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_mappingBox);
    layout->addStretch();
    page->check = [this] {
        for (QComboBox* c : m_fieldCombos)
            if (c->currentData().toString() == QLatin1String("email"))
                return true;
        return false;
    };
    return page;
}

void ImportWizard::setColumnField(int column, const QString& field)
{
    if (QComboBox* c = m_fieldCombos.value(column))
        c->setCurrentIndex(std::max(0, c->findData(field)));
}

QWizardPage* ImportWizard::buildActionPage()
{
    auto* page = new CheckedPage;
    page->setTitle(tr("Choose what each row does"));
    m_actions = new QButtonGroup(page);
    const bool canCreate = m_session->abilities().has(Abilities::CreateMembers);
    auto* layout = new QVBoxLayout(page);
    const struct {
        ImportSettings::Action action;
        QString text;
        const char* name;
    } choices[] = {
        {ImportSettings::Action::Update, tr("&Update the matching members (rows matching none are skipped)"),
         "actionUpdate"},
        {ImportSettings::Action::Create, tr("&Create new members (rows matching a member are left alone)"),
         "actionCreate"},
        {ImportSettings::Action::CreateOrUpdate, tr("Create new members and update &matching ones"),
         "actionUpsert"},
        {ImportSettings::Action::AddToGroup, tr("Add the matching members to a &group:"), "actionGroup"},
    };
    for (const auto& c : choices) {
        auto* radio = new QRadioButton(c.text);
        radio->setObjectName(QLatin1String(c.name));
        const bool creates =
            c.action == ImportSettings::Action::Create || c.action == ImportSettings::Action::CreateOrUpdate;
        radio->setEnabled(!creates || canCreate);
        if (creates && !canCreate)
            radio->setToolTip(tr("This CRM cannot create members."));
        m_actions->addButton(radio, int(c.action));
        layout->addWidget(radio);
    }
    m_actions->button(int(ImportSettings::Action::Update))->setChecked(true);
    m_group = new QComboBox;
    m_group->setObjectName(QStringLiteral("actionGroupChoice"));
    m_group->setAccessibleName(tr("Group"));
    for (const Group& g : m_session->cache()->groups())
        if (!g.smart)
            m_group->addItem(g.title, g.id);
    m_group->setEnabled(false);
    connect(m_actions, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (id == int(ImportSettings::Action::AddToGroup))
            m_group->setEnabled(on);
    });
    layout->addWidget(m_group);
    auto* note = new QLabel(tr("Smart groups are computed by the CRM and are not offered. Nothing is sent "
                               "before the next page shows what every row will do."));
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addStretch();
    if (m_group->count() == 0)
        m_actions->button(int(ImportSettings::Action::AddToGroup))->setEnabled(false);
    return page;
}

void ImportWizard::setAction(ImportSettings::Action action, const QString& groupId)
{
    m_actions->button(int(action))->setChecked(true);
    if (!groupId.isEmpty())
        m_group->setCurrentIndex(std::max(0, m_group->findData(groupId)));
}

ImportSettings ImportWizard::settings() const
{
    ImportSettings s;
    s.action = ImportSettings::Action(m_actions->checkedId());
    s.groupId = m_group->currentData().toString();
    for (int i = 0; i < m_fieldCombos.size(); ++i)
        if (const QString f = m_fieldCombos[i]->currentData().toString(); !f.isEmpty())
            s.mapping.insert(i, f);
    return s;
}

QWizardPage* ImportWizard::buildPreviewPage()
{
    auto* page = new QWizardPage;
    page->setTitle(tr("What will happen (dry run)"));
    page->setSubTitle(tr("Nothing has been sent. Check the rows, save this list if you like, then choose "
                         "Import."));
    m_previewSummary = new QLabel;
    m_previewSummary->setObjectName(QStringLiteral("previewSummary"));
    m_previewSummary->setWordWrap(true);
    m_previewTable = new QTableWidget;
    m_previewTable->setObjectName(QStringLiteral("previewTable"));
    m_previewTable->setAccessibleName(tr("Every row's outcome"));
    auto* save = new QPushButton(tr("&Save this list\u2026"));
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the dry run"), QStringLiteral("dry-run.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            saveReport(path);
    });
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_previewSummary);
    layout->addWidget(m_previewTable, 1);
    layout->addWidget(save, 0, Qt::AlignLeft);
    page->setButtonText(QWizard::NextButton, tr("&Import"));
    return page;
}

QWizardPage* ImportWizard::buildRunPage()
{
    auto* page = new CheckedPage;
    page->setTitle(tr("Importing"));
    m_runSummary = new QLabel;
    m_runSummary->setObjectName(QStringLiteral("runSummary"));
    m_runSummary->setWordWrap(true);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_stop = new QPushButton(tr("&Cancel import"));
    m_stop->setObjectName(QStringLiteral("cancelImport"));
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->cancel();
    });
    m_runTable = new QTableWidget;
    m_runTable->setObjectName(QStringLiteral("runTable"));
    m_runTable->setAccessibleName(tr("Every row's result"));
    auto* save = new QPushButton(tr("&Save the report\u2026"));
    save->setObjectName(QStringLiteral("saveReport"));
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the import report"), QStringLiteral("import-report.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            saveReport(path);
    });
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_stop);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(m_runSummary);
    layout->addWidget(m_runTable, 1);
    layout->addWidget(save, 0, Qt::AlignLeft);
    page->check = [this] { return m_finished; };
    return page;
}

void ImportWizard::initializePage(int id)
{
    if (id == MappingPage) {
        // One row a column: its name, a sample value, and the field it goes to.
        delete m_mappingBox->layout();
        qDeleteAll(m_mappingBox->findChildren<QWidget*>(Qt::FindDirectChildrenOnly));
        m_fieldCombos.clear();
        auto* form = new QFormLayout(m_mappingBox);
        const QStringList known = knownFields();
        QMap<int, QString> guess = ImportPlan::guessMapping(m_plan.header(), known);
        const QMap<int, QString> remembered = m_plan.rememberedMapping(*m_session->cache());
        if (!remembered.isEmpty()) {
            guess.clear();
            for (auto it = remembered.cbegin(); it != remembered.cend(); ++it)
                if (known.contains(it.value()))
                    guess.insert(it.key(), it.value());
        }
        for (int i = 0; i < m_plan.header().size(); ++i) {
            auto* combo = new QComboBox;
            combo->setObjectName(QStringLiteral("map_%1").arg(i));
            combo->setAccessibleName(tr("Field for column %1").arg(m_plan.header()[i]));
            combo->addItem(tr("\u2014 not imported \u2014"), QString());
            for (const QString& k : known)
                combo->addItem(fieldLabel(k), k);
            combo->setCurrentIndex(std::max(0, combo->findData(guess.value(i))));
            connect(combo, &QComboBox::currentIndexChanged, this,
                    [this] { static_cast<CheckedPage*>(page(MappingPage))->changed(); });
            form->addRow(m_plan.header()[i].isEmpty() ? tr("(column %1)").arg(i + 1) : m_plan.header()[i],
                         combo);
            m_fieldCombos.append(combo);
        }
        static_cast<CheckedPage*>(page(MappingPage))->changed();
    } else if (id == PreviewPage) {
        showPreview();
    } else if (id == RunPage) {
        m_finished = false;
        delete m_runner;
        m_runner = nullptr;
        m_runner = m_session->verbs().importRunner(this);
        if (!m_runner) {
            m_runSummary->setText(
                tr("Not connected to the CRM: nothing was sent. Connect (or sign in) and run "
                   "the import again; no row is sent twice."));
            m_finished = true;
            static_cast<CheckedPage*>(page(RunPage))->changed();
            return;
        }
        m_runner->setConcurrency(4);
        int planned = 0;
        for (const ImportRow& r : m_decided)
            planned += r.planned();
        m_progress->setRange(0, std::max(1, planned));
        m_progress->setValue(0);
        m_stop->setEnabled(true);
        m_runSummary->setText(tr("Sending %n row(s)\u2026", nullptr, planned));
        connect(m_runner, &ImportRunner::progress, this, [this](int done, int total) {
            m_progress->setMaximum(std::max(1, total));
            m_progress->setValue(done);
        });
        connect(m_runner, &ImportRunner::finished, this, [this](const CrmError& e) {
            m_finished = true;
            m_stop->setEnabled(false);
            m_progress->setValue(m_progress->maximum());
            fillTable(m_runTable, m_runner->rows());
            QString text = summaryText(m_runner->rows());
            if (e.kind == CrmError::Kind::Cancelled)
                text = tr("Cancelled. %1 Run the same file again to send the rest; nothing is sent twice.")
                           .arg(text);
            else if (e)
                text = tr("Stopped: %1 %2 Run the same file again to send the rest; nothing is sent twice.")
                           .arg(e.userMessage(), text);
            m_runSummary->setText(text);
            static_cast<CheckedPage*>(page(RunPage))->changed();
            Q_EMIT importFinished(e);
        });
        m_runner->start(m_plan.journalKey(), m_decided);
    }
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == MappingPage)
        rememberMapping();
    return QWizard::validateCurrentPage();
}

void ImportWizard::rememberMapping()
{
    m_plan.rememberMapping(*m_session->cache(), settings().mapping);
}

void ImportWizard::showPreview()
{
    const Abilities can = m_session->abilities();
    m_decided = m_plan.decide(settings(), *m_session->cache(), &can);
    m_previewSummary->setText(summaryText(m_decided));
    fillTable(m_previewTable, m_decided);
}

QString ImportWizard::summaryText(const QList<ImportRow>& rows) const
{
    const auto counts = ImportPlan::summary(rows);
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(it.value()).arg(outcomeLabel(it.key())));
    return tr("%n row(s): %1.", nullptr, int(rows.size())).arg(parts.join(QStringLiteral(", ")));
}

void ImportWizard::fillTable(QTableWidget* table, const QList<ImportRow>& rows)
{
    table->clear();
    table->setColumnCount(5);
    table->setHorizontalHeaderLabels({tr("Row"), tr("E-mail"), tr("Outcome"), tr("Member"), tr("Why")});
    table->setRowCount(int(rows.size()));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    for (int i = 0; i < rows.size(); ++i) {
        const ImportRow& r = rows[i];
        table->setItem(i, 0, new QTableWidgetItem(QString::number(r.row)));
        table->setItem(i, 1, new QTableWidgetItem(r.email));
        auto* outcome = new QTableWidgetItem(outcomeLabel(r.outcome));
        if (r.outcome == ImportRow::Outcome::Invalid || r.outcome == ImportRow::Outcome::Failed)
            outcome->setForeground(Tones::colour(Tones::Tone::Problem, palette()));
        table->setItem(i, 2, outcome);
        table->setItem(i, 3, new QTableWidgetItem(r.memberId));
        table->setItem(i, 4, new QTableWidgetItem(r.reason));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
}

QList<ImportRow> ImportWizard::results() const
{
    return m_runner ? m_runner->rows() : QList<ImportRow>();
}

bool ImportWizard::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

bool ImportWizard::saveReport(const QString& path)
{
    QSaveFile f(path);
    const QList<ImportRow> rows = m_runner && m_finished ? m_runner->rows() : m_decided;
    return f.open(QIODevice::WriteOnly) && f.write(ImportPlan::reportCsv(rows)) >= 0 && f.commit();
}

void ImportWizard::reject()
{
    // While rows are being sent, closing first stops the run; the rows in flight finish.
    if (isRunning()) {
        m_runner->cancel();
        return;
    }
    QWizard::reject();
}

} // namespace crm
