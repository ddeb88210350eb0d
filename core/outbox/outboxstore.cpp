#include "outboxstore.h"

#include "cache/cache.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace crm {

namespace {
QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

constexpr OutboxEntry::Op kOps[] = {
    OutboxEntry::Op::Update,        OutboxEntry::Op::GroupAdd,     OutboxEntry::Op::GroupRemove,
    OutboxEntry::Op::Create,        OutboxEntry::Op::Confirm,      OutboxEntry::Op::AddressAdd,
    OutboxEntry::Op::AddressChange, OutboxEntry::Op::MetaSet,      OutboxEntry::Op::MetaDelete,
    OutboxEntry::Op::LinkedAdd,     OutboxEntry::Op::LinkedRemove, OutboxEntry::Op::ActionRecord,
    OutboxEntry::Op::PartAdd,       OutboxEntry::Op::PartChange,   OutboxEntry::Op::PartRemove,
    OutboxEntry::Op::NoteAdd,       OutboxEntry::Op::Trash,        OutboxEntry::Op::Restore};

OutboxEntry::State stateFrom(const QString& s)
{
    if (s == QLatin1String("sending"))
        return OutboxEntry::State::Sending;
    if (s == QLatin1String("failed"))
        return OutboxEntry::State::Failed;
    if (s == QLatin1String("conflict"))
        return OutboxEntry::State::Conflict;
    if (s == QLatin1String("done"))
        return OutboxEntry::State::Done;
    if (s == QLatin1String("undone"))
        return OutboxEntry::State::Undone;
    return OutboxEntry::State::Pending;
}

const char* kColumns =
    "id, op, member_id, group_id, payload, base_modified, state, error_kind, error, attempts, "
    "server_snapshot, created_at, error_code, prior, undo_of, undone_by, updated_at";

OutboxEntry entryFrom(const QSqlQuery& q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.op = OutboxEntry::opFromName(q.value(1).toString());
    e.memberId = q.value(2).toString();
    e.groupId = q.value(3).toString();
    e.fields = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object().toVariantMap();
    e.baseModified = q.value(5).toString();
    e.state = stateFrom(q.value(6).toString());
    e.errorKind = q.value(7).toString();
    e.error = q.value(8).toString();
    e.attempts = q.value(9).toInt();
    e.serverSnapshot = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object();
    e.createdAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
    e.errorCode = q.value(12).toString();
    e.prior = QJsonDocument::fromJson(q.value(13).toString().toUtf8()).object().toVariantMap();
    e.undoOf = q.value(14).toLongLong();
    e.undoneBy = q.value(15).toLongLong();
    e.updatedAt = QDateTime::fromString(q.value(16).toString(), Qt::ISODateWithMs);
    return e;
}

} // namespace

QString OutboxEntry::opName(Op op)
{
    switch (op) {
    case Op::Update:
        return QStringLiteral("update");
    case Op::GroupAdd:
        return QStringLiteral("group-add");
    case Op::GroupRemove:
        return QStringLiteral("group-remove");
    case Op::Create:
        return QStringLiteral("member-create");
    case Op::Confirm:
        return QStringLiteral("member-confirm");
    case Op::AddressAdd:
        return QStringLiteral("address-add");
    case Op::AddressChange:
        return QStringLiteral("address-change");
    case Op::MetaSet:
        return QStringLiteral("meta-set");
    case Op::MetaDelete:
        return QStringLiteral("meta-delete");
    case Op::LinkedAdd:
        return QStringLiteral("linked-add");
    case Op::LinkedRemove:
        return QStringLiteral("linked-remove");
    case Op::ActionRecord:
        return QStringLiteral("action-record");
    case Op::PartAdd:
        return QStringLiteral("part-add");
    case Op::PartChange:
        return QStringLiteral("part-change");
    case Op::PartRemove:
        return QStringLiteral("part-remove");
    case Op::NoteAdd:
        return QStringLiteral("note-add");
    case Op::Trash:
        return QStringLiteral("trash");
    case Op::Restore:
        return QStringLiteral("restore");
    }
    return {};
}

