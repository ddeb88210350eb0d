#pragma once

#include <QLoggingCategory>

/// The console's areas, each a logging category ("crm.net"...). Quiet unless a LogFile is installed (crmctl
/// and the tests say what they must themselves): then info and above go to the log file, debug too with
/// --verbose. QT_LOGGING_RULES="crm.sync.debug=true" still turns any of them on.
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcOutbox)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcCache)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
