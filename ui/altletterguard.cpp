#include "altletterguard.h"

#include <QAbstractSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace crm {

bool AltLetterGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    // AltGr, which types characters on many keyboards, does not arrive as Alt alone.
    const Qt::KeyboardModifiers mods = key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    if (mods != Qt::AltModifier || key->text().isEmpty() || !key->text().at(0).isPrint())
        return false;
    return qobject_cast<QLineEdit*>(watched) || qobject_cast<QPlainTextEdit*>(watched) ||
           qobject_cast<QTextEdit*>(watched) || qobject_cast<QAbstractSpinBox*>(watched);
}

} // namespace crm