OutboxEntry::Op OutboxEntry::opFromName(const QString& name)
{
    for (Op op : kOps)
        if (opName(op) == name)
            return op;
    return Op::Update;
}

QString OutboxEntry::stateName(State s)
{
    switch (s) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Sending:
        return QStringLiteral("sending");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Conflict:
        return QStringLiteral("conflict");
    case State::Done:
        return QStringLiteral("done");
    case State::Undone:
        return QStringLiteral("undone");
    }
    return {};
}

QString OutboxEntry::describe(const Names& names) const
{
    const auto name = [](const std::function<QString(const QString&)>& f, const QString& id) {
        return f ? f(id) : id;
    };
    // A member no longer cached (moved to the trash) is named as they were when the change was made.
    QString member = names.member ? names.member(memberId) : QString();
    if (member.isEmpty())
        member = fields.value(QStringLiteral("member_name")).toString();
    if (member.isEmpty())
        member = QCoreApplication::translate("OutboxEntry", "member %1").arg(memberId);
    // "Home, Mobile, 020 7946 0958": a part's values as a person reads them.
    const auto values = [&](const QVariantMap& map) {
        QStringList out;
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            const QString text =
                names.value ? names.value(it.key(), it.value().toString()) : it.value().toString();
            if (!text.isEmpty())
                out.append(QStringLiteral("%1 “%2”").arg(name(names.field, it.key()), text));
        }
        return out.join(QStringLiteral(", "));
    };
    const QString part = fields.value(QStringLiteral("part")).toString();
    // One sentence per kind of part: articles and word order differ between languages.
    const auto partSentence = [&](const char* phone, const char* email, const char* address) {
        const char* text = part == QLatin1String("phone")   ? phone
                           : part == QLatin1String("email") ? email
                                                            : address;
        return QCoreApplication::translate("OutboxEntry", text);
    };
    switch (op) {
    case Op::Update: {
        QStringList parts;
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            const bool list = it.value().typeId() == QMetaType::QStringList ||
                              it.value().typeId() == QMetaType::QVariantList;
            const QString value = list          ? it.value().toStringList().join(QStringLiteral(", "))
                                  : names.value ? names.value(it.key(), it.value().toString())
                                                : it.value().toString();
            // "First name “Ana” → “Lukas”" when the value it replaced is known.
            if (prior.contains(it.key()) && !list) {
                const QString was = names.value ? names.value(it.key(), prior.value(it.key()).toString())
                                                : prior.value(it.key()).toString();
                parts.append(
                    QCoreApplication::translate("OutboxEntry", "%1 \u201c%2\u201d \u2192 \u201c%3\u201d")
                        .arg(name(names.field, it.key()), was, value));
            } else {
                parts.append(QCoreApplication::translate("OutboxEntry", "%1 = \u201c%2\u201d")
                                 .arg(name(names.field, it.key()), value));
            }
        }
        return QCoreApplication::translate("OutboxEntry", "Edit %1: %2")
            .arg(member, parts.join(QStringLiteral(", ")));
    }
    case Op::GroupAdd:
        return QCoreApplication::translate("OutboxEntry", "Add %1 to group %2")
            .arg(member, name(names.group, groupId));
    case Op::GroupRemove:
        return QCoreApplication::translate("OutboxEntry", "Remove %1 from group %2")
            .arg(member, name(names.group, groupId));
    case Op::Create:
        return QCoreApplication::translate("OutboxEntry", "Create member %1")
            .arg(fields.value(QStringLiteral("email")).toString());
    case Op::Confirm:
        return QCoreApplication::translate("OutboxEntry", "Confirm the e-mail of %1").arg(member);
    case Op::AddressAdd:
        return QCoreApplication::translate("OutboxEntry", "Add an address of type %1 to %2")
            .arg(fields.value(QStringLiteral("type")).toString(), member);
    case Op::AddressChange:
        return QCoreApplication::translate("OutboxEntry", "Request a change of %1's address of type %2")
            .arg(member, fields.value(QStringLiteral("type")).toString());
    case Op::MetaSet:
        return QCoreApplication::translate("OutboxEntry", "Set meta %1 = \u201c%2\u201d on %3")
            .arg(fields.value(QStringLiteral("key")).toString(),
                 fields.value(QStringLiteral("value")).toString(), member);
    case Op::MetaDelete:
        return QCoreApplication::translate("OutboxEntry", "Delete meta %1 of %2")
            .arg(fields.value(QStringLiteral("key")).toString(), member);
    case Op::LinkedAdd:
        return QCoreApplication::translate("OutboxEntry", "Link %1 %2 <%3> to membership %4")
            .arg(fields.value(QStringLiteral("first_name")).toString(),
                 fields.value(QStringLiteral("last_name")).toString(),
                 fields.value(QStringLiteral("email")).toString(),
                 fields.value(QStringLiteral("membership")).toString());
    case Op::ActionRecord:
        return QCoreApplication::translate("OutboxEntry", "Record action \u201c%1\u201d (%2) for %3")
            .arg(fields.value(QStringLiteral("action_name")).toString(),
                 fields.value(QStringLiteral("action_type")).toString(), member);
    case Op::LinkedRemove:
        return QCoreApplication::translate("OutboxEntry", "Remove linked member %1 from membership %2")
            .arg(fields.value(QStringLiteral("name"), fields.value(QStringLiteral("linked"))).toString(),
                 fields.value(QStringLiteral("membership")).toString());
    case Op::PartAdd:
        return partSentence(QT_TRANSLATE_NOOP("OutboxEntry", "Add a phone to %1: %2"),
                            QT_TRANSLATE_NOOP("OutboxEntry", "Add an e-mail address to %1: %2"),
                            QT_TRANSLATE_NOOP("OutboxEntry", "Add an address to %1: %2"))
            .arg(member, values(fields.value(QStringLiteral("fields")).toMap()));
    case Op::PartChange:
        return partSentence(QT_TRANSLATE_NOOP("OutboxEntry", "Change %1's phone: %2"),
                            QT_TRANSLATE_NOOP("OutboxEntry", "Change %1's e-mail address: %2"),
                            QT_TRANSLATE_NOOP("OutboxEntry", "Change %1's address: %2"))
            .arg(member, values(fields.value(QStringLiteral("fields")).toMap()));
    case Op::PartRemove:
        return partSentence(QT_TRANSLATE_NOOP("OutboxEntry", "Remove %1's phone: %2"),
                            QT_TRANSLATE_NOOP("OutboxEntry", "Remove %1's e-mail address: %2"),
                            QT_TRANSLATE_NOOP("OutboxEntry", "Remove %1's address: %2"))
            .arg(member, values(fields.value(QStringLiteral("before")).toMap()));
    case Op::NoteAdd:
        return QCoreApplication::translate("OutboxEntry", "Add a note to %1: “%2”")
            .arg(member, fields.value(QStringLiteral("subject")).toString().isEmpty()
                             ? fields.value(QStringLiteral("note")).toString().left(60)
                             : fields.value(QStringLiteral("subject")).toString());
    case Op::Trash:
        return QCoreApplication::translate("OutboxEntry", "Move %1 to the trash").arg(member);
    case Op::Restore:
        return QCoreApplication::translate("OutboxEntry", "Restore %1 from the trash").arg(member);
    }
    return {};
}

