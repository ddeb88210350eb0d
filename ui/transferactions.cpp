#include "transferactions.h"

#include "cache/cache.h"
#include "dialogs/accountbatchdialog.h"
#include "dialogs/accountsdialog.h"
#include "dialogs/exportdialog.h"
#include "import/importwizard.h"
#include "session/profilesession.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>

namespace crm {

TransferActions::TransferActions(QWidget* window, std::function<MemberQuery()> shown,
                                 std::function<QStringList()> selected, QObject* parent)
    : QObject(parent), m_window(window), m_shown(std::move(shown)), m_selected(std::move(selected))
{
    m_import = new QAction(tr("&Import members from CSV\u2026"), this);
    m_import->setObjectName(QStringLiteral("importAction"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_export = new QAction(tr("E&xport members\u2026"), this);
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_accounts = new QAction(tr("Create user &accounts for contacts\u2026"), this);
    m_accounts->setObjectName(QStringLiteral("accountsAction"));
    connect(m_accounts, &QAction::triggered, this, &TransferActions::createAccounts);
    connect(m_import, &QAction::triggered, this, &TransferActions::importCsv);
    connect(m_export, &QAction::triggered, this, &TransferActions::exportMembers);
    setSession(nullptr);
}

void TransferActions::setSession(ProfileSession* session)
{
    m_session = session;
    m_import->setEnabled(session);
    m_export->setEnabled(session);
    m_accounts->setVisible(session &&
                           session->abilities().hasAny(Abilities::UserAccounts | Abilities::CreateAccounts));
}

void TransferActions::createAccounts()
{
    if (!m_session)
        return;
    QStringList ids = m_selected();
    if (ids.size() < 2)
        ids = m_session->cache()->memberIds(m_shown());
    if (m_session->abilities().has(Abilities::CreateAccounts)) {
        // Members here are accounts; the people linked to their memberships may not be.
        auto* dialog = new AccountBatchDialog(
            m_session, AccountBatch::fromLinkedMembers(*m_session->cache(), ids), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return;
    }
    auto* dialog = new AccountsDialog(AccountPlan::decide(*m_session->cache(), ids), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { Q_EMIT message(tr("User import file saved: give it to the site's user import.")); });
    dialog->open();
}

void TransferActions::importCsv()
{
    if (!m_session)
        return;
    auto* wizard = new ImportWizard(m_session, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

void TransferActions::exportMembers()
{
    if (!m_session)
        return;
    const MemberQuery query = m_shown();
    const QStringList selected = m_selected();
    auto* dialog = new ExportDialog(m_session->profile(), m_session->cache()->countMembers(query),
                                    int(selected.size()), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, query, selected] {
        const bool json = dialog->format() == MemberExport::Format::Json;
        const QString path = QFileDialog::getSaveFileName(
            m_window, tr("Export members"),
            json ? QStringLiteral("members.json") : QStringLiteral("members.csv"),
            json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
        if (path.isEmpty() || !m_session)
            return;
        MemberExport::Options o;
        o.query = query;
        if (dialog->selectedOnly())
            o.ids = selected;
        o.columns = dialog->columns();
        o.format = dialog->format();
        o.byteOrderMark = dialog->byteOrderMark();
        o.delimiter = dialog->delimiter();
        QSaveFile file(path);
        QString error;
        qint64 n = -1;
        if (file.open(QIODevice::WriteOnly))
            n = MemberExport::write(*m_session->cache(), m_session->profile(), o, &file, &error);
        else
            error = file.errorString();
        if (n >= 0 && !file.commit()) {
            error = file.errorString();
            n = -1;
        }
        if (n < 0) {
            Q_EMIT message(tr("Export failed: %1").arg(error));
            if (!qEnvironmentVariableIsSet("CRM_CONSOLE_NO_DIALOGS"))
                QMessageBox::warning(m_window, tr("Export failed"),
                                     tr("%1 was not written: %2").arg(QDir::toNativeSeparators(path), error));
            return;
        }
        Q_EMIT message(
            tr("Exported %n member(s) to %1.", nullptr, int(n)).arg(QDir::toNativeSeparators(path)));
    });
    dialog->open();
}

} // namespace crm
