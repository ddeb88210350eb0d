#include "aboutdialog.h"

#include "appversion.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace crm {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("About CRM Console"));
    auto* layout = new QVBoxLayout(this);
    auto* icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignHCenter);
    layout->addWidget(icon);
    const QString homepage = QString::fromLatin1(AppHomepage);
    auto* text = new QLabel(
        tr("<h2>CRM Console %1</h2>"
           "<p>Find members and correct their records in your membership CRMs, online or offline.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>"
           "<p>The guide: <a href=\"%4\">%4</a></p>")
            .arg(QString::fromLatin1(AppVersion), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion()), homepage),
        this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setWordWrap(true);
    text->setAccessibleName(tr("About CRM Console"));
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Close)->setFocus();
}

} // namespace crm