namespace {

/// A member's value of field as the cache holds it: the mapped columns, else the raw record.
QVariant cachedValue(const Member& m, const QString& field)
{
    if (field == Field::FirstName)
        return m.firstName;
    if (field == Field::LastName)
        return m.lastName;
    if (field == Field::Email)
        return m.email;
    const QJsonValue v = m.raw.object().value(field);
    if (v.isArray())
        return v.toVariant();
    return v.isUndefined() || v.isNull() ? QString() : v.toVariant().toString();
}

QString json(const QVariantMap& map)
{
    return map.isEmpty()
               ? QString(QLatin1String(""))
               : QString::fromUtf8(
                     QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact));
}

} // namespace

bool OutboxStore::markUndoneBy(qint64 original, qint64 undoing)
{
    if (!original)
        return true;
    QSqlQuery q(m_cache->database());
    q.prepare(QStringLiteral("UPDATE outbox SET undone_by=? WHERE id=?"));
    q.addBindValue(undoing);
    q.addBindValue(original);
    return q.exec();
}

namespace {
struct EntryWords {
    Q_DECLARE_TR_FUNCTIONS(OutboxEntry)
};
} // namespace

QString OutboxEntry::whatBecameOfIt() const
{
    if (undoneBy)
        return EntryWords::tr("sent, then undone");
    switch (state) {
    case State::Pending:
        return error.isEmpty() ? EntryWords::tr("waiting to be sent")
                               : EntryWords::tr("waiting: %1").arg(error);
    case State::Sending:
        return EntryWords::tr("being sent");
    case State::Failed:
        return EntryWords::tr("refused: %1").arg(error);
    case State::Conflict:
        return EntryWords::tr("conflict: %1").arg(error);
    case State::Done:
        return EntryWords::tr("sent");
    case State::Undone:
        return EntryWords::tr("withdrawn before it was sent");
    }
    return {};
}

