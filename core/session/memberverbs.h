#pragma once

#include "domain/member.h"
#include "outbox/outboxstore.h"
#include "session/fieldvalues.h"

#include <QJsonObject>
#include <QObject>

namespace crm {

class AccountRunner;
class CrmCall;
class ImportRunner;
class ProfileSession;

/// What a person asks of the CRM about members, besides the edits that wait in the outbox. Each verb
/// goes through the open profile's backend and keeps what it read in the cache, whose change signals
/// (Cache::changes()) tell the views. A verb the CRM has no ability for, or one asked while not connected,
/// ends with a Local error that says so.
class MemberVerbs : public QObject {
    Q_OBJECT
public:
    explicit MemberVerbs(ProfileSession* session);

    /// Looks a member up by key (an e-mail, or what else the CRM accepts) and keeps them, with their
    /// memberships where the CRM has them (a failed memberships read fails the call only when
    /// membershipsRequired). Value: Member. NotFound when there is none.
    CrmCall* lookUp(const QString& key, bool membershipsRequired = false);
    /// Whether key can name a member in lookUp().
    bool acceptsLookupKey(const QString& key) const;
    /// Reads one member again into the cache, unless an edit of theirs waits in the outbox (the cached
    /// row shows the edit until the CRM has it). Value: Member, as the CRM has it.
    CrmCall* refreshMember(const QString& id);
    /// Asks the CRM one cheap question with the connection's credentials. Value: QString, what it said.
    CrmCall* probe();
    /// Reads the member's address book, public meta, phones, e-mails, addresses and notes into the
    /// cache, where the CRM has them; what cannot be read stays as cached. Value: none.
    CrmCall* refreshRecords(const QString& id);
    /// Reads the member's addresses (address book), public meta, or memberships into the cache; fails
    /// with the CRM's error. Value: none.
    CrmCall* refreshAddresses(const QString& id);
    CrmCall* refreshMeta(const QString& id);
    CrmCall* refreshMemberships(const QString& id);
    /// Reads every group into the cache. Value: QList<Group>.
    CrmCall* refreshGroups();
    /// Reads the member's phones, e-mails and addresses (ContactParts), or notes, into the cache. Value:
    /// none.
    CrmCall* refreshParts(const QString& id);
    CrmCall* refreshNotes(const QString& id);
    /// Reads the CRM's lists that name ids (location types, countries...) into the cache. Value: none.
    CrmCall* refreshChoices();
    /// Values as a person types or reads them, and as the CRM stores them.
    FieldValues fieldValues() const;
    /// How an outbox entry's ids read as names: members, groups, fields and option values.
    OutboxEntry::Names names() const;
    // Changes wait in the outbox first (shown in the cache at once), then go to the CRM with send().
    // Each returns the entry's id, or 0 with *error saying why nothing was recorded.

    /// Changes a member's fields (of Abilities::editableFields).
    qint64 editMember(const QString& memberId, const QVariantMap& fields, CrmError* error);
    /// Adds the member to the group, or removes them.
    qint64 changeGroup(const QString& groupId, const QString& memberId, bool add, CrmError* error);
    /// Any other change of a member's record: a new member, a confirmation, an address, meta, a linked
    /// member, an action, a phone, e-mail or address part, a note, the trash (payload as
    /// OutboxStore::recordAction takes it).
    qint64 record(OutboxEntry::Op op, const QString& memberId, const QVariantMap& payload, CrmError* error);
    /// What undo did: withdrew an entry not yet sent, or queued one that takes a sent one back.
    struct Undo {
        qint64 entryId = 0; ///< the entry withdrawn, or the new one
        bool withdrawn = false;
    };
    /// Takes back the member's last change that is not undone yet (see undo()).
    Undo undoLast(const QString& memberId, CrmError* error);
    /// Takes back one change: one not yet sent is withdrawn; one sent gets its inverse queued, which
    /// is a conflict if the server changed those values since. A Validation error in words for a change
    /// that cannot be taken back from the console (a note, a new member, an action).
    Undo undo(qint64 entryId, CrmError* error);
    /// Sends what waits in the outbox, when connected; otherwise it waits for the connection.
    void send();
    /// Sends a refused or conflicting entry again (a conflict: the console's version wins).
    void retry(qint64 entryId);
    /// Discards an outbox entry (kept in the history as withdrawn); the member's own values come back
    /// from the CRM when it was an edit.
    void discard(qint64 entryId);

    /// Members with the meta key (and value, when not empty). Value: QList<MetaMatch>.
    CrmCall* findByMeta(const QString& key, const QString& value = {});
    /// Whether an e-mail is taken (and password its password). Value: EmailCheck.
    CrmCall* checkEmail(const QString& email, const QString& password = {});
    /// The CRM mails the member a link to choose a new password. Value: none.
    CrmCall* sendPasswordReset(const QString& email);
    /// Whose is this sign-in token. Value: TokenOwner.
    CrmCall* verifyAutologinToken(const QString& token);
    /// Who acted, as a member action names them.
    QJsonObject actionSubject(const Member& member) const;

    /// A runner for a batch of user accounts (parent owns it), or nullptr when not connected.
    AccountRunner* accountRunner(QObject* parent) const;
    /// A runner for an import (parent owns it), or nullptr when not connected.
    ImportRunner* importRunner(QObject* parent) const;

private:
    CrmCall* notConnected();

    ProfileSession* m_session;
};

} // namespace crm
