#pragma once

#include <QApplication>

namespace crm {

/// Installs one Filter (an event filter that watches every widget of the application) on the running
/// application; later calls do nothing.
template <class Filter> void installOnApplication()
{
    static Filter* filter = nullptr;
    if (filter || !qApp)
        return;
    filter = new Filter(qApp);
    qApp->installEventFilter(filter);
}

} // namespace crm
