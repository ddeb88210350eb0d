#pragma once

#include <QObject>

namespace crm {

/// Makes Tab cross a dialog's button row in the order the buttons stand. QDialogButtonBox places its
/// buttons by role and platform (Help left, OK and Cancel right, their order per desktop) but Qt 6.4
/// chains them for Tab in the order they were added, so Tab can jump right, then back left. Installed with
/// installOnApplication; each button box is put in order when it is shown.
class ButtonRowTabOrder : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace crm
