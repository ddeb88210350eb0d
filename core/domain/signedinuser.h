#pragma once

#include "member.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace crm {

/// The person signed in to a CRM through its OAuth2 server: what the site's UserInfo endpoint says
/// (sub, e-mail, picture, user name), the CMS user that sub names, that user's contact and the
/// groups the contact belongs to, smart groups included (what a site checks before it allows an
/// action).
struct SignedInUser {
    QString sub;               ///< the CMS user id; CiviCRM's User id
    QString email;             ///< from UserInfo
    QString preferredUsername; ///< from UserInfo
    QString name;              ///< from UserInfo, when the site sends it
    QUrl picture;              ///< from UserInfo; may be empty
    QByteArray pictureData;    ///< the picture's bytes (PNG, JPEG...), empty when it could not be fetched
    QString userName;          ///< CiviCRM User.name
    QString contactId;
    QString displayName; ///< the contact's display name
    QList<Group> groups;

    /// The name to show: the contact's, else UserInfo's, else the user name, the e-mail or the id.
    QString shownName() const
    {
        for (const QString* s : {&displayName, &name, &preferredUsername, &userName, &email})
            if (!s->isEmpty())
                return *s;
        return sub;
    }
};

} // namespace crm

Q_DECLARE_METATYPE(crm::SignedInUser)
