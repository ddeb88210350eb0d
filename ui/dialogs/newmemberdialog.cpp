#include "newmemberdialog.h"

#include "tones.h"

#include "fieldlabels.h"
#include "net/crmcall.h"
#include "session/memberverbs.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QVBoxLayout>

namespace crm {

NewMemberDialog::NewMemberDialog(const QStringList& fields, const QStringList& lists, MemberVerbs* checker,
                                 QString noCheck, QWidget* parent)
    : QDialog(parent), m_checker(checker), m_noCheck(std::move(noCheck)), m_lists(lists)
{
    setWindowTitle(tr("New member"));
    setObjectName(QStringLiteral("newMemberDialog"));
    auto* form = new QFormLayout;
    m_email = new QLineEdit;
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setAccessibleName(tr("E-mail"));
    m_email->setPlaceholderText(tr("name@example.org"));
    m_emailStatus = new QLabel;
    m_emailStatus->setObjectName(QStringLiteral("emailStatus"));
    m_emailStatus->setAccessibleName(tr("E-mail check"));
    m_emailStatus->setWordWrap(true);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(QString(), m_emailStatus);
    for (const QString& f : fields) {
        if (isFlagField(f)) {
            auto* box = new QCheckBox(fieldLabel(f));
            box->setObjectName(f);
            box->setAccessibleName(fieldLabel(f));
            box->setChecked(f == QLatin1String("send_email"));
            m_flags.insert(f, box);
            form->addRow(QString(), box);
        } else {
            auto* edit = new QLineEdit;
            edit->setObjectName(f);
            edit->setAccessibleName(fieldLabel(f));
            if (lists.contains(f))
                edit->setPlaceholderText(f == QLatin1String("address_lines") ? tr("line 1 | line 2")
                                                                             : tr("separated by commas"));
            m_texts.insert(f, edit);
            form->addRow(fieldLabel(f) + QLatin1Char(':'), edit);
        }
    }
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* note =
        new QLabel(tr("The CRM sets the password; with \u201cSend the welcome e-mail\u201d the member "
                      "receives it. Without a connection the new member waits in the outbox."));
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_buttons);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(500);
    connect(m_debounce, &QTimer::timeout, this, &NewMemberDialog::check);
    connect(m_email, &QLineEdit::textChanged, this, &NewMemberDialog::emailEdited);
    emailEdited();
    resize(460, sizeHint().height());
}

NewMemberDialog::~NewMemberDialog()
{
    if (m_call)
        m_call->cancel();
}

QVariantMap NewMemberDialog::values() const
{
    QVariantMap out{{QStringLiteral("email"), m_email->text().trimmed()}};
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
        const QString text = it.value()->text().trimmed();
        if (text.isEmpty())
            continue;
        if (!m_lists.contains(it.key())) {
            out.insert(it.key(), text);
            continue;
        }
        QStringList items;
        const QChar separator =
            it.key() == QLatin1String("address_lines") ? QLatin1Char('|') : QLatin1Char(',');
        for (const QString& item : text.split(separator, Qt::SkipEmptyParts))
            if (!item.trimmed().isEmpty())
                items.append(item.trimmed());
        out.insert(it.key(), items);
    }
    for (auto it = m_flags.cbegin(); it != m_flags.cend(); ++it)
        out.insert(it.key(), it.value()->isChecked() ? QStringLiteral("1") : QStringLiteral("0"));
    return out;
}

void NewMemberDialog::emailEdited()
{
    static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (m_call)
        m_call->cancel();
    m_debounce->stop();
    const QString e = m_email->text().trimmed();
    if (!email.match(e).hasMatch()) {
        setState(QStringLiteral("invalid"),
                 e.isEmpty() ? tr("Enter the member's e-mail address.")
                             : tr("Not an e-mail address yet (it needs a name, an @ and a domain)."),
                 std::nullopt);
        return;
    }
    if (!m_checker) {
        setState(QStringLiteral("unchecked"), m_noCheck, Tones::Tone::Caution);
        return;
    }
    setState(QStringLiteral("checking"), tr("Checking with the CRM\u2026"), std::nullopt);
    m_debounce->start();
}

void NewMemberDialog::check()
{
    const QString e = m_email->text().trimmed();
    m_call = m_checker->checkEmail(e);
    CrmCall* call = m_call;
    connect(call, &CrmCall::finished, this, [this, call, e] {
        if (e != m_email->text().trimmed())
            return; // an answer for text that has since changed
        if (call->error().kind == CrmError::Kind::Cancelled)
            return;
        if (!call->ok()) {
            const CrmError& err = call->error();
            if (err.kind == CrmError::Kind::Server && err.retryable()) {
                // REMP limits e-mail checks: try again a little later.
                setState(QStringLiteral("checking"), tr("The CRM is busy; checking again in a moment\u2026"),
                         std::nullopt);
                QTimer::singleShot(2000, this, [this, e] {
                    if (e == m_email->text().trimmed())
                        check();
                });
                return;
            }
            if (err.kind == CrmError::Kind::Validation) {
                setState(QStringLiteral("invalid"), err.userMessage(), Tones::Tone::Problem);
                return;
            }
            setState(QStringLiteral("unchecked"),
                     tr("Could not check the address: %1 It is checked again when the member is created.")
                         .arg(err.userMessage()),
                     Tones::Tone::Caution);
            return;
        }
        const auto result = call->value<EmailCheck>();
        if (result.taken)
            setState(QStringLiteral("taken"),
                     tr("Already taken by member %1: open that member instead.").arg(result.userId),
                     Tones::Tone::Problem);
        else
            setState(QStringLiteral("available"), tr("\u2714 Available"), Tones::Tone::Success);
    });
}

void NewMemberDialog::setState(const QString& state, const QString& text, std::optional<Tones::Tone> tone)
{
    m_state = state;
    m_emailStatus->setText(text);
    if (tone)
        Tones::paint(m_emailStatus, *tone);
    else
        Tones::clear(m_emailStatus);
    validate();
    Q_EMIT emailChecked(state);
}

void NewMemberDialog::validate()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_state == QLatin1String("available") || m_state == QLatin1String("unchecked"));
}

} // namespace crm