qint64 OutboxStore::recordUpdate(const QString& memberId, const QVariantMap& fields, CrmError* error,
                                 qint64 undoOf, const QVariantMap& expected)
{
    QSqlDatabase db = m_cache->database();
    auto fail = [&](const QString& text) -> qint64 {
        db.rollback();
        if (error)
            *error = m_cache->storageError(text);
        return 0;
    };
    if (CrmError e = m_cache->beginWrite())
        return fail(e.userMessage());
    const std::optional<Member> member = m_cache->member(memberId);
    if (!member)
        return fail(
            QCoreApplication::translate("OutboxStore", "Member %1 is not in the cache.").arg(memberId));
    // What undo puts back: the values shown before this edit (which show any edit still waiting).
    QVariantMap prior = expected;
    if (!undoOf)
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            prior.insert(it.key(), cachedValue(*member, it.key()));

    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO outbox(op, member_id, payload, base_modified, state, created_at, "
                             "updated_at, prior, undo_of) "
                             "VALUES ('update', ?, ?, ?, 'pending', ?, ?, ?, ?)"));
    q.addBindValue(memberId);
    q.addBindValue(json(fields));
    q.addBindValue(member->modified.isNull() ? QString(QLatin1String("")) : member->modified);
    q.addBindValue(now());
    q.addBindValue(now());
    q.addBindValue(json(prior));
    q.addBindValue(undoOf);
    if (!q.exec())
        return fail(q.lastError().text());
    const qint64 id = q.lastInsertId().toLongLong();
    if (!markUndoneBy(undoOf, id))
        return fail(q.lastError().text());

    // Show the edit at once: only the member store writes member rows.
    if (CrmError e = m_cache->memberStore().showPendingEdit(memberId, fields))
        return fail(e.detail.isEmpty() ? e.userMessage() : e.detail);
    if (!db.commit())
        return fail(db.lastError().text());
    Q_EMIT m_cache->changes()->membersChanged({memberId});
    Q_EMIT m_cache->changes()->outboxChanged();
    return id;
}

