#pragma once

#include <QString>
#include <QStringList>
#include <Qt>

namespace crm {

/// What a members list shows: an optional search (prefix match on names, e-mail, username), an
/// optional group, and a sort. The Cache turns it into SQL, so filtering and sorting never happen in
/// memory.
struct MemberQuery {
    enum class Sort { DisplayName, FirstName, LastName, Email, Username, Id };
    QString search;
    QString groupId;
    Sort sort = Sort::DisplayName;
    Qt::SortOrder order = Qt::AscendingOrder;

    bool operator==(const MemberQuery&) const = default;
};

/// How many members a query matches, as far as a quick look tells: exactly, or at least that many.
struct MemberCount {
    qint64 members = 0;
    bool exact = true;
};

/// What a person types as the phrases of a search: each word's letters and digits, the runs between
/// its punctuation separated by spaces ("o'bri" is "o bri").
QStringList searchPhrases(const QString& text);
/// Turns what a person types into an FTS5 query: every word must match as a prefix, in any column.
/// Returns an empty string when the text has no searchable characters.
QString ftsPrefixQuery(const QString& text);

} // namespace crm
