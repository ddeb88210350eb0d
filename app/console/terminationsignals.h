#pragma once

#include <QObject>

class QSocketNotifier;

/// Turns SIGTERM and SIGINT (a session logging out, a window manager ending the program, Ctrl+C in the
/// terminal) into a signal on the main thread, where the window can close as Quit does.
class TerminationSignals : public QObject {
    Q_OBJECT
public:
    explicit TerminationSignals(QObject* parent = nullptr);
    ~TerminationSignals() override;

Q_SIGNALS:
    void received();

private:
    QSocketNotifier* m_notifier = nullptr;
};
