#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace crm {

class CrmCall;
class ProfileSession;

/// Tools for support staff: check the profile's staff login (and see its roles), check an autologin
/// token a member reports (whose it is), and have the CRM issue a device token, which goes to the
/// keychain and is never shown.
class SupportToolsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SupportToolsDialog(ProfileSession* session, QWidget* parent = nullptr);

    void checkStaff();
    void verifyToken();
    void issueDeviceToken();

Q_SIGNALS:
    void finishedWork();

private:
    /// Runs call, showing its outcome in label through done (or the error).
    void run(CrmCall* call, QLabel* label, QPushButton* button, std::function<QString(CrmCall*)> done);

    ProfileSession* m_session;
    QLabel* m_staffResult;
    QPushButton* m_staffButton;
    QLineEdit* m_token;
    QLabel* m_tokenResult;
    QPushButton* m_tokenButton;
    QLineEdit* m_deviceId;
    QLabel* m_deviceResult;
    QPushButton* m_deviceButton;
};

} // namespace crm
