#pragma once

// What a screen reader finds in a window: every control that takes the keyboard's focus has a name it can
// say, its own or its buddy label's, as QAccessible reports it.
#include <QAccessible>
#include <QStringList>
#include <QWidget>

namespace crm::AccessibilityAudit {

/// One line per focusable control on show without an accessible name.
inline QStringList problems(QWidget* window)
{
    QStringList found;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window) || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        // A widget that hands its focus to a child (a combo box's line edit, a spin box's) is named
        // through that child's owner: the child is skipped, the owner checked.
        if (w->focusProxy())
            continue;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        if (!iface)
            continue;
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            found << QStringLiteral("%1 \"%2\" in %3 has no accessible name")
                         .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                              window->objectName().isEmpty()
                                  ? QString::fromLatin1(window->metaObject()->className())
                                  : window->objectName());
    }
    return found;
}

} // namespace crm::AccessibilityAudit
