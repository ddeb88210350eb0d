#pragma once

#include "domain/signedinuser.h"

#include <QWidget>

class QLabel;
class QToolButton;
class QMenu;

namespace crm {

/// The status bar's "who is signed in" for connections that sign in through the CRM site: the
/// person's picture (or their initials) and name, with a menu to see their details and groups or to
/// sign out; "Sign in…" when nobody is. Hidden for connections that use keys.
class SignedInBadge : public QWidget {
    Q_OBJECT
public:
    explicit SignedInBadge(QWidget* parent = nullptr);

    void showSignedOut();
    void showSigningIn();
    /// Signed in, but who is not known yet (offline, or still asking).
    void showSignedIn();
    void showUser(const SignedInUser& user);
    /// The picture shown: the user's, or a circle with their initials.
    static QPixmap avatar(const SignedInUser& user, int size);
    QString text() const;

Q_SIGNALS:
    void signInRequested();
    void detailsRequested();
    void signOutRequested();

private:
    QLabel* m_picture;
    QToolButton* m_button;
    QMenu* m_menu;
    bool m_signedIn = false;
};

} // namespace crm
