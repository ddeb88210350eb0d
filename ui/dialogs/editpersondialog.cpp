#include "editpersondialog.h"
#include "tones.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace crm {

namespace {
QStringList listOf(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& e : v.toArray())
        if (!e.toString().isEmpty())
            out.append(e.toString());
    return out;
}

QStringList linesOf(const QPlainTextEdit* edit)
{
    QStringList out;
    for (const QString& l : edit->toPlainText().split(QLatin1Char('\n')))
        if (!l.trimmed().isEmpty())
            out.append(l.trimmed());
    return out;
}

QLineEdit* line(const QString& text, const char* name, const QString& accessible)
{
    auto* e = new QLineEdit(text);
    e->setObjectName(QString::fromLatin1(name));
    e->setAccessibleName(accessible);
    return e;
}
} // namespace

EditPersonDialog::EditPersonDialog(const Member& member, QWidget* parent)
    : QDialog(parent), m_member(member),
      m_person(member.raw.object().value(QLatin1String("person")).toObject())
{
    setObjectName(QStringLiteral("editPersonDialog"));
    // Two "Marvin Smith" rows are told apart by the e-mail.
    setWindowTitle(member.email.isEmpty() ? tr("Edit %1").arg(member.displayName)
                                          : tr("Edit %1 <%2>").arg(member.displayName, member.email));
    m_first = line(member.firstName, "firstName", tr("First name"));
    m_last = line(member.lastName, "lastName", tr("Last name"));
    m_email = line(member.email, "email", tr("E-mail"));
    m_lines =
        new QPlainTextEdit(listOf(m_person.value(QLatin1String("address_lines"))).join(QLatin1Char('\n')));
    m_lines->setObjectName(QStringLiteral("addressLines"));
    m_lines->setAccessibleName(tr("Address lines, one a line"));
    m_lines->setTabChangesFocus(true);
    m_lines->setMaximumHeight(70);
    m_locality = line(m_person.value(QLatin1String("locality")).toString(), "locality", tr("Locality"));
    m_region = line(m_person.value(QLatin1String("region")).toString(), "region", tr("Region"));
    m_postal = line(m_person.value(QLatin1String("postal_code")).toString(), "postalCode", tr("Postal code"));
    m_country = line(m_person.value(QLatin1String("country")).toString(), "country", tr("Country"));
    m_phones = new QPlainTextEdit(listOf(m_person.value(QLatin1String("telephone"))).join(QLatin1Char('\n')));
    m_phones->setObjectName(QStringLiteral("telephones"));
    m_phones->setAccessibleName(tr("Telephone numbers, one a line"));
    m_phones->setTabChangesFocus(true);
    m_phones->setMaximumHeight(50);
    m_comms = new QCheckBox(tr("May be contacted (comms permission)"));
    m_comms->setObjectName(QStringLiteral("commsPermission"));
    m_comms->setChecked(m_person.value(QLatin1String("comms_permission")).toBool());
    m_tags = new QListWidget;
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->addItems(listOf(m_person.value(QLatin1String("tags"))));
    m_tags->setMaximumHeight(90);
    m_newTag = line({}, "newTag", tr("New tag"));
    m_newTag->setPlaceholderText(tr("new tag"));
    auto* addTag = new QPushButton(tr("Add &tag"));
    auto* removeTag = new QPushButton(tr("Re&move tag"));
    removeTag->setObjectName(QStringLiteral("removeTag"));
    connect(addTag, &QPushButton::clicked, this, [this] {
        this->addTag(m_newTag->text());
        m_newTag->clear();
    });
    connect(m_newTag, &QLineEdit::returnPressed, addTag, &QPushButton::click);
    connect(removeTag, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* i = m_tags->currentItem())
            this->removeTag(i->text());
    });
    auto* tagRow = new QHBoxLayout;
    tagRow->addWidget(m_newTag, 1);
    tagRow->addWidget(addTag);
    tagRow->addWidget(removeTag);
    auto* tagBox = new QVBoxLayout;
    tagBox->addWidget(m_tags);
    tagBox->addLayout(tagRow);

    auto* form = new QFormLayout;
    form->addRow(tr("&First name:"), m_first);
    form->addRow(tr("&Last name:"), m_last);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Address lines:"), m_lines);
    form->addRow(tr("L&ocality:"), m_locality);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Postal code:"), m_postal);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("Telep&hones:"), m_phones);
    form->addRow(QString(), m_comms);
    form->addRow(tr("Tags:"), tagBox);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problem"));
    Tones::paint(m_problem, Tones::Tone::Problem);
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(new QLabel(tr("Lists are saved whole: what you see here replaces the CRM's list.")));
    layout->addWidget(m_buttons);
    for (QLineEdit* e : {m_first, m_last, m_email, m_locality, m_region, m_postal, m_country})
        connect(e, &QLineEdit::textChanged, this, &EditPersonDialog::validate);
    for (QPlainTextEdit* e : {m_lines, m_phones})
        connect(e, &QPlainTextEdit::textChanged, this, &EditPersonDialog::validate);
    connect(m_comms, &QCheckBox::toggled, this, &EditPersonDialog::validate);
    validate();
}

QStringList EditPersonDialog::tags() const
{
    QStringList out;
    for (int i = 0; i < m_tags->count(); ++i)
        out.append(m_tags->item(i)->text());
    return out;
}

void EditPersonDialog::addTag(const QString& tag)
{
    const QString t = tag.trimmed();
    if (t.isEmpty() || tags().contains(t))
        return;
    m_tags->addItem(t);
    validate();
}

void EditPersonDialog::removeTag(const QString& tag)
{
    for (QListWidgetItem* i : m_tags->findItems(tag, Qt::MatchExactly))
        delete i;
    validate();
}

QVariantMap EditPersonDialog::changes() const
{
    QVariantMap out;
    auto text = [&](const char* field, const QLineEdit* e, const QString& was) {
        if (e->text().trimmed() != was)
            out.insert(QString::fromLatin1(field), e->text().trimmed());
    };
    text("first_name", m_first, m_member.firstName);
    text("last_name", m_last, m_member.lastName);
    text("email", m_email, m_member.email);
    text("locality", m_locality, m_person.value(QLatin1String("locality")).toString());
    text("region", m_region, m_person.value(QLatin1String("region")).toString());
    text("postal_code", m_postal, m_person.value(QLatin1String("postal_code")).toString());
    text("country", m_country, m_person.value(QLatin1String("country")).toString());
    auto list = [&](const char* field, const QStringList& now) {
        if (now != listOf(m_person.value(QLatin1String(field))))
            out.insert(QString::fromLatin1(field), now);
    };
    list("address_lines", linesOf(m_lines));
    list("telephone", linesOf(m_phones));
    list("tags", tags());
    if (m_comms->isChecked() != m_person.value(QLatin1String("comms_permission")).toBool())
        out.insert(QStringLiteral("comms_permission"), m_comms->isChecked());
    return out;
}

QString EditPersonDialog::problem() const
{
    static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (m_first->text().trimmed().isEmpty() && m_last->text().trimmed().isEmpty())
        return tr("Enter a first or a last name.");
    const QString e = m_email->text().trimmed();
    if (!email.match(e).hasMatch())
        return tr("\u201c%1\u201d is not an e-mail address (it needs a name, an @ and a domain).").arg(e);
    return {};
}

void EditPersonDialog::validate()
{
    const QString p = problem();
    m_problem->setText(p);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty() && !changes().isEmpty());
}

} // namespace crm
