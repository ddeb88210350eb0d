#pragma once

#include <QObject>

namespace crm {

/// Keeps Alt+letter from typing into a text field. Alt+letter is a mnemonic; when no button takes it (a
/// disabled Save, a mistyped letter) Qt hands the letter to the focused field, where in a masked key
/// field it becomes an invisible wrong character. Installed once on the application.
class AltLetterGuard : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    /// Installs one guard on the running application (a second call does nothing).
    static void install();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace crm
