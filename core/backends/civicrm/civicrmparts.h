#pragma once

#include "backends/facets.h"

namespace crm {

class CiviCrmBackend;

/// The abilities of a CiviCRM record beyond the contact row: its phones, e-mails and addresses
/// (Phone, Email and Address create and delete), its notes (Note), the trash (Contact.delete without
/// skip_undelete, and with restore), and the reference lists that name the ids (LocationType, Country,
/// StateProvince, getoptions for phone types and genders). Calls go through the backend that owns it.
class CiviCrmParts : public ContactParts, public MemberNotes, public MemberTrash, public ChoiceLists {
public:
    explicit CiviCrmParts(CiviCrmBackend& backend) : m_backend(backend) {}

    QStringList partFields(PartKind kind) const override;
    Call<Member>* fetchParts(const MemberRef& member) override;
    Call<QString>* addPart(PartKind kind, const MemberRef& member, const QVariantMap& fields) override;
    Call<void>* changePart(PartKind kind, const QString& partId, const QVariantMap& fields) override;
    Call<void>* removePart(PartKind kind, const QString& partId) override;

    Call<QList<Note>>* fetchNotes(const MemberRef& member) override;
    Call<QString>* addNote(const MemberRef& member, const QString& subject, const QString& text) override;

    Call<void>* moveToTrash(const MemberRef& member) override;
    Call<Member>* restoreFromTrash(const MemberRef& member) override;
    Call<bool>* isInTrash(const MemberRef& member) override;

    Call<QList<Choice>>* fetchChoices() override;

private:
    static QString entityOf(PartKind kind);

    CiviCrmBackend& m_backend;
};

} // namespace crm
