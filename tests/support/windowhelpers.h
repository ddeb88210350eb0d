#pragma once

// What the main-window tests share: opening a window on a profile, finding widgets by object name,
// tabs by their label, and waiting for the outbox to be sent.
#include "credentials/credentialstore.h"
#include "mainwindow.h"
#include "net/crmcall.h"
#include "outbox/outboxrunner.h"
#include "profiles/profilestore.h"
#include "session/profilesession.h"

#include <QSignalSpy>
#include <memory>

#include <QTabWidget>
#include <QTest>

namespace crm::WindowTest {

/// Saves profile, puts its secrets in the keychain, shows a main window, opens the profile and waits
/// until its backend is connected; nullptr when any step fails.
inline std::unique_ptr<MainWindow> openWindow(ProfileStore* profiles, CredentialStore* credentials,
                                              QNetworkAccessManager* nam, const Profile& profile,
                                              const QMap<QString, QString>& secrets)
{
    profiles->save(profile);
    CrmCall* write = credentials->write(profile.name, secrets);
    QSignalSpy written(write, &CrmCall::finished);
    if (!written.wait(20000))
        return nullptr;
    auto window = std::make_unique<MainWindow>(profiles, credentials, nam);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    QSignalSpy ready(window.get(), &MainWindow::backendReady);
    window->openProfile(profile.name);
    if (!ready.wait(20000) || !ready.first().first().toBool())
        return nullptr;
    return window;
}

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
