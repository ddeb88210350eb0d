#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

/// The generated contents of an emulated CiviCRM: contacts (accents, apostrophes, missing e-mails,
/// deleted contacts), CMS users, addresses with a custom field, static and smart groups. The same
/// seed and size always give the same data.
struct CiviData {
    struct Address {
        qint64 id = 0;
        QString street, city, postalCode, countryId, region;
        int locationType = 1;
        bool primary = true;
    };
    struct Contact {
        qint64 id = 0;
        QString firstName, lastName, email, modified, created;
        bool deleted = false;
        qint64 userId = 0; ///< 0: no CMS account
        QString userName;
        QList<Address> addresses;
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

    static CiviData generate(int members, quint32 seed);
    Contact* contact(qint64 id);
    const Group* group(qint64 id) const;
    /// Whether the contact is in the group, smart groups computed from their saved search.
    bool inGroup(const Group& g, const Contact& c) const;
    QString nextStamp();
    static QString displayName(const Contact& c);
};
