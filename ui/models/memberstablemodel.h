#pragma once

#include "cache/memberquery.h"
#include "domain/member.h"

#include <QAbstractTableModel>
#include <QCache>

namespace crm {

class Cache;
class MemberCounter;

/// The members of a cache as a table, read in windows of rows: the row count comes from SQL, rows are
/// fetched a page at a time when a view asks for them, and sorting and filtering are pushed into SQL.
/// Memory stays bounded (a few pages) whatever the size of the cache.
///
/// A search or group whose count is not cheap first shows the rows a quick look finds (Cache::quickCount():
/// a first page, or QuickCount rows), with countIsExact() false, while a MemberCounter counts them off the
/// window's thread; the rest are inserted when it answers.
class MembersTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DisplayName, FirstName, LastName, Email, Username, Id, ColumnCount };
    enum Role { MemberIdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 200;
    static constexpr int QuickCount = 10000;

    explicit MembersTableModel(QObject* parent = nullptr);
    /// The member field a column shows ("first_name"), as BackendKind::emptyListFields names them.
    static QString columnField(int column);

    /// The cache to show (nullptr: none). The model does not own it.
    void setCache(Cache* cache);
    void setSearch(const QString& text);
    void setGroup(const QString& groupId);
    const MemberQuery& query() const { return m_query; }
    /// Re-reads the count and drops cached pages (after a sync or an edit).
    void refresh();
    QString memberId(int row) const;
    /// False while a large list's count is on its way (rowCount() is what is known so far).
    bool countIsExact() const { return m_countExact; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    /// The exact count arrived and rows were inserted (or removed) to match it.
    void countChanged();

private:
    void applyQuery(const MemberQuery& query);
    /// Sets m_count for m_query: exact when cheap, else a lower bound with the exact count asked for.
    void recount();
    void takeCount(const MemberQuery& query, qint64 members);
    const Member* row(int r) const;

    Cache* m_cache = nullptr;
    MemberQuery m_query;
    qint64 m_count = 0;
    bool m_countExact = true;
    MemberCounter* m_counter = nullptr; ///< for m_cache
    mutable QCache<qint64, QList<Member>> m_pages{16};
};

} // namespace crm
