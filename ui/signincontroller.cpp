#include "signincontroller.h"

#include "dialogs/signedinuserdialog.h"
#include "dialogs/signindialog.h"
#include "net/crmcall.h"
#include "session/profilesession.h"
#include "widgets/signedinbadge.h"

#include <QAction>
#include <QDesktopServices>
#include <QMessageBox>

namespace crm {

SignInController::SignInController(QWidget* window, QObject* parent) : QObject(parent), m_window(window)
{
    m_badge = new SignedInBadge;
    m_signIn = new QAction(tr("Sign &in to the CRM site\u2026"), this);
    m_signIn->setObjectName(QStringLiteral("signInAction"));
    m_signOut = new QAction(tr("Sign &out of the CRM site"), this);
    m_signOut->setObjectName(QStringLiteral("signOutAction"));
    m_whoAmI = new QAction(tr("&Who is signed in\u2026"), this);
    m_whoAmI->setObjectName(QStringLiteral("whoAmIAction"));
    connect(m_signIn, &QAction::triggered, this, &SignInController::signIn);
    connect(m_signOut, &QAction::triggered, this, &SignInController::signOut);
    connect(m_whoAmI, &QAction::triggered, this, &SignInController::showWhoAmI);
    connect(m_badge, &SignedInBadge::signInRequested, this, &SignInController::signIn);
    connect(m_badge, &SignedInBadge::signOutRequested, this, &SignInController::signOut);
    connect(m_badge, &SignedInBadge::detailsRequested, this, &SignInController::showWhoAmI);
    setSession(nullptr);
}

void SignInController::setSession(ProfileSession* session)
{
    if (m_running)
        m_running->cancel();
    m_session = session;
    m_user.reset();
    m_badge->showSignedOut();
    if (m_session)
        connect(m_session, &ProfileSession::signInNeeded, this, [this](const CrmError& e) {
            m_user.reset();
            m_badge->showSignedOut();
            updateActions();
            Q_EMIT message(e.userMessage());
        });
    updateActions();
}

void SignInController::updateActions()
{
    const bool oauth = m_session && m_session->profile().usesOAuth2();
    m_badge->setVisible(oauth);
    m_signIn->setVisible(oauth);
    m_signOut->setVisible(oauth);
    m_whoAmI->setVisible(oauth);
    m_signIn->setEnabled(oauth && !m_running);
    m_signOut->setEnabled(oauth && !m_running);
    m_whoAmI->setEnabled(oauth && m_user.has_value());
}

void SignInController::report(const QString& title, const CrmError& error)
{
    Q_EMIT message(title + QStringLiteral(": ") + error.userMessage());
    if (!m_window->isVisible() || qEnvironmentVariableIsSet("CRM_CONSOLE_NO_DIALOGS"))
        return;
    QMessageBox::warning(m_window, title, error.userMessage());
}

void SignInController::signIn()
{
    if (!m_session || !m_session->profile().usesOAuth2() || m_running)
        return;
    ProfileSession* session = m_session;
    auto* dialog = new SignInDialog(session->profile().baseUrl.host(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    auto opened = connect(session, &ProfileSession::signInUrlReady, dialog, [dialog](const QUrl& url) {
        dialog->setAddress(url);
        QDesktopServices::openUrl(url);
        dialog->open();
    });
    Q_UNUSED(opened);
    CrmCall* call = session->signIn();
    m_running = call;
    m_badge->showSigningIn();
    updateActions();
    connect(dialog, &QDialog::rejected, call, [call] { call->cancel(); });
    connect(call, &CrmCall::finished, this, [this, call, dialog = QPointer<SignInDialog>(dialog)] {
        m_running = nullptr;
        if (dialog) {
            dialog->disconnect(call);
            dialog->close();
        }
        if (!call->ok()) {
            m_badge->showSignedOut();
            updateActions();
            if (call->error().kind != CrmError::Kind::Cancelled)
                report(tr("Sign-in failed"), call->error());
            return;
        }
        m_badge->showSignedIn();
        updateActions();
        Q_EMIT message(tr("Signed in."));
        Q_EMIT signedIn();
        backendConnected();
    });
}

void SignInController::signOut()
{
    if (!m_session || !m_session->profile().usesOAuth2())
        return;
    CrmCall* call = m_session->signOut();
    connect(call, &CrmCall::finished, this, [this, call] {
        if (!call->ok()) {
            report(tr("Sign-out failed"), call->error());
            return;
        }
        m_user.reset();
        m_badge->showSignedOut();
        updateActions();
        Q_EMIT message(tr("Signed out: cached records stay readable; sign in again to send edits or sync."));
    });
}

void SignInController::backendConnected()
{
    if (!m_session || !m_session->profile().usesOAuth2())
        return;
    if (!m_user)
        m_badge->showSignedIn();
    CrmCall* call = m_session->fetchSignedInUser();
    connect(call, &CrmCall::finished, this, [this, call] {
        if (!call->ok()) {
            if (call->error().code == CrmError::SignInNeeded)
                m_badge->showSignedOut();
            updateActions();
            return; // offline: the badge says "Signed in" without a name
        }
        m_user = call->value<SignedInUser>();
        m_badge->showUser(*m_user);
        updateActions();
        Q_EMIT userKnown(*m_user);
    });
}

void SignInController::connectFailed(const CrmError& error)
{
    if (error.code == CrmError::SignInNeeded) {
        m_user.reset();
        m_badge->showSignedOut();
        updateActions();
    }
}

void SignInController::showWhoAmI()
{
    if (!m_user)
        return;
    auto* dialog = new SignedInUserDialog(*m_user, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace crm
