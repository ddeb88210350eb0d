#include "cacheschema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <iterator>

namespace crm::CacheSchema {

namespace {

// Each step moves the schema from version (index) to version (index + 1).
const char* const kMigrations[] = {
    // 0 -> 1: members, groups, memberships, sync state, outbox.
    R"(
CREATE TABLE members(
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    num_id INTEGER,
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    display_name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    user_id TEXT NOT NULL DEFAULT '',
    username TEXT NOT NULL DEFAULT '',
    modified TEXT NOT NULL DEFAULT '',
    raw TEXT NOT NULL DEFAULT '{}',
    sync_gen INTEGER NOT NULL DEFAULT 0);
CREATE INDEX members_by_display ON members(display_name COLLATE NOCASE);
CREATE INDEX members_by_first ON members(first_name COLLATE NOCASE);
CREATE INDEX members_by_last ON members(last_name COLLATE NOCASE);
CREATE INDEX members_by_email ON members(email COLLATE NOCASE);
CREATE INDEX members_by_num ON members(num_id);
CREATE TABLE crm_groups(
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    smart INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    raw TEXT NOT NULL DEFAULT '{}');
CREATE TABLE group_members(
    group_id TEXT NOT NULL,
    member_id TEXT NOT NULL,
    sync_gen INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY(group_id, member_id)) WITHOUT ROWID;
CREATE INDEX group_members_by_member ON group_members(member_id);
CREATE TABLE sync_state(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE outbox(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    op TEXT NOT NULL,
    member_id TEXT NOT NULL DEFAULT '',
    group_id TEXT NOT NULL DEFAULT '',
    payload TEXT NOT NULL DEFAULT '{}',
    base_modified TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'pending',
    error_kind TEXT NOT NULL DEFAULT '',
    error TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 0,
    server_snapshot TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL);
CREATE INDEX outbox_by_state ON outbox(state, id);
)",
    // 1 -> 2: addresses, usernames sortable, full-text search over names, e-mails and usernames.
    R"(
CREATE TABLE addresses(
    member_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    id TEXT NOT NULL DEFAULT '',
    raw TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY(member_id, position)) WITHOUT ROWID;
CREATE INDEX members_by_username ON members(username COLLATE NOCASE);
CREATE VIRTUAL TABLE members_fts USING fts5(
    display_name, first_name, last_name, email, username,
    content='members', content_rowid='rowid', prefix='1 2 3',
    tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER members_fts_insert AFTER INSERT ON members BEGIN
    INSERT INTO members_fts(rowid, display_name, first_name, last_name, email, username)
    VALUES (new.rowid, new.display_name, new.first_name, new.last_name, new.email, new.username);
END;
CREATE TRIGGER members_fts_delete AFTER DELETE ON members BEGIN
    INSERT INTO members_fts(members_fts, rowid, display_name, first_name, last_name, email, username)
    VALUES ('delete', old.rowid, old.display_name, old.first_name, old.last_name, old.email, old.username);
END;
CREATE TRIGGER members_fts_update AFTER UPDATE ON members
WHEN old.display_name IS NOT new.display_name OR old.first_name IS NOT new.first_name
  OR old.last_name IS NOT new.last_name OR old.email IS NOT new.email OR old.username IS NOT new.username
BEGIN
    INSERT INTO members_fts(members_fts, rowid, display_name, first_name, last_name, email, username)
    VALUES ('delete', old.rowid, old.display_name, old.first_name, old.last_name, old.email, old.username);
    INSERT INTO members_fts(rowid, display_name, first_name, last_name, email, username)
    VALUES (new.rowid, new.display_name, new.first_name, new.last_name, new.email, new.username);
END;
INSERT INTO members_fts(members_fts) VALUES ('rebuild');
)",
    // 2 -> 3: new members enter the full-text index a page at a time (MemberPageWriter), not a row at a
    // time from a trigger.
    R"(
DROP TRIGGER members_fts_insert;
)",
    // 3 -> 4: addresses keep their mapped fields in columns (each CRM names them differently in its raw
    // record); user meta per member; outbox errors keep a reason the console acts on.
    R"(
ALTER TABLE addresses ADD COLUMN location_type TEXT NOT NULL DEFAULT '';
ALTER TABLE addresses ADD COLUMN is_primary INTEGER NOT NULL DEFAULT 0;
ALTER TABLE addresses ADD COLUMN street TEXT NOT NULL DEFAULT '';
ALTER TABLE addresses ADD COLUMN supplemental TEXT NOT NULL DEFAULT '';
ALTER TABLE addresses ADD COLUMN city TEXT NOT NULL DEFAULT '';
ALTER TABLE addresses ADD COLUMN postal_code TEXT NOT NULL DEFAULT '';
ALTER TABLE addresses ADD COLUMN country TEXT NOT NULL DEFAULT '';
UPDATE addresses SET
    location_type = coalesce(json_extract(raw, '$.location_type_id'), ''),
    is_primary = coalesce(json_extract(raw, '$.is_primary'), 0) IN (1, '1'),
    street = coalesce(json_extract(raw, '$.street_address'), ''),
    supplemental = coalesce(json_extract(raw, '$.supplemental_address_1'), ''),
    city = coalesce(json_extract(raw, '$.city'), ''),
    postal_code = coalesce(json_extract(raw, '$.postal_code'), ''),
    country = coalesce(json_extract(raw, '$.country_id'), '');
CREATE TABLE member_meta(
    member_id TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL DEFAULT '',
    public INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY(member_id, key)) WITHOUT ROWID;
CREATE INDEX member_meta_by_key ON member_meta(key, value);
ALTER TABLE outbox ADD COLUMN error_code TEXT NOT NULL DEFAULT '';
)",
    // 4 -> 5: memberships and their linked members, for CRMs that keep them (SheepCRM).
    R"(
CREATE TABLE memberships(
    id TEXT PRIMARY KEY,
    member_id TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    number TEXT NOT NULL DEFAULT '',
    type TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL DEFAULT '',
    end_date TEXT NOT NULL DEFAULT '',
    amount TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    max_linked INTEGER NOT NULL DEFAULT -1,
    raw TEXT NOT NULL DEFAULT '{}');
CREATE INDEX memberships_by_member ON memberships(member_id, position);
CREATE TABLE linked_members(
    membership_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    id TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    raw TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY(membership_id, position)) WITHOUT ROWID;
)",
    // 5 -> 6: the journal of CSV imports, so a file run again skips the rows already done.
    R"(
