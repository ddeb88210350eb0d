#pragma once

#include "domain/crmerror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QVariantMap>
#include <functional>

namespace crm {

class Cache;

/// One edit the user made, kept durably until the CRM accepts it. fields is the edit's payload: the
/// changed fields for Update and Create, the address type and fields for the address ops
/// ({"type", "fields"}), {"key", "value", "public"} for the meta ops, {"idempotency_key"} for Confirm,
/// {"membership", "email", "first_name", "last_name"} for LinkedAdd and {"membership", "linked", "name"}
/// for LinkedRemove (memberId is the membership's owner), the whole action payload for ActionRecord,
/// {"part" (phone, email, address), "fields"} for PartAdd, {"part", "part_id", "fields", "before"} for
/// PartChange (before: the values the change was based on), {"part", "part_id", "before"} for PartRemove
/// (before: the part as it was), {"subject", "note"} for NoteAdd, and nothing for Trash and Restore.
struct OutboxEntry {
    enum class Op {
        Update,
        GroupAdd,
        GroupRemove,
        Create,
        Confirm,
        AddressAdd,
        AddressChange,
        MetaSet,
        MetaDelete,
        LinkedAdd,
        LinkedRemove,
        ActionRecord,
        PartAdd,
        PartChange,
        PartRemove,
        NoteAdd,
        Trash,
        Restore
    };
    /// Undone: withdrawn before it was sent, or, once sent, taken back by a later entry (undoneBy).
    enum class State { Pending, Sending, Failed, Conflict, Done, Undone };

    qint64 id = 0;
    Op op = Op::Update;
    QString memberId;
    QString groupId;
    QVariantMap fields;   ///< for Update: field -> new value
    QString baseModified; ///< the member's change stamp when the edit was made
    State state = State::Pending;
    QString errorKind;
    QString error;     ///< the last failure, in words a person can act on
    QString errorCode; ///< CrmError::code of that failure (e.g. ParentAddressMissing)
    int attempts = 0;
    /// for a conflict: the member as the server has it now; for a done Create: the member created
    QJsonObject serverSnapshot;
    QDateTime createdAt;
    QDateTime updatedAt; ///< when its state last changed
    /// What an Update changed from, field by field, as the cache had it (what undo puts back); for an
    /// entry that undoes another (undoOf), the values it expects to find on the server.
    QVariantMap prior;
    qint64 undoOf = 0;   ///< the entry this one takes back
    qint64 undoneBy = 0; ///< the entry that took this one back

    static QString opName(Op op);
    static Op opFromName(const QString& name);
    static QString stateName(State s);
    /// "Change e-mail to x@y", "Add to group 3", ...
    /// How a person would name the ids an entry holds; without one (or when member() gives ""), "member 12",
    /// "group 3", the field's key.
    struct Names {
        std::function<QString(const QString& memberId)> member;
        std::function<QString(const QString& groupId)> group;
        std::function<QString(const QString& field)> field;
        /// A field's value as a person reads it (a location type's name for its id).
        std::function<QString(const QString& field, const QString& value)> value;
    };
    /// The entry in words, e.g. Edit Ana O'Brien: Last name "Dent" → "Okafor" (ids where names has none).
    QString describe(const Names& names = {}) const;
    /// What became of it, in words: waiting, sent, refused with the CRM's reason, conflict, undone.
    QString whatBecameOfIt() const;
};

/// The outbox table of a Cache. Recording an edit also applies it to the cached record at once, in the
/// same transaction, so what the user sees and what will be sent never disagree.
class OutboxStore {
public:
    explicit OutboxStore(Cache* cache) : m_cache(cache) {}

    /// Records a member edit (and applies it to the cache), keeping the values it changes from. Returns the
    /// entry id, 0 on failure. With undoOf, the edit takes that entry back: prior is what it expects the
    /// server to hold (a field changed there since is a conflict, never overwritten).
    qint64 recordUpdate(const QString& memberId, const QVariantMap& fields, CrmError* error = nullptr,
                        qint64 undoOf = 0, const QVariantMap& prior = {});
    /// Records a group add or remove (and applies it to the cache).
    qint64 recordMembership(OutboxEntry::Op op, const QString& groupId, const QString& memberId,
                            CrmError* error = nullptr, qint64 undoOf = 0);

    /// Records any other edit (Create, Confirm, address and meta ops) with its payload (see OutboxEntry).
    /// Meta edits are applied to the cache at once; the others show once the CRM has taken them.
    qint64 recordAction(OutboxEntry::Op op, const QString& memberId, const QVariantMap& payload,
                        CrmError* error = nullptr, qint64 undoOf = 0);

    /// Every entry of a member, sent or not, newest first: the member's history.
    QList<OutboxEntry> history(const QString& memberId) const;
    /// The members this console moved to the trash and has not restored (nor is restoring) since: their
    /// Trash entries, newest first. A member in the trash is no longer cached, so this is where the
    /// window finds whom it can bring back.
    QList<OutboxEntry> trashed() const;
    /// Takes back an entry not yet sent (waiting, refused or in conflict): it is kept as undone, and an
    /// edit's values in the cached record go back to what they were. False when it was already sent.
    bool withdraw(qint64 id, CrmError* error = nullptr);

    /// Entries not yet done (nor undone), oldest first.
    QList<OutboxEntry> open() const;
    /// Entries waiting to be sent (pending), oldest first.
    QList<OutboxEntry> pending() const;
    std::optional<OutboxEntry> entry(qint64 id) const;
    int openCount() const;

    void markSending(qint64 id);
    /// Leaves the entry pending (to be replayed) and notes why it could not be sent now.
    void markDeferred(qint64 id, const CrmError& error);
    void markFailed(qint64 id, const CrmError& error);
    void markConflict(qint64 id, const QJsonObject& serverRecord);
    void markDone(qint64 id);
    /// Done, keeping what the CRM answered (a created member: its id becomes the entry's member id).
    void markDone(qint64 id, const QString& memberId, const QJsonObject& result);
    /// Puts a failed or conflicting entry back in the queue; for a conflict, the server's current
    /// change stamp becomes the new base ("keep mine").
    void retry(qint64 id);
    /// Settles a conflict field by field: the entry goes back to the queue with only the fields kept
    /// (the user's values), now based on the server's version it was refused against. False when
    /// nothing is kept (then withdraw it instead) or it is no conflict.
    bool resolve(qint64 id, const QStringList& keep);
    /// Drops an entry the user gave up on.
    void discard(qint64 id);
    /// Entries left "sending" by a crash go back to pending.
    void recoverInterrupted();

private:
    /// Notes that entry undoing takes original back (nothing when original is 0).
    bool markUndoneBy(qint64 original, qint64 undoing);
    void setState(qint64 id, OutboxEntry::State state, const CrmError& error = {}, bool countAttempt = false);
    Cache* m_cache;
};

} // namespace crm
