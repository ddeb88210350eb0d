#include "actiondialog.h"
#include "tones.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace crm {

namespace {

const QStringList kLevels{QStringLiteral("none_given"), QStringLiteral("implicit"),
                          QStringLiteral("explicit_not_opt_out"), QStringLiteral("explicit_opt_in"),
                          QStringLiteral("no_change")};

QLineEdit* line(const char* name, const QString& accessible, const QString& placeholder = {})
{
    auto* e = new QLineEdit;
    e->setObjectName(QString::fromLatin1(name));
    e->setAccessibleName(accessible);
    e->setPlaceholderText(placeholder);
    return e;
}

QTableWidget* table(const char* name, const QString& accessible, const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()));
    t->setObjectName(QString::fromLatin1(name));
    t->setAccessibleName(accessible);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setMinimumHeight(80);
    return t;
}

/// A table with its add and remove buttons under it.
QWidget* withRowButtons(QTableWidget* t, const QString& addText, const QString& removeText,
                        std::function<void()> add)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(t);
    auto* row = new QHBoxLayout;
    auto* plus = new QPushButton(addText);
    auto* minus = new QPushButton(removeText);
    QObject::connect(plus, &QPushButton::clicked, t, add);
    QObject::connect(minus, &QPushButton::clicked, t, [t] {
        if (t->currentRow() >= 0)
            t->removeRow(t->currentRow());
    });
    row->addWidget(plus);
    row->addWidget(minus);
    row->addStretch();
    layout->addLayout(row);
    return box;
}

QString cell(const QTableWidget* t, int r, int c)
{
    if (auto* combo = qobject_cast<QComboBox*>(t->cellWidget(r, c)))
        return combo->currentText();
    return t->item(r, c) ? t->item(r, c)->text().trimmed() : QString();
}

} // namespace

