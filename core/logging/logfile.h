#pragma once

#include <QString>

namespace crm {

/// The log a user with a problem can send: one file, crm-console.log, under the state folder
/// ($XDG_STATE_HOME/crm-console, else ~/.local/state/crm-console), a line per message with its time,
/// level and area, every line scrubbed of secrets (LogRedaction). It turns over at 1 MiB, keeping four
/// older files (crm-console.log.1 is the newest of them).
class LogFile {
public:
    static constexpr qint64 TurnOverBytes = 1024 * 1024;
    static constexpr int KeptFiles = 4;

    /// Makes the file the destination of every Qt message from now on. verbose adds the crm.* debug
    /// messages and echoes every line to the terminal too (warnings always go there). False (and
    /// messages still reach the terminal) when the folder cannot be written.
    static bool install(bool verbose);
    /// Where the log is written; the state folder's file even before install().
    static QString path();
    /// Back to Qt's own handler (tests).
    static void uninstall();
};

} // namespace crm
