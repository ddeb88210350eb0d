#pragma once

#include <QObject>

namespace crm {

/// Keeps Alt+letter from typing into a text field. Alt+letter is a mnemonic; when no button takes it (a
/// disabled Save, a mistyped letter) Qt hands the letter to the focused field, where in a masked key
/// field it becomes an invisible wrong character. Installed with installOnApplication.
class AltLetterGuard : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace crm
