#pragma once

#include "domain/member.h"

#include <QWidget>
#include <optional>

class QLabel;
class QMenu;
class QSplitter;
class QLineEdit;
class QTableView;
class QTimer;

namespace crm {

class MemberDetailPanel;
class MembersTableModel;
class ProfileSession;

/// The Members tab: search as you type, the group being shown (with Show all members), the table of
/// cached members (sort by header, a window of rows at a time) and the selected member's details.
class MembersView : public QWidget {
    Q_OBJECT
public:
    explicit MembersView(QWidget* parent = nullptr);

    /// Shows session's cached members (nullptr: none), with the columns as the person left them for that
    /// connection (the previous connection's are kept first).
    void setSession(ProfileSession* session);
    /// Keeps the columns and divider of the connection on show (ViewMemory), as setSession() does.
    void saveLayout() const;
    /// One checkable entry a column: shown or not. The last column shown cannot be hidden.
    QMenu* columnsMenu() const { return m_columns; }
    MembersTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchBox() const { return m_search; }
    MemberDetailPanel* detail() const { return m_detail; }

    QStringList selectedIds() const;
    /// Selects the member with this id when the first rows show them; false otherwise.
    bool selectMember(const QString& id);
    /// Reads the cache again, keeping the member being looked at selected and the scroll position.
    void refresh();
    /// Says which group the table shows (none: every member).
    void showGroup(const std::optional<Group>& group);
    /// Shows the selected member from the cache in the detail panel (when one is selected).
    void showSelected();
    /// Puts the cursor in the search box, its text selected.
    void focusSearch();

Q_SIGNALS:
    void selectionChanged();
    /// A row was double-clicked: edit it.
    void memberActivated();
    void showAllRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    ProfileSession* m_session = nullptr;
    QLineEdit* m_search;
    QLabel* m_count;
    QTimer* m_searchDebounce;
    QWidget* m_groupBar;
    QLabel* m_groupLabel;
    MembersTableModel* m_model;
    QTableView* m_table;
    MemberDetailPanel* m_detail;
    QSplitter* m_split;
    QMenu* m_columns;
    QByteArray m_defaultColumns; ///< the header as built, for a connection with nothing saved
};

} // namespace crm