qint64 OutboxStore::recordMembership(OutboxEntry::Op op, const QString& groupId, const QString& memberId,
                                     CrmError* error, qint64 undoOf)
{
    QSqlDatabase db = m_cache->database();
    if (CrmError e = m_cache->beginWrite()) {
        if (error)
            *error = e;
        return 0;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO outbox(op, member_id, group_id, state, created_at, updated_at, undo_of) VALUES "
        "(?, ?, ?, 'pending', ?, ?, ?)"));
    q.addBindValue(OutboxEntry::opName(op));
    q.addBindValue(memberId);
    q.addBindValue(groupId);
    q.addBindValue(now());
    q.addBindValue(now());
    q.addBindValue(undoOf);
    if (!q.exec()) {
        if (error)
            *error = m_cache->storageError(q.lastError().text());
        db.rollback();
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    markUndoneBy(undoOf, id);
    m_cache->setMembership(groupId, memberId, op == OutboxEntry::Op::GroupAdd);
    db.commit();
    Q_EMIT m_cache->changes()->outboxChanged();
    return id;
}

qint64 OutboxStore::recordAction(OutboxEntry::Op op, const QString& memberId, const QVariantMap& payload,
                                 CrmError* error, qint64 undoOf)
{
    QSqlDatabase db = m_cache->database();
    auto fail = [&](const CrmError& e) -> qint64 {
        db.rollback();
        if (error)
            *error = e;
        return 0;
    };
    if (CrmError e = m_cache->beginWrite())
        return fail(e);
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO outbox(op, member_id, payload, state, created_at, updated_at, undo_of) "
                       "VALUES (?, ?, ?, 'pending', ?, ?, ?)"));
    q.addBindValue(OutboxEntry::opName(op));
    q.addBindValue(memberId.isNull() ? QString(QLatin1String("")) : memberId);
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(payload)).toJson(QJsonDocument::Compact)));
    q.addBindValue(now());
    q.addBindValue(now());
    q.addBindValue(undoOf);
    if (!q.exec())
        return fail(m_cache->storageError(q.lastError().text()));
    const qint64 id = q.lastInsertId().toLongLong();
    if (!markUndoneBy(undoOf, id))
        return fail(m_cache->storageError(q.lastError().text()));
    CrmError applied;
    if (op == OutboxEntry::Op::MetaSet)
        applied = m_cache->putMeta(memberId, {payload.value(QStringLiteral("key")).toString(),
                                              payload.value(QStringLiteral("value")).toString(),
                                              payload.value(QStringLiteral("public")).toBool()});
    else if (op == OutboxEntry::Op::MetaDelete)
        applied = m_cache->dropMeta(memberId, payload.value(QStringLiteral("key")).toString());
    if (applied)
        return fail(applied);
    if (!db.commit())
        return fail(m_cache->storageError(db.lastError().text()));
    Q_EMIT m_cache->changes()->outboxChanged();
    return id;
}

QList<OutboxEntry> OutboxStore::open() const
{
    QList<OutboxEntry> out;
    QSqlQuery q(m_cache->database());
    q.exec(QStringLiteral("SELECT %1 FROM outbox WHERE state NOT IN ('done','undone') ORDER BY id")
               .arg(QLatin1String(kColumns)));
    while (q.next())
        out.append(entryFrom(q));
    return out;
}

QList<OutboxEntry> OutboxStore::pending() const
{
    QList<OutboxEntry> out;
    QSqlQuery q(m_cache->database());
    q.exec(QStringLiteral("SELECT %1 FROM outbox WHERE state='pending' ORDER BY id")
               .arg(QLatin1String(kColumns)));
    while (q.next())
        out.append(entryFrom(q));
    return out;
}

std::optional<OutboxEntry> OutboxStore::entry(qint64 id) const
{
    QSqlQuery q(m_cache->database());
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE id=?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return entryFrom(q);
    return std::nullopt;
}

