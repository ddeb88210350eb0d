#include "sectioneditor.h"
#include "showndate.h"
#include "tones.h"

#include "session/fieldvalues.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace crm {

SectionEditor::SectionEditor(const QString& title, QWidget* parent) : QGroupBox(title, parent)
{
    auto* layout = new QVBoxLayout(this);
    m_stack = new QStackedWidget;
    auto* viewPage = new QWidget;
    auto* viewLayout = new QVBoxLayout(viewPage);
    viewLayout->setContentsMargins(0, 0, 0, 0);
    m_view = new QFormLayout;
    viewLayout->addLayout(m_view);
    m_editButton = new QPushButton(tr("&Edit"));
    m_editButton->setObjectName(QStringLiteral("sectionEdit"));
    auto* editRow = new QHBoxLayout;
    editRow->addWidget(m_editButton);
    editRow->addStretch();
    viewLayout->addLayout(editRow);
    auto* formPage = new QWidget;
    auto* formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    m_form = new QFormLayout;
    formLayout->addLayout(m_form);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("sectionProblem"));
    m_problem->setWordWrap(true);
    Tones::paint(m_problem, Tones::Tone::Problem);
    m_problem->hide();
    formLayout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("sectionSave"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    formLayout->addWidget(m_buttons);
    m_stack->addWidget(viewPage);
    m_stack->addWidget(formPage);
    // The section is as tall as the page shown, not as the taller of the two.
    connect(m_stack, &QStackedWidget::currentChanged, this, [this](int shown) {
        for (int i = 0; i < m_stack->count(); ++i)
            m_stack->widget(i)->setSizePolicy(i == shown ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                                              i == shown ? QSizePolicy::Preferred : QSizePolicy::Ignored);
        m_stack->adjustSize();
    });
    formPage->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    layout->addWidget(m_stack);
    connect(m_editButton, &QPushButton::clicked, this, [this] { edit(); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SectionEditor::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SectionEditor::cancel);
}

void SectionEditor::setEditText(const QString& text)
{
    m_editButton->setText(text);
    m_editButton->setAccessibleName(QString(text).remove(QLatin1Char('&')));
}

void SectionEditor::setEditable(bool editable)
{
    m_editable = editable;
    m_editButton->setVisible(editable);
}

void SectionEditor::setFields(const QList<FieldSpec>& fields)
{
    m_fields = fields;
    for (QFormLayout* form : {m_view, m_form})
        while (form->rowCount() > 0)
            form->removeRow(0);
    m_labels.clear();
    m_editors.clear();
    for (const FieldSpec& f : fields) {
        auto* value = new QLabel;
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setObjectName(QStringLiteral("value_") + f.key);
        m_labels.insert(f.key, value);
        m_view->addRow(QString(f.label).remove(QLatin1Char('&')) + QLatin1Char(':'), value);
        QWidget* editor = makeEditor(f);
        editor->setObjectName(QStringLiteral("edit_") + f.key);
        editor->setAccessibleName(QString(f.label).remove(QLatin1Char('&')));
        m_editors.insert(f.key, editor);
        if (f.kind == FieldSpec::Kind::Flag) {
            m_form->addRow(QString(), editor);
        } else {
            auto* label = new QLabel(f.label + QLatin1Char(':'));
            label->setBuddy(editor);
            m_form->addRow(label, editor);
        }
    }
}

void SectionEditor::setChoices(const QMap<QString, QList<Choice>>& choices)
{
    m_choices = choices;
    for (const FieldSpec& f : std::as_const(m_fields)) {
        if (f.kind != FieldSpec::Kind::Choice)
            continue;
        auto* box = static_cast<QComboBox*>(m_editors.value(f.key));
        // The lists come again with every refresh of the record: what is chosen in an open editor stays.
        const QString chosen = box->currentData().toString();
        const QSignalBlocker quiet(box);
        box->clear();
        box->addItem(tr("(none)"), QString());
        for (const Choice& c : m_choices.value(f.list))
            box->addItem(c.label, c.key);
        box->setCurrentIndex(std::max(0, box->findData(chosen)));
    }
    setValues(m_values);
}

QWidget* SectionEditor::makeEditor(const FieldSpec& f)
{
    switch (f.kind) {
    case FieldSpec::Kind::Flag: {
        auto* box = new QCheckBox(f.label);
        connect(box, &QCheckBox::toggled, this, &SectionEditor::check);
        return box;
    }
    case FieldSpec::Kind::Choice: {
        auto* box = new QComboBox;
        connect(box, &QComboBox::currentIndexChanged, this, [this, f] {
            if (f.key == QLatin1String("country_id")) {
                const QString key = editorValue(f).toString();
                m_countryCode.clear();
                for (const Choice& c : m_choices.value(f.list))
                    if (c.key == key)
                        m_countryCode = c.code;
            }
            check();
        });
        return box;
    }
    default:
        break;
    }
    auto* line = new QLineEdit;
    if (f.kind == FieldSpec::Kind::Date)
        line->setPlaceholderText(tr("year-month-day, e.g. 1984-03-21"));
    connect(line, &QLineEdit::textChanged, this, &SectionEditor::check);
    return line;
}

QVariant SectionEditor::editorValue(const FieldSpec& f) const
{
    QWidget* w = m_editors.value(f.key);
    switch (f.kind) {
    case FieldSpec::Kind::Flag:
        return static_cast<QCheckBox*>(w)->isChecked() ? QStringLiteral("1") : QStringLiteral("0");
    case FieldSpec::Kind::Choice:
        return static_cast<QComboBox*>(w)->currentData().toString();
    default:
        return static_cast<QLineEdit*>(w)->text().trimmed();
    }
}

void SectionEditor::setEditorValue(const FieldSpec& f, const QVariant& v)
{
    QWidget* w = m_editors.value(f.key);
    switch (f.kind) {
    case FieldSpec::Kind::Flag:
        static_cast<QCheckBox*>(w)->setChecked(v.toString() == QLatin1String("1") || v.toBool());
        break;
    case FieldSpec::Kind::Choice: {
        auto* box = static_cast<QComboBox*>(w);
        const int i = box->findData(v.toString());
        box->setCurrentIndex(i < 0 ? 0 : i);
        break;
    }
    default:
        static_cast<QLineEdit*>(w)->setText(v.toString());
    }
}

QString SectionEditor::shown(const FieldSpec& f, const QVariant& v) const
{
    const QString text = v.toString();
    if (f.kind == FieldSpec::Kind::Flag)
        return text == QLatin1String("1") || v.toBool() ? tr("yes") : tr("no");
    if (f.kind == FieldSpec::Kind::Choice) {
        for (const Choice& c : m_choices.value(f.list))
            if (c.key == text)
                return c.label;
    }
    if (f.kind == FieldSpec::Kind::Date && !text.isEmpty())
        return ShownDate::fromServer(text);
    return text.isEmpty() ? tr("\u2014") : text;
}

void SectionEditor::setValues(const QVariantMap& values)
{
    m_values = values;
    for (const FieldSpec& f : std::as_const(m_fields))
        if (QLabel* l = m_labels.value(f.key))
            l->setText(shown(f, values.value(f.key)));
}

bool SectionEditor::isEditing() const
{
    return m_stack->currentIndex() == 1;
}

void SectionEditor::edit(const QVariantMap& values)
{
    if (!m_editable)
        return;
    for (const FieldSpec& f : std::as_const(m_fields))
        setEditorValue(f, values.value(f.key));
    m_stack->setCurrentIndex(1);
    check();
    if (!m_fields.isEmpty())
        m_editors.value(m_fields.first().key)->setFocus(Qt::TabFocusReason);
}

void SectionEditor::check()
{
    QString problem;
    for (const FieldSpec& f : std::as_const(m_fields)) {
        const QString v = editorValue(f).toString();
        QString wrong;
        if (f.kind == FieldSpec::Kind::Email || f.kind == FieldSpec::Kind::Phone)
            wrong = v.isEmpty() ? QString() : FieldValues::problem(f.key, v);
        else if (f.kind == FieldSpec::Kind::Date || f.kind == FieldSpec::Kind::PostalCode)
            wrong = FieldValues::problem(f.key, v, m_countryCode);
        if (auto* line = qobject_cast<QLineEdit*>(m_editors.value(f.key)))
            line->setToolTip(wrong);
        if (problem.isEmpty())
            problem = wrong;
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

void SectionEditor::save()
{
    if (!m_buttons->button(QDialogButtonBox::Save)->isEnabled())
        return;
    QVariantMap changed, before;
    for (const FieldSpec& f : std::as_const(m_fields)) {
        const QVariant now = editorValue(f);
        const QString was = m_values.value(f.key).toString();
        const bool flagSame = f.kind == FieldSpec::Kind::Flag &&
                              (was == QLatin1String("1")) == (now.toString() == QLatin1String("1"));
        if (now.toString() != was && !flagSame) {
            changed.insert(f.key, now);
            before.insert(f.key, m_values.value(f.key));
        }
    }
    m_stack->setCurrentIndex(0);
    m_editButton->setFocus(Qt::OtherFocusReason);
    if (!changed.isEmpty())
        Q_EMIT saved(changed, before);
}

void SectionEditor::cancel()
{
    m_stack->setCurrentIndex(0);
    m_problem->hide();
    m_editButton->setFocus(Qt::OtherFocusReason);
    Q_EMIT cancelled();
}

void SectionEditor::keyPressEvent(QKeyEvent* event)
{
    if (isEditing() && event->key() == Qt::Key_Escape) {
        cancel();
        return;
    }
    if (isEditing() && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        save();
        return;
    }
    if (!isEditing() && event->key() == Qt::Key_F2) {
        edit();
        return;
    }
    QGroupBox::keyPressEvent(event);
}

} // namespace crm
