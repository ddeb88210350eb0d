#include "synccontroller.h"

#include "outbox/outboxrunner.h"
#include "session/profilesession.h"
#include "sync/syncengine.h"

#include <QAction>
#include <QKeySequence>
#include <QProgressBar>
#include <QPushButton>

#include <climits>

namespace crm {

SyncController::SyncController(QObject* parent) : QObject(parent)
{
    m_action = new QAction(tr("&Sync"), this);
    m_action->setObjectName(QStringLiteral("syncAction"));
    m_action->setShortcut(QKeySequence::Refresh);
    m_action->setToolTip(tr("Send waiting edits, then fetch what changed since the last sync (F5)"));
    connect(m_action, &QAction::triggered, this, [this] { Q_EMIT syncRequested(SyncEngine::Scope::Auto); });
    m_fullAction = new QAction(tr("F&ull sync"), this);
    m_fullAction->setObjectName(QStringLiteral("fullSyncAction"));
    m_fullAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_fullAction->setToolTip(tr("Send waiting edits, then fetch every member and group again (Shift+F5)"));
    connect(m_fullAction, &QAction::triggered, this,
            [this] { Q_EMIT syncRequested(SyncEngine::Scope::Full); });
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setMaximumWidth(260);
    m_progress->setFormat(tr("%v of %m"));
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancelSync"));
    m_cancel->setAccessibleName(tr("Cancel sync"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &SyncController::cancel);
}

void SyncController::setSession(ProfileSession* session)
{
    m_session = session;
}

void SyncController::wireEngine()
{
    SyncEngine* engine = m_session->syncEngine();
    connect(engine, &SyncEngine::progress, this, [this](SyncEngine::Phase phase, qint64 done, qint64 total) {
        switch (phase) {
        case SyncEngine::Phase::Groups:
            m_progress->setFormat(tr("Groups\u2026"));
            break;
        case SyncEngine::Phase::Members:
            m_progress->setFormat(tr("Members: %v of %m"));
            break;
        case SyncEngine::Phase::Checking:
            m_progress->setFormat(tr("Checking who is still there: %v of %m"));
            break;
        case SyncEngine::Phase::Memberships:
            m_progress->setFormat(tr("Group members: %v of %m groups"));
            break;
        case SyncEngine::Phase::Done:
            m_progress->setFormat(tr("Done"));
            break;
        }
        m_progress->setMaximum(total < 0 ? 0 : int(std::min<qint64>(total, INT_MAX)));
        m_progress->setValue(int(std::min<qint64>(done, INT_MAX)));
        // Show rows as they arrive, without re-reading on every page of a huge sync.
        if (phase == SyncEngine::Phase::Members && (done <= 5000 || done % 20000 < 1000))
            Q_EMIT membersArriving();
    });
    connect(engine, &SyncEngine::finished, this, &SyncController::end);
}

void SyncController::start(SyncEngine::Scope scope)
{
    if (!m_session || m_syncing || !m_session->isConnected())
        return;
    m_syncing = true;
    m_action->setEnabled(false);
    m_fullAction->setEnabled(false);
    m_progress->setMaximum(0);
    m_progress->setValue(0);
    m_progress->setFormat(tr("Connecting\u2026"));
    m_progress->show();
    m_cancel->show();
    OutboxRunner* runner = m_session->outboxRunner();
    if (m_session->outbox().pending().isEmpty() || runner->isRunning()) {
        m_session->syncEngine()->start(scope);
        return;
    }
    auto* once = new QObject(this);
    connect(runner, &OutboxRunner::finished, once, [this, once, scope](int, int, const CrmError& e) {
        once->deleteLater();
        if (e && (e.isUnreachable() || e.kind == CrmError::Kind::Unavailable)) {
            end(e);
            return;
        }
        if (m_session && m_syncing)
            m_session->syncEngine()->start(scope);
    });
    runner->run();
}

void SyncController::cancel()
{
    if (m_session && m_session->syncEngine())
        m_session->syncEngine()->cancel();
}

void SyncController::end(const CrmError& error)
{
    m_syncing = false;
    m_progress->hide();
    m_cancel->hide();
    m_action->setEnabled(true);
    m_fullAction->setEnabled(true);
    Q_EMIT finished(error);
}

} // namespace crm
