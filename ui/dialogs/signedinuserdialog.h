#pragma once

#include "domain/signedinuser.h"

#include <QDialog>

namespace crm {

/// Who is signed in through the CRM site: picture, name, user name, e-mail, CMS user id and contact
/// id, and every CiviCRM group the person's contact belongs to, smart groups marked (what a site checks
/// before it allows an action).
class SignedInUserDialog : public QDialog {
    Q_OBJECT
public:
    explicit SignedInUserDialog(const SignedInUser& user, QWidget* parent = nullptr);
};

} // namespace crm