int OutboxStore::openCount() const
{
    QSqlQuery q(m_cache->database());
    if (q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE state NOT IN ('done','undone')")) &&
        q.next())
        return q.value(0).toInt();
    return 0;
}

void OutboxStore::setState(qint64 id, OutboxEntry::State state, const CrmError& error, bool countAttempt)
{
    QSqlQuery q(m_cache->database());
    q.prepare(
        QStringLiteral("UPDATE outbox SET state=?, error_kind=?, error=?, error_code=?, attempts=attempts+?, "
                       "updated_at=? WHERE id=?"));
    q.addBindValue(OutboxEntry::stateName(state));
    q.addBindValue(error ? CrmError::kindName(error.kind) : QString(QLatin1String("")));
    q.addBindValue(error ? error.userMessage() : QString(QLatin1String("")));
    q.addBindValue(error.code.isNull() ? QString(QLatin1String("")) : error.code);
    q.addBindValue(countAttempt ? 1 : 0);
    q.addBindValue(now());
    q.addBindValue(id);
    q.exec();
    Q_EMIT m_cache->changes()->outboxChanged();
}

void OutboxStore::markSending(qint64 id)
{
    setState(id, OutboxEntry::State::Sending, {}, true);
}
void OutboxStore::markDeferred(qint64 id, const CrmError& error)
{
    setState(id, OutboxEntry::State::Pending, error);
}
void OutboxStore::markFailed(qint64 id, const CrmError& error)
{
    setState(id, OutboxEntry::State::Failed, error);
}
void OutboxStore::markDone(qint64 id)
{
    setState(id, OutboxEntry::State::Done);
}

