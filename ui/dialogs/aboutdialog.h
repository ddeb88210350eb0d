#pragma once

#include <QDialog>

namespace crm {

/// Help > About: which version this is, on which Qt, under which licence, and where its guide is.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

} // namespace crm
