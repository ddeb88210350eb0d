#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;

namespace crm {

/// Shown while a sign-in waits for the browser: says what to do on the site, shows the address (to
/// copy into another browser, or to open again) and offers Cancel, which stops the wait.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    explicit SignInDialog(const QString& site, QWidget* parent = nullptr);
    void setAddress(const QUrl& url);
    QUrl address() const { return m_url; }

private:
    QUrl m_url;
    QLineEdit* m_address;
};

} // namespace crm
