#pragma once

#include <QObject>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QTemporaryDir;
class QWidget;
class SandboxBrowser;

namespace crm {
class DemoSession;
class MainWindow;
} // namespace crm

/// Walks the demo through the main views of its kind of CRM once its first sync ended, saves a PNG of
/// each in the screenshot folder and quits: the pictures in docs/screenshots/ come from here. A sign-in
/// through the sandbox site is answered by a SandboxBrowser, since nobody sits at a browser.
class ScreenshotTour : public QObject {
    Q_OBJECT
public:
    ScreenshotTour(crm::MainWindow* window, crm::DemoSession* demo, QNetworkAccessManager* nam, QString shots,
                   QObject* parent = nullptr);
    ~ScreenshotTour() override;

private:
    void answerSignIn();
    void tour();
    /// An edit made while the CRM is gone, waiting in the Outbox tab.
    void outboxWhileOffline();
    /// The CiviCRM record edited in place: the Contact tab, a phone being edited, the History after an
    /// edit, a conflict settled field by field, the duplicate warning; then next.
    void recordsTour(std::function<void()> next);
    /// F5 after the first sync (only what changed, said in the status bar) and the File menu; then next.
    void changesTour(std::function<void()> next);
    /// The column chooser and the About box.
    void helpTour(std::function<void()> next);
    void rempTour();
    void sheepTour();
    void identityTour();
    void signInTour();
    /// The import wizard's pages on a file with changes, new people and mistakes; the export dialog.
    void importTour();
    /// Runs the steps one after another, waiting ms between them.
    void steps(QList<std::function<void()>> list, int ms = 400);
    void shot(QWidget* widget, const QString& name);

    crm::MainWindow* m_window;
    crm::DemoSession* m_demo;
    QNetworkAccessManager* m_nam;
    QString m_shots;
    std::unique_ptr<SandboxBrowser> m_browser;
    std::unique_ptr<QTemporaryDir> m_temp;
};