ActionDialog::ActionDialog(const Member& member, const QJsonObject& subject, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("actionDialog"));
    setWindowTitle(tr("Record an action for %1").arg(member.displayName));
    m_type = line("actionType", tr("Action type"), tr("petition, donation, poll\u2026"));
    m_technical = line("technicalType", tr("Technical type"), tr("system:type, e.g. crm-console:petition"));
    m_externalId = line("externalId", tr("External id"), tr("the action's id in its own system"));
    m_name = line("actionName", tr("Action name"));
    m_description = line("description", tr("Description"));
    m_language = line("language", tr("Language"));
    m_language->setText(QStringLiteral("en"));
    m_time = new QDateTimeEdit(QDateTime::currentDateTimeUtc());
    m_time->setObjectName(QStringLiteral("actionTime"));
    m_time->setAccessibleName(tr("When the action was taken (UTC)"));
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_time->setTimeSpec(Qt::UTC);
    m_optIn = new QCheckBox(tr("&Opt in to the mailing list"));
    m_optIn->setObjectName(QStringLiteral("optIn"));
    auto* action = new QFormLayout;
    action->addRow(tr("&Type:"), m_type);
    action->addRow(tr("Tec&hnical type:"), m_technical);
    action->addRow(tr("E&xternal id:"), m_externalId);
    action->addRow(tr("&Name:"), m_name);
    action->addRow(tr("&Description:"), m_description);
    action->addRow(tr("&Language:"), m_language);
    action->addRow(tr("T&ime (UTC):"), m_time);
    action->addRow(QString(), m_optIn);

    m_consents =
        table("consents", tr("Consents"), {tr("Public id"), tr("Level"), tr("Method"), tr("Option")});
    auto* consentBox = new QGroupBox(tr("Consents"));
    auto* consentLayout = new QVBoxLayout(consentBox);
    consentLayout->addWidget(withRowButtons(m_consents, tr("Add cons&ent"), tr("Remo&ve consent"),
                                            [this] { addConsent({}, QStringLiteral("implicit")); }));

    m_source = line("source", tr("Source"));
    m_medium = line("medium", tr("Medium"));
    m_campaign = line("campaign", tr("Campaign"));
    auto* sourceBox = new QGroupBox(tr("Source"));
    auto* sourceForm = new QFormLayout(sourceBox);
    sourceForm->addRow(tr("&Source:"), m_source);
    sourceForm->addRow(tr("&Medium:"), m_medium);
    sourceForm->addRow(tr("&Campaign:"), m_campaign);

    m_metadata = table("metadata", tr("Metadata"), {tr("Key"), tr("Value")});
    m_survey = table("survey", tr("Survey responses"), {tr("Question"), tr("Question type"), tr("Answer")});
    auto* extraBox = new QGroupBox(tr("Metadata and survey responses"));
    auto* extraLayout = new QHBoxLayout(extraBox);
    extraLayout->addWidget(
        withRowButtons(m_metadata, tr("Add &key"), tr("Remove ke&y"), [this] { addMetadata({}, {}); }));
    extraLayout->addWidget(withRowButtons(m_survey, tr("Add &question"), tr("Remove q&uestion"), [this] {
        const int r = m_survey->rowCount();
        m_survey->insertRow(r);
        m_survey->setItem(r, 1, new QTableWidgetItem(QStringLiteral("text")));
    }));

    m_consHash =
        new QPlainTextEdit(QString::fromUtf8(QJsonDocument(subject).toJson(QJsonDocument::Indented)));
    m_consHash->setObjectName(QStringLiteral("consHash"));
    m_consHash->setAccessibleName(tr("The member as Identity will record them (cons_hash, JSON)"));
    m_consHash->setTabChangesFocus(true);
    auto* consBox = new QGroupBox(tr("Member (cons_hash, from the cached record)"));
    auto* consLayout = new QVBoxLayout(consBox);
    consLayout->addWidget(m_consHash);

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problem"));
    Tones::paint(m_problem, Tones::Tone::Problem);
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addLayout(action);
    left->addWidget(sourceBox);
    auto* right = new QVBoxLayout;
    right->addWidget(consentBox);
    right->addWidget(consBox);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(extraBox);
    layout->addWidget(m_problem);
    layout->addWidget(
        new QLabel(tr("Recorded actions wait in the outbox until Identity takes them, and are sent "
                      "once.")));
    layout->addWidget(m_buttons);
    for (QLineEdit* e : {m_type, m_technical, m_name})
        connect(e, &QLineEdit::textChanged, this, &ActionDialog::validate);
    connect(m_consHash, &QPlainTextEdit::textChanged, this, &ActionDialog::validate);
    connect(m_consents, &QTableWidget::itemChanged, this, &ActionDialog::validate);
    validate();
    resize(900, 640);
}

void ActionDialog::addConsent(const QString& publicId, const QString& level, const QString& method,
                              const QString& option)
{
    const int r = m_consents->rowCount();
    m_consents->insertRow(r);
    m_consents->setItem(r, 0, new QTableWidgetItem(publicId));
    auto* levels = new QComboBox;
    levels->addItems(kLevels);
    levels->setCurrentText(level);
    levels->setAccessibleName(tr("Consent level"));
    m_consents->setCellWidget(r, 1, levels);
    m_consents->setItem(r, 2, new QTableWidgetItem(method));
    m_consents->setItem(r, 3, new QTableWidgetItem(option));
    validate();
}

void ActionDialog::addMetadata(const QString& key, const QString& value)
{
    const int r = m_metadata->rowCount();
    m_metadata->insertRow(r);
    m_metadata->setItem(r, 0, new QTableWidgetItem(key));
    m_metadata->setItem(r, 1, new QTableWidgetItem(value));
}

