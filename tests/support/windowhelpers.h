#pragma once

// What the main-window tests share: finding widgets by object name, tabs by their label, and waiting
// for the outbox to be sent.
#include "outbox/outboxrunner.h"
#include "session/profilesession.h"

#include <QTabWidget>
#include <QTest>

namespace crm::WindowTest {

template <class T> T* find(const QObject* root, const char* name)
{
    T* w = root->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}

inline int tabIndex(const QTabWidget* tabs, const QString& label)
{
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->tabText(i).remove(QLatin1Char('&')) == label)
            return i;
    return -1;
}

inline bool tabShown(const QTabWidget* tabs, const QString& label)
{
    const int i = tabIndex(tabs, label);
    return i >= 0 && tabs->isTabVisible(i);
}

inline void showTab(QTabWidget* tabs, const QString& label)
{
    if (const int i = tabIndex(tabs, label); i >= 0)
        tabs->setCurrentIndex(i);
}

/// Waits until nothing is waiting in the outbox and no run is going.
inline bool outboxSettles(ProfileSession* session)
{
    return QTest::qWaitFor(
        [session] { return session->outbox().openCount() == 0 && !session->outboxRunner()->isRunning(); },
        20000);
}

} // namespace crm::WindowTest
