#include "memberpagewriter.h"

#include "searchwords.h"

#include <sqlite3.h>

namespace crm {

namespace {

enum Statement {
    MaxRowid,
    Upsert,
    KeepLocal,
    DropAddresses,
    AddAddress,
    DropPhones,
    AddPhone,
    DropEmails,
    AddEmail,
    IndexNew,
    StatementCount
};

const char* const kSql[StatementCount] = {
    "SELECT coalesce(max(rowid), 0) FROM members",
    "INSERT INTO members(id, num_id, first_name, last_name, display_name, email, user_id, username, "
    "modified, raw, sync_gen, search_extra) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
    "ON CONFLICT(id) DO UPDATE SET "
    "num_id=excluded.num_id, first_name=excluded.first_name, last_name=excluded.last_name, "
    "display_name=excluded.display_name, email=excluded.email, user_id=excluded.user_id, "
    "username=excluded.username, modified=excluded.modified, raw=excluded.raw, sync_gen=excluded.sync_gen, "
    "search_extra=CASE WHEN ?13 THEN excluded.search_extra ELSE members.search_extra END",
    "UPDATE members SET raw=?1, user_id=?2, username=?3, sync_gen=?4, "
    "search_extra=CASE WHEN ?6 THEN ?7 ELSE search_extra END WHERE id=?5",
    "DELETE FROM addresses WHERE member_id=?1",
    "INSERT INTO addresses(member_id, position, id, raw, location_type, is_primary, street, supplemental, "
    "city, postal_code, country) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    "DELETE FROM phones WHERE member_id=?1",
    "INSERT INTO phones(member_id, position, id, location_type, phone_type, number, is_primary, raw) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    "DELETE FROM emails WHERE member_id=?1",
    "INSERT INTO emails(member_id, position, id, location_type, email, is_primary, on_hold, raw) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    "INSERT INTO members_fts(rowid, display_name, first_name, last_name, email, username, search_extra) "
    "SELECT rowid, display_name, first_name, last_name, email, username, search_extra FROM members "
    "WHERE rowid > ?1",
};

// The columns are NOT NULL: a null QString binds as empty text, never as NULL.
void bindText(sqlite3_stmt* s, int column, const QString& text)
{
    const void* data = text.isNull() ? static_cast<const void*>(u"") : text.utf16();
    sqlite3_bind_text16(s, column, data, int(text.size() * sizeof(char16_t)), SQLITE_STATIC);
}

void bindUtf8(sqlite3_stmt* s, int column, const QByteArray& text)
{
    sqlite3_bind_text(s, column, text.isNull() ? "" : text.constData(), int(text.size()), SQLITE_STATIC);
}

/// Runs a statement that returns no rows and readies it for the next use.
bool run(sqlite3_stmt* s)
{
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return rc == SQLITE_DONE;
}

} // namespace

MemberPageWriter::MemberPageWriter(sqlite3* db) : m_db(db) {}

bool MemberPageWriter::writeParts(const Member& m)
{
    sqlite3_stmt* dropPhones = m_statements[DropPhones];
    bindText(dropPhones, 1, m.id);
    if (!run(dropPhones))
        return false;
    sqlite3_stmt* phone = m_statements[AddPhone];
    for (int i = 0; i < m.phones.size(); ++i) {
        const Phone& p = m.phones[i];
        const QByteArray raw = p.raw.json();
        bindText(phone, 1, m.id);
        sqlite3_bind_int(phone, 2, i);
        bindText(phone, 3, p.id);
        bindText(phone, 4, p.locationType);
        bindText(phone, 5, p.phoneType);
        bindText(phone, 6, p.number);
        sqlite3_bind_int(phone, 7, p.isPrimary ? 1 : 0);
        bindUtf8(phone, 8, raw);
        if (!run(phone))
            return false;
    }
    sqlite3_stmt* dropEmails = m_statements[DropEmails];
    bindText(dropEmails, 1, m.id);
    if (!run(dropEmails))
        return false;
    sqlite3_stmt* email = m_statements[AddEmail];
    for (int i = 0; i < m.emails.size(); ++i) {
        const EmailAddress& e = m.emails[i];
        const QByteArray raw = e.raw.json();
        bindText(email, 1, m.id);
        sqlite3_bind_int(email, 2, i);
        bindText(email, 3, e.id);
        bindText(email, 4, e.locationType);
        bindText(email, 5, e.email);
        sqlite3_bind_int(email, 6, e.isPrimary ? 1 : 0);
        sqlite3_bind_int(email, 7, e.onHold ? 1 : 0);
        bindUtf8(email, 8, raw);
        if (!run(email))
            return false;
    }
    return true;
}

MemberPageWriter::~MemberPageWriter()
{
    for (sqlite3_stmt* s : m_statements)
        sqlite3_finalize(s);
}

sqlite3_stmt* MemberPageWriter::statement(int which)
{
    if (!m_statements[which])
        sqlite3_prepare_v3(m_db, kSql[which], -1, SQLITE_PREPARE_PERSISTENT, &m_statements[which], nullptr);
    return m_statements[which];
}

QString MemberPageWriter::failure() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

QString MemberPageWriter::write(const QList<Member>& members, qint64 gen, const QSet<QString>& keepLocal)
{
    for (int i = 0; i < StatementCount; ++i)
        if (!statement(i))
            return failure();

    sqlite3_stmt* maxRowid = m_statements[MaxRowid];
    const bool gotMax = sqlite3_step(maxRowid) == SQLITE_ROW;
    const sqlite3_int64 lastBefore = gotMax ? sqlite3_column_int64(maxRowid, 0) : 0;
    sqlite3_reset(maxRowid);
    if (!gotMax)
        return failure();

    for (const Member& m : members) {
        const QByteArray raw = m.raw.json();
        // Search words only from an answer that carried the parts they come from.
        const bool partsKnown = m.hasPhonesAndEmails || m.hasAddresses;
        const QString words = partsKnown ? SearchWords::of(m) : QString();
        if (keepLocal.contains(m.id)) {
            sqlite3_stmt* s = m_statements[KeepLocal];
            bindUtf8(s, 1, raw);
            bindText(s, 2, m.userId);
            bindText(s, 3, m.username);
            sqlite3_bind_int64(s, 4, gen);
            bindText(s, 5, m.id);
            sqlite3_bind_int(s, 6, partsKnown ? 1 : 0);
            bindText(s, 7, words);
            if (!run(s))
                return failure();
        } else {
            sqlite3_stmt* s = m_statements[Upsert];
            bool numeric = false;
            const qint64 num = m.id.toLongLong(&numeric);
            bindText(s, 1, m.id);
            if (numeric)
                sqlite3_bind_int64(s, 2, num);
            bindText(s, 3, m.firstName);
            bindText(s, 4, m.lastName);
            bindText(s, 5, m.displayName);
            bindText(s, 6, m.email);
            bindText(s, 7, m.userId);
            bindText(s, 8, m.username);
            bindText(s, 9, m.modified);
            bindUtf8(s, 10, raw);
            sqlite3_bind_int64(s, 11, gen);
            bindText(s, 12, words);
            sqlite3_bind_int(s, 13, partsKnown ? 1 : 0);
            if (!run(s))
                return failure();
        }
        if (m.hasPhonesAndEmails && !writeParts(m))
            return failure();
        if (!m.hasAddresses)
            continue;
        sqlite3_stmt* drop = m_statements[DropAddresses];
        bindText(drop, 1, m.id);
        if (!run(drop))
            return failure();
        sqlite3_stmt* add = m_statements[AddAddress];
        for (int i = 0; i < m.addresses.size(); ++i) {
            const Address& a = m.addresses[i];
            const QByteArray addressRaw = a.raw.json();
            bindText(add, 1, m.id);
            sqlite3_bind_int(add, 2, i);
            bindText(add, 3, a.id);
            bindUtf8(add, 4, addressRaw);
            bindText(add, 5, a.locationType);
            sqlite3_bind_int(add, 6, a.isPrimary ? 1 : 0);
            bindText(add, 7, a.street);
            bindText(add, 8, a.supplemental);
            bindText(add, 9, a.city);
            bindText(add, 10, a.postalCode);
            bindText(add, 11, a.country);
            if (!run(add))
                return failure();
        }
    }

    sqlite3_stmt* index = m_statements[IndexNew];
    sqlite3_bind_int64(index, 1, lastBefore);
    if (!run(index))
        return failure();
    return {};
}

} // namespace crm
