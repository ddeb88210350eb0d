#include "buttonrowtaborder.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLayout>

namespace crm {

bool ButtonRowTabOrder::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::Show)
        return false;
    auto* box = qobject_cast<QDialogButtonBox*>(watched);
    if (!box || !box->layout())
        return false;
    // The box's layout holds its buttons in the order they stand (stretches between them).
    QWidget* previous = nullptr;
    for (int i = 0; i < box->layout()->count(); ++i) {
        QWidget* w = box->layout()->itemAt(i)->widget();
        if (!w || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        if (previous)
            QWidget::setTabOrder(previous, w);
        previous = w;
    }
    return false;
}

} // namespace crm