CREATE TABLE import_journal(
    file TEXT NOT NULL,
    row INTEGER NOT NULL,
    state TEXT NOT NULL,
    outcome TEXT NOT NULL DEFAULT '',
    member_id TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY(file, row)) WITHOUT ROWID;
)",
    // 6 -> 7: a member's phones, e-mails and notes; the CRM's lists that name ids (location types,
    // countries...); what an outbox entry changed from (its history) and which entry undid which; phone
    // numbers, postal codes and cities in the full-text index (SearchWords).
    R"(
ALTER TABLE members ADD COLUMN search_extra TEXT NOT NULL DEFAULT '';
DROP TRIGGER members_fts_delete;
DROP TRIGGER members_fts_update;
DROP TABLE members_fts;
CREATE VIRTUAL TABLE members_fts USING fts5(
    display_name, first_name, last_name, email, username, search_extra,
    content='members', content_rowid='rowid', prefix='1 2 3',
    tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER members_fts_delete AFTER DELETE ON members BEGIN
    INSERT INTO members_fts(members_fts, rowid, display_name, first_name, last_name, email, username, search_extra)
    VALUES ('delete', old.rowid, old.display_name, old.first_name, old.last_name, old.email, old.username,
            old.search_extra);
END;
CREATE TRIGGER members_fts_update AFTER UPDATE ON members
WHEN old.display_name IS NOT new.display_name OR old.first_name IS NOT new.first_name
  OR old.last_name IS NOT new.last_name OR old.email IS NOT new.email OR old.username IS NOT new.username
  OR old.search_extra IS NOT new.search_extra
BEGIN
    INSERT INTO members_fts(members_fts, rowid, display_name, first_name, last_name, email, username, search_extra)
    VALUES ('delete', old.rowid, old.display_name, old.first_name, old.last_name, old.email, old.username,
            old.search_extra);
    INSERT INTO members_fts(rowid, display_name, first_name, last_name, email, username, search_extra)
    VALUES (new.rowid, new.display_name, new.first_name, new.last_name, new.email, new.username, new.search_extra);
END;
INSERT INTO members_fts(members_fts) VALUES ('rebuild');
ALTER TABLE outbox ADD COLUMN prior TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN undo_of INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN undone_by INTEGER NOT NULL DEFAULT 0;
CREATE INDEX outbox_by_member ON outbox(member_id, id);
CREATE TABLE phones(
    member_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    id TEXT NOT NULL DEFAULT '',
    location_type TEXT NOT NULL DEFAULT '',
    phone_type TEXT NOT NULL DEFAULT '',
    number TEXT NOT NULL DEFAULT '',
    is_primary INTEGER NOT NULL DEFAULT 0,
    raw TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY(member_id, position)) WITHOUT ROWID;
CREATE TABLE emails(
    member_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    id TEXT NOT NULL DEFAULT '',
    location_type TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    is_primary INTEGER NOT NULL DEFAULT 0,
    on_hold INTEGER NOT NULL DEFAULT 0,
    raw TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY(member_id, position)) WITHOUT ROWID;
CREATE INDEX emails_by_email ON emails(email COLLATE NOCASE);
CREATE TABLE notes(
    member_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    id TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    PRIMARY KEY(member_id, position)) WITHOUT ROWID;
CREATE TABLE choices(
    list TEXT NOT NULL,
    key TEXT NOT NULL,
    position INTEGER NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    code TEXT NOT NULL DEFAULT '',
    parent TEXT NOT NULL DEFAULT '',
    PRIMARY KEY(list, key)) WITHOUT ROWID;
)",
    // 7 -> 8: ids a changes-only sync found listed but not cached, to fetch before it completes.
    R"(
