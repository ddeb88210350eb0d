#pragma once

#include "httpserver.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

/// Emulates SheepCRM's v1 member API (/api/v1/{flock}/user/...) as the integration guide and the
/// contract describe it, called with a system (flock) token: find a user by e-mail, pre-auth status
/// (password, activation, blocked), create (201; 409 "existing user account found" / "existing person
/// found without user account"), user and person details, edits by PUT with list semantics (a single
/// value appends to a list field, a list replaces it) answered with {"errors","updates"}, memberships,
/// one membership, linked members (list, add, delete; adding past max_linked_members is a 409), and the
/// password reset e-mail, and pre-registration (an account for an e-mail, joined to the person who has
/// it; with require_activation the activation e-mail goes out). A bad token or a wrong flock is a 404, as
/// SheepCRM answers bad credentials. Every answer carries x-sheepcrm-session-expiry. GET /_sandbox/mail
/// lists the e-mails it would have sent, for tests to check.
class SheepEmulator {
public:
    struct Linked {
        QString luid, email, firstName, lastName;
    };
    struct Membership {
        QString muid, number, type, planType, status, startDate, endDate, currency, role;
        double amount = 0;
        int maxLinked = 0;
        QList<Linked> linked;
    };
    struct Person {
        QString username;                 ///< empty: a person without a user account
        QString status;                   ///< account status: active, preregistered, blocked
        QMap<QString, QJsonValue> fields; ///< first_name, last_name, address_lines, locality, ...
        QList<Membership> memberships;
    };

    SheepEmulator(int members, quint32 seed, QString flock, QString systemToken);

    SandboxReply handle(const SandboxRequest& request);

private:
    SandboxReply route(const QStringList& parts, const SandboxRequest& r);
    Person* byEmail(const QString& email);
    /// Adds the person just appended (who has only this address) to the address index.
    void indexNewest(const QString& email);
    Person* byUsername(const QString& username);
    QJsonObject personJson(const Person& p) const;
    QJsonObject userJson(const Person& p) const;
    QJsonObject membershipJson(const Membership& m, bool detail) const;
    SandboxReply edit(Person& p, const SandboxRequest& r, bool account);
    SandboxReply linked(Person& p, Membership& m, const QStringList& rest, const SandboxRequest& r);
    SandboxReply preregister(const QMap<QString, QString>& form);
    QString newId(const QString& prefix);

    QString m_flock;
    QString m_token;
    QList<Person> m_people;
    QJsonArray m_mail;             ///< {"to", "kind"} for every e-mail the CRM would have sent
    QHash<QString, int> m_byEmail; ///< lower-case address -> index in m_people
    bool m_emailsChanged = true;
    int m_nextId = 1;
};