QJsonObject ActionDialog::payload() const
{
    QJsonObject p{
        {QStringLiteral("action_type"), m_type->text().trimmed()},
        {QStringLiteral("action_technical_type"), m_technical->text().trimmed()},
        {QStringLiteral("action_name"), m_name->text().trimmed()},
        // Identity finds an action by technical type, external id and language: the name stands in.
        {QStringLiteral("external_id"), m_externalId->text().trimmed().isEmpty()
                                            ? m_name->text().trimmed()
                                            : m_externalId->text().trimmed()},
        {QStringLiteral("language"), m_language->text().trimmed()},
        {QStringLiteral("create_dt"), m_time->dateTime().toUTC().toString(Qt::ISODate)},
        {QStringLiteral("opt_in"), m_optIn->isChecked()},
        {QStringLiteral("cons_hash"), QJsonDocument::fromJson(m_consHash->toPlainText().toUtf8()).object()}};
    if (!m_description->text().trimmed().isEmpty())
        p.insert(QStringLiteral("description"), m_description->text().trimmed());
    QJsonArray consents;
    for (int r = 0; r < m_consents->rowCount(); ++r) {
        if (cell(m_consents, r, 0).isEmpty())
            continue;
        QJsonObject c{{QStringLiteral("public_id"), cell(m_consents, r, 0)},
                      {QStringLiteral("consent_level"), cell(m_consents, r, 1)}};
        if (!cell(m_consents, r, 2).isEmpty())
            c.insert(QStringLiteral("consent_method"), cell(m_consents, r, 2));
        if (!cell(m_consents, r, 3).isEmpty())
            c.insert(QStringLiteral("consent_method_option"), cell(m_consents, r, 3));
        consents.append(c);
    }
    if (!consents.isEmpty())
        p.insert(QStringLiteral("consents"), consents);
    QJsonObject source;
    if (!m_source->text().trimmed().isEmpty())
        source.insert(QStringLiteral("source"), m_source->text().trimmed());
    if (!m_medium->text().trimmed().isEmpty())
        source.insert(QStringLiteral("medium"), m_medium->text().trimmed());
    if (!m_campaign->text().trimmed().isEmpty())
        source.insert(QStringLiteral("campaign"), m_campaign->text().trimmed());
    if (!source.isEmpty())
        p.insert(QStringLiteral("source"), source);
    QJsonObject metadata;
    for (int r = 0; r < m_metadata->rowCount(); ++r)
        if (!cell(m_metadata, r, 0).isEmpty())
            metadata.insert(cell(m_metadata, r, 0), cell(m_metadata, r, 1));
    if (!metadata.isEmpty())
        p.insert(QStringLiteral("metadata"), metadata);
    QJsonArray survey;
    for (int r = 0; r < m_survey->rowCount(); ++r)
        if (!cell(m_survey, r, 0).isEmpty())
            survey.append(QJsonObject{
                {QStringLiteral("question"), QJsonObject{{QStringLiteral("text"), cell(m_survey, r, 0)},
                                                         {QStringLiteral("qtype"), cell(m_survey, r, 1)}}},
                {QStringLiteral("answer"), QJsonArray{cell(m_survey, r, 2)}}});
    if (!survey.isEmpty())
        p.insert(QStringLiteral("survey_responses"), survey);
    return p;
}

QString ActionDialog::problem() const
{
    if (m_type->text().trimmed().isEmpty() || m_technical->text().trimmed().isEmpty() ||
        m_name->text().trimmed().isEmpty())
        return tr("Enter the action's type, technical type and name.");
    QJsonParseError error;
    const QJsonDocument cons = QJsonDocument::fromJson(m_consHash->toPlainText().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !cons.isObject())
        return tr("The member (cons_hash) is not a JSON object: %1.").arg(error.errorString());
    if (!cons.object().contains(QLatin1String("guid")) && !cons.object().contains(QLatin1String("emails")))
        return tr("The member (cons_hash) needs a guid or e-mails, or Identity cannot tell who acted.");
    return {};
}

void ActionDialog::validate()
{
    const QString p = problem();
    m_problem->setText(p);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

} // namespace crm