void OutboxStore::markDone(qint64 id, const QString& memberId, const QJsonObject& result)
{
    setState(id, OutboxEntry::State::Done);
    QSqlQuery q(m_cache->database());
    q.prepare(QStringLiteral("UPDATE outbox SET member_id=?, server_snapshot=? WHERE id=?"));
    q.addBindValue(memberId);
    q.addBindValue(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    q.addBindValue(id);
    q.exec();
}

void OutboxStore::markConflict(qint64 id, const QJsonObject& serverRecord)
{
    setState(id, OutboxEntry::State::Conflict,
             CrmError(CrmError::Kind::Conflict,
                      QCoreApplication::translate("OutboxStore", "changed on the server since it was read")));
    QSqlQuery q(m_cache->database());
    q.prepare(QStringLiteral("UPDATE outbox SET server_snapshot=? WHERE id=?"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(serverRecord).toJson(QJsonDocument::Compact)));
    q.addBindValue(id);
    q.exec();
}

void OutboxStore::retry(qint64 id)
{
    const auto e = entry(id);
    if (!e)
        return;
    QSqlQuery q(m_cache->database());
    if (e->state == OutboxEntry::State::Conflict) {
        q.prepare(QStringLiteral("UPDATE outbox SET base_modified=? WHERE id=?"));
        q.addBindValue(e->serverSnapshot.value(QLatin1String("modified")).toVariant().toString());
        q.addBindValue(id);
        q.exec();
    }
    setState(id, OutboxEntry::State::Pending);
}

bool OutboxStore::resolve(qint64 id, const QStringList& keep)
{
    const auto e = entry(id);
    if (!e || e->state != OutboxEntry::State::Conflict || keep.isEmpty())
        return false;
    QVariantMap payload = e->fields;
    QVariantMap prior = e->prior;
    QString base = e->baseModified;
    if (e->op == OutboxEntry::Op::Update) {
        QVariantMap fields;
        for (const QString& k : keep)
            if (e->fields.contains(k))
                fields.insert(k, e->fields.value(k));
        payload = fields;
        base = e->serverSnapshot.value(QLatin1String("modified")).toVariant().toString();
    } else if (e->op == OutboxEntry::Op::PartChange) {
        // The server's values become what the change is based on, for the fields kept.
        const QVariantMap wanted = e->fields.value(QStringLiteral("fields")).toMap();
        QVariantMap fields, before;
        for (const QString& k : keep)
            if (wanted.contains(k)) {
                fields.insert(k, wanted.value(k));
                before.insert(k, e->serverSnapshot.value(k).toVariant().toString());
            }
        payload.insert(QStringLiteral("fields"), fields);
        payload.insert(QStringLiteral("before"), before);
    } else {
        return false;
    }
    QSqlQuery q(m_cache->database());
    q.prepare(
        QStringLiteral("UPDATE outbox SET payload=?, base_modified=?, prior=?, state='pending', error='', "
                       "error_kind='', error_code='', updated_at=? WHERE id=?"));
    q.addBindValue(json(payload));
    q.addBindValue(base.isNull() ? QString(QLatin1String("")) : base);
    q.addBindValue(json(prior));
    q.addBindValue(now());
    q.addBindValue(id);
    if (!q.exec())
        return false;
    Q_EMIT m_cache->changes()->outboxChanged();
    return true;
}

void OutboxStore::discard(qint64 id)
{
    QSqlQuery q(m_cache->database());
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE id=?"));
    q.addBindValue(id);
    q.exec();
    Q_EMIT m_cache->changes()->outboxChanged();
}

QList<OutboxEntry> OutboxStore::history(const QString& memberId) const
{
    QList<OutboxEntry> out;
    QSqlQuery q(m_cache->database());
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE member_id=? ORDER BY id DESC")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(memberId);
    if (q.exec())
        while (q.next())
            out.append(entryFrom(q));
    return out;
}

QList<OutboxEntry> OutboxStore::trashed() const
{
    QList<OutboxEntry> out;
    QSqlQuery q(m_cache->database());
    q.exec(QStringLiteral("SELECT %1 FROM outbox t WHERE op='trash' AND state='done' AND undone_by=0 "
                          "AND NOT EXISTS (SELECT 1 FROM outbox r WHERE r.member_id=t.member_id "
                          "AND r.op='restore' AND r.id>t.id AND r.state!='undone') ORDER BY id DESC")
               .arg(QLatin1String(kColumns)));
    while (q.next())
        out.append(entryFrom(q));
    return out;
}

bool OutboxStore::withdraw(qint64 id, CrmError* error)
{
    const auto e = entry(id);
    if (!e || e->state == OutboxEntry::State::Done || e->state == OutboxEntry::State::Sending ||
        e->state == OutboxEntry::State::Undone)
        return false;
    QSqlDatabase db = m_cache->database();
    if (CrmError begun = m_cache->beginWrite()) {
        if (error)
            *error = begun;
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE outbox SET state='undone', updated_at=? WHERE id=?"));
    q.addBindValue(now());
    q.addBindValue(id);
    CrmError failed;
    if (!q.exec())
        failed = m_cache->storageError(q.lastError().text());
    // The cached row showed the edit: it shows what was there before again.
    else if (e->op == OutboxEntry::Op::Update && !e->prior.isEmpty())
        failed = m_cache->memberStore().showPendingEdit(e->memberId, e->prior);
    else if (e->op == OutboxEntry::Op::GroupAdd || e->op == OutboxEntry::Op::GroupRemove)
        failed = m_cache->setMembership(e->groupId, e->memberId, e->op == OutboxEntry::Op::GroupRemove);
    if (!failed && !db.commit())
        failed = m_cache->storageError(db.lastError().text());
    if (failed) {
        db.rollback();
        if (error)
            *error = failed;
        return false;
    }
    Q_EMIT m_cache->changes()->membersChanged({e->memberId});
    Q_EMIT m_cache->changes()->outboxChanged();
    return true;
}

void OutboxStore::recoverInterrupted()
{
    QSqlQuery q(m_cache->database());
    q.exec(QStringLiteral("UPDATE outbox SET state='pending' WHERE state='sending'"));
}

} // namespace crm
