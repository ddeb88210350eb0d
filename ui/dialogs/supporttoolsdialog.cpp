#include "supporttoolsdialog.h"
#include "tones.h"

#include "net/crmcall.h"
#include "session/profilesession.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace crm {

namespace {
QLabel* resultLabel(const QString& name, const QString& accessible)
{
    auto* l = new QLabel;
    l->setObjectName(name);
    l->setAccessibleName(accessible);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}
} // namespace

SupportToolsDialog::SupportToolsDialog(ProfileSession* session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("supportToolsDialog"));
    setWindowTitle(tr("Support tools"));

    auto* staff = new QGroupBox(tr("Staff account"));
    const QString email = session->profile().options.value(QStringLiteral("staff_email"));
    auto* staffText = new QLabel(
        email.isEmpty() ? tr("This connection has no staff account. Add one in the connection settings.")
                        : tr("Logs in as %1 with the password in the keychain.").arg(email));
    staffText->setWordWrap(true);
    m_staffButton = new QPushButton(tr("&Check staff login"));
    m_staffButton->setObjectName(QStringLiteral("checkStaff"));
    m_staffButton->setEnabled(!email.isEmpty());
    m_staffResult = resultLabel(QStringLiteral("staffResult"), tr("Staff login result"));
    auto* staffLayout = new QVBoxLayout(staff);
    staffLayout->addWidget(staffText);
    staffLayout->addWidget(m_staffButton, 0, Qt::AlignLeft);
    staffLayout->addWidget(m_staffResult);

    auto* token = new QGroupBox(tr("Autologin token a member reports"));
    m_token = new QLineEdit;
    m_token->setObjectName(QStringLiteral("autologinToken"));
    m_token->setAccessibleName(tr("Autologin token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_tokenButton = new QPushButton(tr("&Verify token"));
    m_tokenButton->setObjectName(QStringLiteral("verifyToken"));
    m_tokenResult = resultLabel(QStringLiteral("tokenResult"), tr("Token check result"));
    auto* tokenLayout = new QVBoxLayout(token);
    auto* tokenForm = new QFormLayout;
    tokenForm->addRow(tr("&Token:"), m_token);
    tokenForm->addRow(QString(), m_tokenButton);
    tokenLayout->addLayout(tokenForm);
    tokenLayout->addWidget(m_tokenResult);

    auto* device = new QGroupBox(tr("Device token"));
    m_deviceId = new QLineEdit;
    m_deviceId->setObjectName(QStringLiteral("deviceId"));
    m_deviceId->setAccessibleName(tr("Device id"));
    m_deviceButton = new QPushButton(tr("&Issue device token"));
    m_deviceButton->setObjectName(QStringLiteral("issueDeviceToken"));
    m_deviceResult = resultLabel(QStringLiteral("deviceResult"), tr("Device token result"));
    auto* deviceLayout = new QVBoxLayout(device);
    auto* deviceForm = new QFormLayout;
    deviceForm->addRow(tr("&Device id:"), m_deviceId);
    deviceForm->addRow(QString(), m_deviceButton);
    deviceLayout->addLayout(deviceForm);
    deviceLayout->addWidget(m_deviceResult);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(staff);
    layout->addWidget(token);
    layout->addWidget(device);
    layout->addWidget(buttons);
    connect(m_staffButton, &QPushButton::clicked, this, &SupportToolsDialog::checkStaff);
    connect(m_tokenButton, &QPushButton::clicked, this, &SupportToolsDialog::verifyToken);
    connect(m_deviceButton, &QPushButton::clicked, this, &SupportToolsDialog::issueDeviceToken);
    setMinimumWidth(560);
}

void SupportToolsDialog::run(CrmCall* call, QLabel* label, QPushButton* button,
                             std::function<QString(CrmCall*)> done)
{
    button->setEnabled(false);
    label->setText(tr("Asking the CRM\u2026"));
    connect(call, &CrmCall::finished, this, [this, call, label, button, done] {
        button->setEnabled(true);
        label->setText(call->ok() ? done(call) : call->error().userMessage());
        if (call->ok())
            Tones::clear(label);
        else
            Tones::paint(label, Tones::Tone::Problem);
        // Results wrap onto more lines than the first layout had: let the dialog grow with them.
        resize(width(), heightForWidth(width()) > 0 ? heightForWidth(width()) : sizeHint().height());
        Q_EMIT finishedWork();
    });
}

void SupportToolsDialog::checkStaff()
{
    run(m_session->verifyStaffAccount(), m_staffResult, m_staffButton, [](CrmCall* c) {
        const auto a = c->value<StaffAccount>();
        return tr("\u2714 %1 (%2), user %3. Roles: %4.")
            .arg(a.name, a.email, a.id, a.roles.isEmpty() ? tr("none") : a.roles.join(QStringLiteral(", ")));
    });
}

void SupportToolsDialog::verifyToken()
{
    if (!m_session->isConnected()) {
        m_tokenResult->setText(tr("Not connected: checking a token needs the CRM."));
        return;
    }
    const QString token = m_token->text().trimmed();
    if (token.isEmpty())
        return;
    run(m_session->verbs().verifyAutologinToken(token), m_tokenResult, m_tokenButton, [](CrmCall* c) {
        const auto o = c->value<TokenOwner>();
        QStringList meta;
        for (auto it = o.publicMeta.cbegin(); it != o.publicMeta.cend(); ++it)
            meta.append(it.key() + QStringLiteral(" = ") + it.value());
        const QString confirmed = o.member.raw.object().value(QLatin1String("confirmed_at")).toString();
        return tr("\u2714 The token belongs to member %1, %2 (%3). E-mail confirmed: %4.%5")
            .arg(o.member.id, o.member.displayName, o.member.email,
                 confirmed.isEmpty() ? tr("no") : confirmed,
                 meta.isEmpty() ? QString() : tr(" Public meta: %1.").arg(meta.join(QStringLiteral("; "))));
    });
    m_token->clear(); // the token is not kept, not even in the form
}

void SupportToolsDialog::issueDeviceToken()
{
    const QString id = m_deviceId->text().trimmed();
    if (id.isEmpty() || !m_session->isConnected()) {
        m_deviceResult->setText(id.isEmpty() ? tr("Enter the device's id.")
                                             : tr("Not connected: issuing a token needs the CRM."));
        return;
    }
    run(m_session->issueDeviceToken(id), m_deviceResult, m_deviceButton, [this, id](CrmCall* c) {
        return tr("\u2714 A device token for %1 is stored in the keychain as \u201c%2\u201d of connection "
                  "\u201c%3\u201d. It is not shown here.")
            .arg(id, c->value<QString>(), m_session->profile().name);
    });
}

} // namespace crm
