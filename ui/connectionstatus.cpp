#include "connectionstatus.h"
#include "showndate.h"
#include "tones.h"

#include "session/profilesession.h"

#include <QLabel>
#include <QLocale>

namespace crm {

ConnectionStatus::ConnectionStatus(std::function<ProfileSession*()> session, QObject* parent)
    : QObject(parent), m_session(std::move(session)), m_banner(new QLabel), m_state(new QLabel),
      m_lastSync(new QLabel), m_pending(new QLabel)
{
    m_banner->setObjectName(QStringLiteral("offlineBanner"));
    m_banner->setAccessibleName(tr("Connection problem"));
    m_banner->setWordWrap(true);
    Tones::paintBanner(m_banner);
    m_banner->hide();
    m_state->setObjectName(QStringLiteral("onlineStatus"));
    m_lastSync->setObjectName(QStringLiteral("lastSync"));
    m_pending->setObjectName(QStringLiteral("pendingEdits"));
}

void ConnectionStatus::refresh()
{
    ProfileSession* session = m_session();
    if (!session || !session->cache()) {
        m_state->setText(tr("No connection open"));
        m_lastSync->clear();
        m_pending->clear();
        return;
    }
    m_state->setText(m_online        ? tr("\u25CF Online")
                     : m_unavailable ? tr("\u25D0 CRM unavailable: showing cached data")
                                     : tr("\u25CB Offline: showing cached data"));
    const QDateTime last = session->cache()->lastSync();
    m_lastSync->setText(last.isValid() ? tr("Last sync: %1").arg(ShownDate::at(last)) : tr("Never synced"));
    m_pending->setText(tr("%n edit(s) waiting", nullptr, session->outbox().openCount()));
}

void ConnectionStatus::show(ConnectionWatch::State state, const CrmError& why)
{
    using S = ConnectionWatch::State;
    m_online = state == S::Online;
    m_unavailable = state == S::Unavailable;
    if (m_online) {
        m_banner->hide();
        refresh();
        return;
    }
    ProfileSession* session = m_session();
    const ConnectionWatch* watch = session ? session->connectionWatch() : nullptr;
    const QDateTime next = watch ? watch->nextTry() : QDateTime();
    const QString retry = next.isValid()
                              ? tr("CRM Console tries again by itself at %1.").arg(ShownDate::time(next))
                              : tr("CRM Console tries again with the next sync (F5).");
    const QDateTime last = session && session->cache() ? session->cache()->lastSync() : QDateTime();
    const QString cached = last.isValid() ? tr("Showing cached data from %1.").arg(ShownDate::at(last))
                                          : tr("Showing cached data.");
    QString text;
    switch (state) {
    case S::Online:
        break;
    case S::Offline:
        text = tr("<b>Working offline.</b> %1<br>%2 Edits are kept in the outbox and sent when the CRM is "
                  "back. %3")
                   .arg(why.userMessage().toHtmlEscaped(), cached, retry);
        break;
    case S::Unavailable:
        text =
            tr("<b>CRM unavailable.</b> %1<br>%2 %3").arg(why.userMessage().toHtmlEscaped(), cached, retry);
        break;
    case S::CredentialsRefused:
        text =
            tr("<b>The CRM no longer accepts this connection's credentials.</b> %1<br>Edits are kept in the "
               "outbox. Check the keys (File \u2192 Edit connection) or sign in again, then sync (F5).")
                .arg(why.userMessage().toHtmlEscaped());
        break;
    }
    m_banner->setText(text);
    m_banner->show();
    refresh();
}

} // namespace crm
