#include "memberstablemodel.h"

#include "cache/cache.h"
#include "cache/membercounter.h"

namespace crm {

MembersTableModel::MembersTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void MembersTableModel::setCache(Cache* cache)
{
    beginResetModel();
    m_cache = cache;
    delete m_counter;
    m_counter = nullptr;
    if (m_cache) {
        m_counter = new MemberCounter(m_cache->filePath(), this);
        connect(m_counter, &MemberCounter::counted, this, &MembersTableModel::takeCount);
    }
    m_pages.clear();
    recount();
    endResetModel();
    if (m_cache)
        m_cache->prepareSearch(m_query);
}

void MembersTableModel::applyQuery(const MemberQuery& query)
{
    if (query == m_query)
        return;
    const bool resorted = query.sort != m_query.sort;
    beginResetModel();
    m_query = query;
    m_pages.clear();
    recount();
    endResetModel();
    if (m_cache && resorted)
        m_cache->prepareSearch(m_query);
}

void MembersTableModel::setSearch(const QString& text)
{
    MemberQuery q = m_query;
    q.search = text.trimmed();
    applyQuery(q);
}

void MembersTableModel::setGroup(const QString& groupId)
{
    MemberQuery q = m_query;
    q.groupId = groupId;
    applyQuery(q);
}

void MembersTableModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    recount();
    endResetModel();
}

void MembersTableModel::recount()
{
    const MemberCount quick = m_cache ? m_cache->quickCount(m_query, QuickCount) : MemberCount{};
    m_count = quick.exact ? quick.members : std::min<qint64>(quick.members, QuickCount);
    m_countExact = quick.exact;
    if (!m_countExact)
        m_counter->count(m_query);
}

void MembersTableModel::takeCount(const MemberQuery& query, qint64 members)
{
    if (query != m_query || m_countExact)
        return;
    const int now = int(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
    const int exact = int(std::min<qint64>(members, std::numeric_limits<int>::max()));
    if (exact > now) {
        beginInsertRows({}, now, exact - 1);
        m_count = members;
        m_countExact = true;
        endInsertRows();
    } else if (exact < now) {
        beginRemoveRows({}, exact, now - 1);
        m_count = members;
        m_countExact = true;
        m_pages.clear();
        endRemoveRows();
    } else {
        m_count = members;
        m_countExact = true;
    }
    Q_EMIT countChanged();
}

int MembersTableModel::rowCount(const QModelIndex& parent) const
{
    // Views cannot show more than INT_MAX rows; a cache that large is capped, not wrapped.
    return parent.isValid() ? 0 : int(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int MembersTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Member* MembersTableModel::row(int r) const
{
    if (!m_cache || r < 0 || r >= m_count)
        return nullptr;
    const qint64 page = r / PageSize;
    QList<Member>* rows = m_pages.object(page);
    if (!rows) {
        rows = new QList<Member>(m_cache->members(m_query, page * PageSize, PageSize));
        m_pages.insert(page, rows);
    }
    const qsizetype i = r % PageSize;
    return i < rows->size() ? &rows->at(i) : nullptr;
}

QString MembersTableModel::memberId(int r) const
{
    const Member* m = row(r);
    return m ? m->id : QString();
}

QVariant MembersTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    if (role != Qt::DisplayRole && role != MemberIdRole && role != Qt::ToolTipRole)
        return {};
    const Member* m = row(index.row());
    if (!m)
        return {};
    if (role == MemberIdRole)
        return m->id;
    switch (index.column()) {
    case DisplayName:
        return m->displayName;
    case FirstName:
        return m->firstName;
    case LastName:
        return m->lastName;
    case Email:
        return m->email.isEmpty() && role == Qt::ToolTipRole ? tr("No e-mail address") : m->email;
    case Username:
        return m->username;
    case Id:
        return m->id;
    }
    return {};
}

QString MembersTableModel::columnField(int column)
{
    switch (column) {
    case DisplayName:
        return QStringLiteral("display_name");
    case FirstName:
        return QStringLiteral("first_name");
    case LastName:
        return QStringLiteral("last_name");
    case Email:
        return QStringLiteral("email");
    case Username:
        return QStringLiteral("username");
    case Id:
        return QStringLiteral("id");
    }
    return {};
}

QVariant MembersTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DisplayName:
        return tr("Name");
    case FirstName:
        return tr("First name");
    case LastName:
        return tr("Last name");
    case Email:
        return tr("E-mail");
    case Username:
        return tr("Username");
    case Id:
        return tr("ID");
    }
    return {};
}

void MembersTableModel::sort(int column, Qt::SortOrder order)
{
    static const MemberQuery::Sort sorts[] = {MemberQuery::Sort::DisplayName, MemberQuery::Sort::FirstName,
                                              MemberQuery::Sort::LastName,    MemberQuery::Sort::Email,
                                              MemberQuery::Sort::Username,    MemberQuery::Sort::Id};
    if (column < 0 || column >= ColumnCount)
        return;
    MemberQuery q = m_query;
    q.sort = sorts[column];
    q.order = order;
    if (q == m_query)
        return;
    // A reset, not a layout change: the rows are re-read from SQL in the new order.
    beginResetModel();
    m_query = q;
    m_pages.clear();
    endResetModel();
}

} // namespace crm
