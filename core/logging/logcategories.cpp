#include "logcategories.h"

Q_LOGGING_CATEGORY(lcNet, "crm.net", QtCriticalMsg)
Q_LOGGING_CATEGORY(lcSync, "crm.sync", QtCriticalMsg)
Q_LOGGING_CATEGORY(lcOutbox, "crm.outbox", QtCriticalMsg)
Q_LOGGING_CATEGORY(lcAuth, "crm.auth", QtCriticalMsg)
Q_LOGGING_CATEGORY(lcCache, "crm.cache", QtCriticalMsg)
Q_LOGGING_CATEGORY(lcUi, "crm.ui", QtCriticalMsg)
