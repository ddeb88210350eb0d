#include "logcategories.h"

Q_LOGGING_CATEGORY(lcNet, "crm.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "crm.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOutbox, "crm.outbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "crm.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCache, "crm.cache", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "crm.ui", QtInfoMsg)
