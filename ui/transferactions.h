#pragma once

#include "cache/memberquery.h"

#include <QObject>
#include <functional>

class QAction;
class QWidget;

namespace crm {

class ProfileSession;

/// File → Import members from CSV… (the import wizard on the open connection) and File → Export
/// members… (the members shown, or the selected ones, with chosen columns to CSV or JSON, written whole
/// or not at all).
class TransferActions : public QObject {
    Q_OBJECT
public:
    TransferActions(QWidget* window, std::function<MemberQuery()> shown,
                    std::function<QStringList()> selected, QObject* parent = nullptr);

    void setSession(ProfileSession* session);
    QAction* importAction() const { return m_import; }
    QAction* exportAction() const { return m_export; }

    void importCsv();
    void exportMembers();

Q_SIGNALS:
    /// An import changed the cache: the window shows it again.
    void cacheChanged();
    void message(const QString& text);

private:
    QWidget* m_window;
    std::function<MemberQuery()> m_shown;
    std::function<QStringList()> m_selected;
    ProfileSession* m_session = nullptr;
    QAction* m_import;
    QAction* m_export;
};

} // namespace crm
