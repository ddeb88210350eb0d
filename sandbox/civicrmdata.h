#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

/// The generated contents of an emulated CiviCRM: contacts (accents, apostrophes, missing e-mails,
/// deleted contacts) with their phones, e-mails, addresses (with a custom field) and notes, CMS users,
/// static and smart groups. The same seed and size always give the same data.
struct CiviData {
    struct Address {
        qint64 id = 0;
        QString street, supplemental, city, postalCode, countryId, stateProvinceId, region;
        int locationType = 1;
        bool primary = true;
    };
    struct Phone {
        qint64 id = 0;
        QString phone;
        int locationType = 1;
        int phoneType = 1;
        bool primary = true;
    };
    struct Email {
        qint64 id = 0;
        QString email;
        int locationType = 1;
        bool primary = true;
        bool onHold = false;
    };
    struct Note {
        qint64 id = 0;
        QString subject, note, modified;
    };
    struct Contact {
        qint64 id = 0;
        QString firstName, middleName, lastName, nickName, birthDate, jobTitle, modified, created;
        QString genderId; ///< "" when not given
        bool doNotEmail = false, doNotPhone = false, doNotMail = false, doNotSms = false, optOut = false;
        bool deleted = false;
        bool purged = false; ///< deleted for good: its row and parts are gone, its id never comes back
        qint64 userId = 0;   ///< 0: no CMS account
        QString userName;
        QList<Address> addresses;
        QList<Phone> phones;
        QList<Email> emails;
        QList<Note> notes;

        /// The primary e-mail's address, "" when none.
        QString email() const;
    };
    struct Group {
        qint64 id = 0;
        QString name, title, description, visibility;
        QStringList groupType;
        qint64 savedSearchId = 0; ///< non-zero: a smart group
    };

    QList<Contact> contacts; ///< ordered by id; contacts[i].id == i + 1
    QList<Group> groups;
    QHash<qint64, QSet<qint64>> added; ///< static group id -> contact ids added by hand
    qint64 clock = 0;                  ///< seconds added to every modification stamp
    qint64 lastAddressId = 0, lastPhoneId = 0, lastEmailId = 0, lastNoteId = 0;

    static CiviData generate(int members, quint32 seed);
    Contact* contact(qint64 id);
    const Group* group(qint64 id) const;
    /// Whether the contact is in the group, smart groups computed from their saved search.
    bool inGroup(const Group& g, const Contact& c) const;
    QString nextStamp();
    static QString displayName(const Contact& c);
    /// Sets the contact's primary e-mail address (adds one when it has none; "" removes it), as
    /// Contact.create with a plain "email" does.
    static void setPrimaryEmail(Contact& c, const QString& email, qint64* lastEmailId);
};
