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
/// (member fields, groups, the primary address, the profile's custom fields under their labels, and the
/// fields the CRM's records carry beyond those: phones, e-mails, birth date, preferences...), as RFC 4180
/// CSV (UTF-8, CRLF, optionally with a byte order mark for spreadsheet programs) or as a JSON array of
/// objects keyed by column. Values read as a person reads them: groups, countries, genders and
/// location types by name, flags as yes or no.
class MemberExport {
public:
    struct Column {
        QString key;   ///< "email", "city", "custom_23", ...: what --columns and the JSON keys say
        QString title; ///< the CSV header as a person reads it: "E-mail", "City", a custom field's label
        /// The key in a JSON export: the column key, or a custom field's label.
        QString jsonKey;
    };
    enum class Format { Csv, Json };
    struct Options {
        MemberQuery query;
        QStringList ids; ///< when not empty, exactly these members (in this order) instead of the query
        QStringList columns;
        Format format = Format::Csv;
        bool byteOrderMark = false;
        char delimiter = ',';
        bool keyHeaders = false; ///< the CSV header as column keys (for scripts) instead of titles
    };

    /// Every column a profile's members can be exported with.
    static QList<Column> columns(const Profile& profile);
    static QStringList defaultColumns();
    /// Writes the export; the number of members written, or -1 with *error. progress (optional) is
    /// told done/total now and then and may return false to stop (then -1 and "stopped").
    static qint64 write(const Cache& cache, const Profile& profile, const Options& options, QIODevice* out,
                        QString* error, const std::function<bool(qint64, qint64)>& progress = {});
};

} // namespace crm
