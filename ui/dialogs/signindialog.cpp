#include "signindialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace crm {

SignInDialog::SignInDialog(const QString& site, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to %1").arg(site));
    auto* text = new QLabel(tr("CRM Console opened the site's sign-in page in your browser. Sign in there "
                               "and choose <b>Allow</b>; this window closes by itself when the site sends "
                               "the browser back."));
    text->setWordWrap(true);
    auto* busy = new QProgressBar;
    busy->setRange(0, 0);
    busy->setAccessibleName(tr("Waiting for the browser"));
    busy->setTextVisible(false);
    m_address = new QLineEdit;
    m_address->setObjectName(QStringLiteral("signInAddress"));
    m_address->setReadOnly(true);
    m_address->setAccessibleName(tr("Sign-in address"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton* copy = buttons->addButton(tr("&Copy address"), QDialogButtonBox::ActionRole);
    QPushButton* again = buttons->addButton(tr("&Open again"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_url.toString()); });
    connect(again, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_url); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(busy);
    layout->addWidget(new QLabel(tr("If no page opened, copy this address into a browser:")));
    layout->addWidget(m_address);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void SignInDialog::setAddress(const QUrl& url)
{
    m_url = url;
    m_address->setText(url.toString());
    m_address->setCursorPosition(0);
}

} // namespace crm
