#pragma once

#include "httpserver.h"

#include <QList>
#include <QString>
#include <functional>

class QCommandLineParser;

/// One kind of CRM the sandbox emulates: how crm-sandbox makes its emulator. One entry per kind.
struct EmulatorKind {
    /// What an emulator is made with: the data's size and seed, and crm-sandbox's options.
    struct Setup {
        int members;
        quint32 seed;
        const QCommandLineParser& options;
    };
    /// A running emulator: its request handler (which owns the emulator) and the API's path on the server.
    struct Running {
        SandboxHttpServer::Handler handler;
        QString path;
    };
    QString kind;
    std::function<Running(const Setup&)> make;
};

namespace Emulators {
const QList<EmulatorKind>& all();
const EmulatorKind* find(const QString& kind);
QStringList kinds();
} // namespace Emulators
