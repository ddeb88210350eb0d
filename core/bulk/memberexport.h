#pragma once

#include "cache/memberquery.h"
#include "domain/member.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

class QIODevice;

namespace crm {

class Cache;
struct Profile;

/// Exports a member list from the cache: a search, a group, or chosen members, with chosen columns
/// (member fields, group ids, the primary address and the profile's custom fields under their labels),
/// as RFC 4180 CSV (UTF-8, CRLF, optionally with a byte order mark for spreadsheet programs) or as a
/// JSON array of objects keyed by column.
class MemberExport {
public:
    struct Column {
        QString key;   ///< "email", "city", "custom_23", ...
        QString title; ///< the CSV header: the key, or a custom field's label
    };
    enum class Format { Csv, Json };
    struct Options {
        MemberQuery query;
        QStringList ids; ///< when not empty, exactly these members (in this order) instead of the query
        QStringList columns;
        Format format = Format::Csv;
        bool byteOrderMark = false;
        char delimiter = ',';
    };

    /// Every column a profile's members can be exported with.
    static QList<Column> columns(const Profile& profile);
    static QStringList defaultColumns();
    /// One member's value in a column (groups: the ids joined by ";").
    static QString value(const Member& member, const QString& column, const QStringList& groups);
    /// Writes the export; the number of members written, or -1 with *error. progress (optional) is
    /// told done/total now and then and may return false to stop (then -1 and "stopped").
    static qint64 write(const Cache& cache, const Profile& profile, const Options& options, QIODevice* out,
                        QString* error, const std::function<bool(qint64, qint64)>& progress = {});
};

} // namespace crm
