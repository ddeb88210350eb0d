#include "notestab.h"
#include "showndate.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace crm {

NotesTab::NotesTab(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("notesList"));
    m_list->setAccessibleName(tr("Notes"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->setHeaderLabels({tr("Date"), tr("Subject"), tr("Note")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 2);
    m_form = new QWidget;
    auto* form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    m_subject = new QLineEdit;
    m_subject->setObjectName(QStringLiteral("noteSubject"));
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("noteText"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What was said or done, for whoever reads the record next"));
    auto* subjectLabel = new QLabel(tr("S&ubject:"));
    subjectLabel->setBuddy(m_subject);
    auto* textLabel = new QLabel(tr("&Note:"));
    textLabel->setBuddy(m_text);
    form->addRow(subjectLabel, m_subject);
    form->addRow(textLabel, m_text);
    m_add = new QPushButton(tr("&Add note"));
    m_add->setObjectName(QStringLiteral("noteAdd"));
    m_add->setEnabled(false);
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_add);
    form->addRow(row);
    layout->addWidget(m_form, 1);
    connect(m_text, &QPlainTextEdit::textChanged, this,
            [this] { m_add->setEnabled(!m_text->toPlainText().trimmed().isEmpty()); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QString text = m_text->toPlainText().trimmed();
        if (text.isEmpty())
            return;
        Q_EMIT noteAdded(m_subject->text().trimmed(), text);
        m_subject->clear();
        m_text->clear();
    });
}

void NotesTab::showNotes(const QList<Note>& notes)
{
    m_list->clear();
    for (const Note& n : notes)
        new QTreeWidgetItem(m_list, {ShownDate::fromServer(n.date.left(10)), n.subject, n.text});
}

void NotesTab::setEditable(bool editable)
{
    m_form->setVisible(editable);
}

} // namespace crm