CREATE TABLE sync_unknown(id TEXT PRIMARY KEY) WITHOUT ROWID;
)",
};

static_assert(std::size(kMigrations) == Latest);

} // namespace

const QList<SortIndex>& sortIndexes()
{
    // Same definitions as in the steps.
    static const QList<SortIndex> indexes{
        {"members_by_display", "display_name COLLATE NOCASE"},
        {"members_by_first", "first_name COLLATE NOCASE"},
        {"members_by_last", "last_name COLLATE NOCASE"},
        {"members_by_email", "email COLLATE NOCASE"},
        {"members_by_num", "num_id"},
        {"members_by_username", "username COLLATE NOCASE"},
    };
    return indexes;
}

int version(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

std::optional<Failure> upgrade(QSqlDatabase db, int target)
{
    for (int v = version(db); v < target; ++v) {
        QSqlQuery q(db);
        // IMMEDIATE: the write lock first, then the version, which another process may have moved on.
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return Failure{v + 1, q.lastError().text()};
        const int now = version(db);
        if (now > v) {
            db.rollback();
            v = now - 1;
            continue;
        }
        const QStringList statements = QString::fromLatin1(kMigrations[v]).split(QStringLiteral(";\n"));
        QString pending;
        for (const QString& part : statements) {
            // Trigger bodies contain ";\n" too: keep gluing until the statement is complete.
            pending += part;
            if (pending.trimmed().isEmpty()) {
                pending.clear();
                continue;
            }
            if (pending.contains(QLatin1String("BEGIN")) &&
                !pending.trimmed().endsWith(QLatin1String("END"))) {
                pending += QStringLiteral(";\n");
                continue;
            }
            if (!q.exec(pending)) {
                const Failure failed{v + 1, q.lastError().text()};
                db.rollback();
                return failed;
            }
            pending.clear();
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1)) || !db.commit()) {
            const Failure failed{v + 1,
                                 q.lastError().isValid() ? q.lastError().text() : db.lastError().text()};
            db.rollback();
            return failed;
        }
    }
    return std::nullopt;
}

} // namespace crm::CacheSchema
