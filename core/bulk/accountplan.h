#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace crm {

class Cache;

/// Gives contacts without a CMS user account one, the way the site's user import takes them (the job
/// seed 003 describes: export the contacts, import them as users matched on the primary e-mail, with
/// generated passwords and an optional welcome e-mail). The plan is the dry run: for each member, whether
/// an account will be made (with a user name that is free in the cache and in the batch), or why not (has
/// one, no e-mail, an invalid e-mail, an e-mail another chosen member has too). The file is what the
/// site's user import reads; no password is in it (the site makes them).
class AccountPlan {
public:
    struct Row {
        enum class Outcome { Create, HasAccount, NoEmail, InvalidEmail, SharedEmail };
        QString memberId;
        QString email;
        QString firstName;
        QString lastName;
        QString userName; ///< proposed (Create) or existing (HasAccount)
        Outcome outcome = Outcome::Create;
        QString reason;
    };

    /// Decides for the members with these ids (in this order).
    static QList<Row> decide(const Cache& cache, const QStringList& memberIds);
    /// A user name from the names or the e-mail: lower-case ASCII letters, digits, '.', '_' and '-'.
    static QString suggestUserName(const QString& first, const QString& last, const QString& email);
    /// The user import file for the rows to create: email, name, first_name, last_name, notify (1 when a
    /// welcome e-mail is wanted), as RFC 4180 CSV.
    static QByteArray importFile(const QList<Row>& rows, bool welcomeEmail);
    /// The dry run as CSV: member, e-mail, outcome, user name, reason.
    static QByteArray report(const QList<Row>& rows);
    static QString outcomeName(Row::Outcome o);
};

} // namespace crm
