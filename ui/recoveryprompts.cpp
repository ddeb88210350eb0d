#include "recoveryprompts.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace crm::RecoveryPrompts {

namespace {

struct Words {
    Q_DECLARE_TR_FUNCTIONS(RecoveryPrompts)
};

bool dialogsShown(const QWidget* window)
{
    return window->isVisible() && !qEnvironmentVariableIsSet("CRM_CONSOLE_NO_DIALOGS");
}

} // namespace

bool askToTrust(QWidget* window, const QString& profileName, const CrmError& error)
{
    if (!dialogsShown(window))
        return false;
    QMessageBox box(
        QMessageBox::Warning, Words::tr("Untrusted certificate"),
        Words::tr("The server of \u201c%1\u201d shows a security certificate that this computer does not "
                  "trust (%2), so nothing was sent to it.")
            .arg(profileName, error.detail),
        QMessageBox::Cancel, window);
    box.setObjectName(QStringLiteral("trustCertificateBox"));
    box.setInformativeText(
        Words::tr("Its SHA-256 fingerprint is\n%1\n\nTrust it for this connection only if the CRM's "
                  "administrator confirms this fingerprint. If the certificate changes, CRM Console "
                  "refuses it again.")
            .arg(CrmError::fingerprintText(error.certificateSha256)));
    QPushButton* trust =
        box.addButton(Words::tr("&Trust this certificate for this connection"), QMessageBox::AcceptRole);
    trust->setAccessibleName(Words::tr("Trust this certificate for this connection"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == trust;
}

bool askToRebuild(QWidget* window, const CrmError& error)
{
    QMessageBox box(
        QMessageBox::Critical, Words::tr("Damaged local copy"),
        Words::tr("The local copy of this connection's CRM data is damaged, so nothing is shown from it."),
        QMessageBox::Cancel, window);
    box.setObjectName(QStringLiteral("rebuildBox"));
    box.setInformativeText(
        Words::tr("Rebuild it with a full sync: the edits not yet sent are first saved to a file in "
                  "your Documents folder and then sent; the damaged file is kept beside the new "
                  "one."));
    box.setDetailedText(error.detail);
    QPushButton* rebuild = box.addButton(Words::tr("&Rebuild"), QMessageBox::AcceptRole);
    rebuild->setAccessibleName(Words::tr("Rebuild the local copy with a full sync"));
    box.setDefaultButton(rebuild);
    if (!dialogsShown(window))
        return false;
    box.exec();
    return box.clickedButton() == rebuild;
}

bool askSessionOnly(QWidget* window, const CrmError& error)
{
    QMessageBox box(window);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(Words::tr("No keychain"));
    box.setText(error.userMessage());
    box.setInformativeText(
        Words::tr("Without a keychain, CRM Console can keep the keys in memory until it quits. You "
                  "will be asked for them again next time."));
    QPushButton* session =
        box.addButton(Words::tr("Keep for this session only\u2026"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == session;
}

} // namespace crm::RecoveryPrompts
