#pragma once

#include "cache/memberquery.h"

#include <QObject>
#include <functional>

class QAction;
class QWidget;

namespace crm {

class ProfileSession;

/// File → Import members from CSV… (the import wizard on the open connection), File → Export
/// members… (the members shown, or the selected ones, with chosen columns to CSV or JSON, written whole
/// or not at all), and Tools → Create user accounts for contacts….
class TransferActions : public QObject {
    Q_OBJECT
public:
    TransferActions(QWidget* window, std::function<MemberQuery()> shown,
                    std::function<QStringList()> selected, QObject* parent = nullptr);

    void setSession(ProfileSession* session);
    QAction* importAction() const { return m_import; }
    QAction* exportAction() const { return m_export; }
    /// Tools → Create user accounts for contacts…: shown where members may lack an account. Where the
    /// CRM makes accounts through its API (SheepCRM, REMP) it checks and creates them for the people
    /// linked to the chosen members' memberships or for listed addresses; for CiviCRM it writes the
    /// site's user import file.
    QAction* accountsAction() const { return m_accounts; }

    void importCsv();
    void exportMembers();
    /// The selected members, or all shown when none is selected.
    void createAccounts();

Q_SIGNALS:
    void message(const QString& text);

private:
    QWidget* m_window;
    std::function<MemberQuery()> m_shown;
    std::function<QStringList()> m_selected;
    ProfileSession* m_session = nullptr;
    QAction* m_import;
    QAction* m_export;
    QAction* m_accounts;
};

} // namespace crm
