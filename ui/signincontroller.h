#pragma once

#include "domain/crmerror.h"
#include "domain/signedinuser.h"

#include <QObject>
#include <QPointer>
#include <optional>

class QAction;
class QWidget;

namespace crm {

class CrmCall;
class ProfileSession;
class SignedInBadge;
class SignInDialog;

/// Signing in through the CRM site for connections that do (CiviCRM with OAuth2): the Sign in and
/// Sign out actions, the status bar badge with the signed-in person, and the sign-in itself (the site's
/// page opened in the system browser, a window to wait in with Cancel). signedIn() tells the window
/// the backend was remade with the new tokens.
class SignInController : public QObject {
    Q_OBJECT
public:
    SignInController(QWidget* window, QObject* parent = nullptr);

    /// Shows the actions and the badge only when the session's connection signs in.
    void setSession(ProfileSession* session);
    SignedInBadge* badge() const { return m_badge; }
    QAction* signInAction() const { return m_signIn; }
    QAction* signOutAction() const { return m_signOut; }
    QAction* whoAmIAction() const { return m_whoAmI; }
    /// The person signed in, once known.
    const std::optional<SignedInUser>& user() const { return m_user; }

    void signIn();
    void signOut();
    void showWhoAmI();
    /// After the backend connected: asks who is signed in, for the badge.
    void backendConnected();
    /// After connecting failed: a missing or ended sign-in shows "Sign in…".
    void connectFailed(const CrmError& error);

Q_SIGNALS:
    void signedIn();
    void userKnown(const crm::SignedInUser& user);
    void message(const QString& text);

private:
    void updateActions();
    void report(const QString& title, const CrmError& error);

    QWidget* m_window;
    ProfileSession* m_session = nullptr;
    SignedInBadge* m_badge;
    QAction* m_signIn;
    QAction* m_signOut;
    QAction* m_whoAmI;
    QPointer<CrmCall> m_running;
    QPointer<SignInDialog> m_dialog;
    std::optional<SignedInUser> m_user;
};

} // namespace crm
