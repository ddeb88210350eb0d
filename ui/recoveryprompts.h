#pragma once

#include "domain/crmerror.h"

class QWidget;

namespace crm {

/// The questions the window asks when something needs a person's decision to recover. Each returns
/// true when the person chose the way out offered; none is asked (false) while dialogs are turned off
/// (CRM_CONSOLE_NO_DIALOGS) or the window is hidden.
namespace RecoveryPrompts {
/// The server's certificate is not trusted: trust this one (by its fingerprint) for the connection?
/// Cancel is the default: trusting is a decision, never the Enter key's.
bool askToTrust(QWidget* window, const QString& profileName, const CrmError& error);
/// The local copy is damaged: rebuild it by a full sync that loses no edit?
bool askToRebuild(QWidget* window, const CrmError& error);
/// No keychain: keep the keys in memory for this session?
bool askSessionOnly(QWidget* window, const CrmError& error);
} // namespace RecoveryPrompts

} // namespace crm
