#include "partlist.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace crm {

PartList::PartList(const QString& noun, const QList<FieldSpec>& fields, const QStringList& columns,
                   QWidget* parent)
    : QWidget(parent), m_fields(fields), m_columns(columns)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QTreeWidget;
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(noun);
    QStringList headers;
    for (const QString& c : columns)
        for (const FieldSpec& f : fields)
            if (f.key == c)
                headers.append(QString(f.label).remove(QLatin1Char('&')));
    m_list->setHeaderLabels(headers);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->installEventFilter(this);
    layout->addWidget(m_list);
    auto* row = new QHBoxLayout;
    m_add = new QPushButton(tr("A&dd %1\u2026").arg(noun));
    m_edit = new QPushButton(tr("Ed&it\u2026"));
    m_remove = new QPushButton(tr("Remo&ve"));
    m_add->setObjectName(QStringLiteral("partAdd"));
    m_edit->setObjectName(QStringLiteral("partEdit"));
    m_remove->setObjectName(QStringLiteral("partRemove"));
    m_add->setAccessibleName(tr("Add %1").arg(noun));
    m_edit->setAccessibleName(tr("Edit the selected %1").arg(noun));
    m_remove->setAccessibleName(tr("Remove the selected %1").arg(noun));
    row->addWidget(m_add);
    row->addWidget(m_edit);
    row->addWidget(m_remove);
    row->addStretch();
    layout->addLayout(row);
    m_editor = new SectionEditor(QString());
    m_editor->setFields(fields);
    m_editor->setEditable(true);
    m_editor->hide();
    layout->addWidget(m_editor);
    connect(m_add, &QPushButton::clicked, this, [this] { edit({}, {}); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedId(); !id.isEmpty())
            edit(id, valuesOf(id));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedId(); !id.isEmpty())
            Q_EMIT removed(id, valuesOf(id));
    });
    connect(m_list, &QTreeWidget::itemActivated, m_edit, &QPushButton::click);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        m_edit->setEnabled(!selectedId().isEmpty());
        m_remove->setEnabled(!selectedId().isEmpty());
    });
    connect(m_editor, &SectionEditor::saved, this,
            [this](const QVariantMap& values, const QVariantMap& before) {
                m_editor->hide();
                if (m_editing.isEmpty()) {
                    // A new part: every value given, not only the ones that differ from an empty form.
                    QVariantMap all;
                    for (auto it = values.cbegin(); it != values.cend(); ++it)
                        if (!it.value().toString().isEmpty())
                            all.insert(it.key(), it.value());
                    Q_EMIT added(all);
                } else {
                    Q_EMIT changed(m_editing, values, before);
                }
                m_list->setFocus(Qt::OtherFocusReason);
            });
    connect(m_editor, &SectionEditor::cancelled, this, [this] {
        m_editor->hide();
        m_list->setFocus(Qt::OtherFocusReason);
    });
}

void PartList::setChoices(const QMap<QString, QList<Choice>>& choices)
{
    m_choices = choices;
    m_editor->setChoices(choices);
    setParts(m_parts);
}

void PartList::setEditable(bool editable)
{
    m_add->setVisible(editable);
    m_edit->setVisible(editable);
    m_remove->setVisible(editable);
}

void PartList::setParts(const QList<std::pair<QString, QVariantMap>>& parts)
{
    const QString keep = selectedId();
    m_parts = parts;
    m_list->clear();
    for (const auto& [id, values] : parts) {
        QStringList cells;
        for (const QString& c : std::as_const(m_columns)) {
            QString text = values.value(c).toString();
            for (const FieldSpec& f : std::as_const(m_fields)) {
                if (f.key != c)
                    continue;
                if (f.kind == FieldSpec::Kind::Choice)
                    for (const Choice& ch : m_choices.value(f.list))
                        if (ch.key == text)
                            text = ch.label;
                if (f.kind == FieldSpec::Kind::Flag)
                    text = text == QLatin1String("1") ? tr("yes") : QString();
            }
            cells.append(text);
        }
        auto* item = new QTreeWidgetItem(m_list, cells);
        item->setData(0, Qt::UserRole, id);
        if (id == keep)
            m_list->setCurrentItem(item);
    }
    m_edit->setEnabled(!selectedId().isEmpty());
    m_remove->setEnabled(!selectedId().isEmpty());
}

void PartList::edit(const QString& partId, const QVariantMap& values, const std::optional<QVariantMap>& base)
{
    m_editing = partId;
    m_editor->setTitle(partId.isEmpty() ? tr("New") : tr("Change"));
    // A new part starts from an empty form: whatever is typed counts as changed.
    m_editor->setValues(partId.isEmpty() ? QVariantMap() : base.value_or(values));
    m_editor->show();
    m_editor->edit(values);
}

QString PartList::selectedId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

QVariantMap PartList::valuesOf(const QString& id) const
{
    for (const auto& [partId, values] : m_parts)
        if (partId == id)
            return values;
    return {};
}

bool PartList::eventFilter(QObject* watched, QEvent* event)
{
    // F2, Insert and Delete on the list are the list's, not the window's shortcuts (F2 there edits the
    // member): claim them before the shortcut map does.
    if (watched == m_list && event->type() == QEvent::ShortcutOverride && m_add->isVisible()) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_F2 || key == Qt::Key_Insert || key == Qt::Key_Delete) {
            event->accept();
            return true;
        }
    }
    if (watched == m_list && event->type() == QEvent::KeyPress && m_add->isVisible()) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Insert) {
            m_add->click();
            return true;
        }
        if (key == Qt::Key_Delete) {
            m_remove->click();
            return true;
        }
        if (key == Qt::Key_F2) {
            m_edit->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace crm
