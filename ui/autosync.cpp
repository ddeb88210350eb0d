#include "autosync.h"

#include <QAction>
#include <QTimer>

namespace crm {

namespace {
/// When a sync is due but may not start (one runs, the CRM is away, a record is being edited).
constexpr int kRetryMs = 30 * 1000;
} // namespace

AutoSync::AutoSync(std::function<bool()> mayStart, QObject* parent)
    : QObject(parent), m_mayStart(std::move(mayStart)), m_timer(new QTimer(this)),
      m_action(new QAction(tr("Sync &automatically"), this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &AutoSync::checkNow);
    m_action->setObjectName(QStringLiteral("autoSyncAction"));
    m_action->setCheckable(true);
    m_action->setEnabled(false);
    connect(m_action, &QAction::triggered, this, [this](bool on) {
        setInterval(on ? m_lastMinutes : 0);
        Q_EMIT intervalChosen(m_minutes);
    });
}

void AutoSync::setInterval(int minutes)
{
    m_minutes = std::max(0, minutes);
    if (m_minutes > 0)
        m_lastMinutes = m_minutes;
    m_action->setEnabled(true);
    m_action->setChecked(m_minutes > 0);
    m_action->setToolTip(
        m_minutes > 0
            ? tr("Fetches what changed every %n minute(s) while the window is open", nullptr, m_minutes)
            : tr("Fetch what changed every %n minute(s) while the window is open", nullptr, m_lastMinutes));
    restart();
}

void AutoSync::restart()
{
    if (m_minutes > 0)
        m_timer->start(m_minutes * 60 * 1000);
    else
        m_timer->stop();
}

void AutoSync::checkNow()
{
    if (m_minutes <= 0)
        return;
    if (!m_mayStart()) {
        m_timer->start(kRetryMs);
        return;
    }
    Q_EMIT due(); // the sync's end restarts the interval
}

} // namespace crm
