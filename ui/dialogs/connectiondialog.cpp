#include "connectiondialog.h"

#include "auth/oauth2endpoints.h"

#include "backends/crmbackend.h"
#include "net/crmcall.h"
#include "profiles/profilestore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace crm {

ConnectionDialog::ConnectionDialog(QNetworkAccessManager* nam, QStringList takenNames, QWidget* parent)
    : QDialog(parent), m_nam(nam), m_taken(std::move(takenNames))
{
    setWindowTitle(tr("New CRM connection"));
    setObjectName(QStringLiteral("connectionDialog"));
    setMinimumWidth(560);
    auto* form = new QFormLayout;
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Connection name"));
    m_name->setPlaceholderText(tr("e.g. Members CRM"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->setAccessibleName(tr("CRM kind"));
    for (const QString& k : Backends::kinds())
        m_kind->addItem(k == QLatin1String("civicrm") ? tr("CiviCRM (API v3 REST)")
                        : k == QLatin1String("remp")  ? tr("REMP CRM (users module)")
                        : k == QLatin1String("sheep") ? tr("SheepCRM (member API)")
                                                      : k,
                        k);
    m_url = new QLineEdit;
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setAccessibleName(tr("Server address"));
    m_url->setPlaceholderText(
        QStringLiteral("https://example.org/sites/all/modules/civicrm/extern/rest.php"));
    m_customFields = new QLineEdit;
    m_customFields->setObjectName(QStringLiteral("customFields"));
    m_customFields->setAccessibleName(tr("Custom field labels"));
    m_customFields->setPlaceholderText(tr("custom_23=Regional scope; custom_24=Chapter"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Address:"), m_url);
    m_auth = new QComboBox;
    m_auth->setObjectName(QStringLiteral("auth"));
    m_auth->setAccessibleName(tr("Sign-in method"));
    m_auth->addItem(tr("API key and site key"), QStringLiteral("key"));
    m_auth->addItem(tr("Sign in through the site (OAuth2, in the browser)"), QStringLiteral("oauth2"));
    form->addRow(tr("Sign-in &method:"), m_auth);
    m_clientId = new QLineEdit;
    m_clientId->setObjectName(QStringLiteral("clientId"));
    m_clientId->setAccessibleName(tr("OAuth2 client id"));
    m_clientId->setPlaceholderText(tr("the site's OAuth2 client for CRM Console"));
    form->addRow(tr("C&lient id:"), m_clientId);
    connect(m_clientId, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    form->addRow(tr("&Custom fields:"), m_customFields);
    m_staffEmail = new QLineEdit;
    m_staffEmail->setObjectName(QStringLiteral("staffEmail"));
    m_staffEmail->setAccessibleName(tr("Staff e-mail"));
    m_staffEmail->setPlaceholderText(tr("optional: to check a staff login and its roles"));
    form->addRow(tr("S&taff e-mail:"), m_staffEmail);
    m_flock = new QLineEdit;
    m_flock->setObjectName(QStringLiteral("flock"));
    m_flock->setAccessibleName(tr("Flock"));
    m_flock->setPlaceholderText(tr("the client identifier in the API's addresses, e.g. myclub"));
    form->addRow(tr("&Flock:"), m_flock);
    connect(m_flock, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    m_form = form;

    m_test = new QPushButton(tr("&Test connection"));
    m_test->setObjectName(QStringLiteral("testButton"));
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAccessibleName(tr("Connection test result"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);

    // Offered only after a test met a certificate the system does not trust, with its fingerprint.
    m_trust = new QCheckBox;
    m_trust->setObjectName(QStringLiteral("trustCertificate"));
    m_trust->setAccessibleName(tr("Trust this server's certificate for this connection"));
    m_trust->hide();
    connect(m_trust, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            testConnection(); // with the pin in place
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_result, 1);
    layout->addLayout(testRow);
    layout->addWidget(m_trust);
    layout->addWidget(new QLabel(tr("Keys are kept in the system keychain, never in settings files.")));
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConnectionDialog::rebuildSecrets);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ConnectionDialog::rebuildSecrets);
    for (QLineEdit* e : {m_name, m_url})
        connect(e, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    rebuildSecrets();
}

void ConnectionDialog::rebuildSecrets()
{
    // The kind's secrets sit between the address and the custom fields.
    for (QLineEdit* old : std::as_const(m_secretEdits))
        m_form->removeRow(old);
    m_secretEdits.clear();
    m_optional.clear();
    const QString kind = m_kind->currentData().toString();
    const QString auth = kind == QLatin1String("civicrm") ? m_auth->currentData().toString() : QString();
    const bool oauth2 = auth == QLatin1String("oauth2");
    int row = 0;
    QFormLayout::ItemRole urlRole;
    m_form->getWidgetPosition(m_auth, &row, &urlRole);
    ++row;
    const QStringList required = Backends::secretNames(kind, auth);
    for (const QString& name : required + Backends::optionalSecretNames(kind, auth)) {
        auto* edit = new QLineEdit;
        edit->setObjectName(name);
        edit->setEchoMode(QLineEdit::Password);
        edit->setAccessibleName(Backends::secretLabel(name));
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
        m_secretEdits.insert(name, edit);
        if (required.contains(name)) {
            m_form->insertRow(row++, Backends::secretLabel(name) + QLatin1Char(':'), edit);
        } else {
            // Optional secrets follow what they go with: a staff password the staff e-mail, a client
            // secret the client id.
            int anchorRow = 0;
            QFormLayout::ItemRole role;
            m_form->getWidgetPosition(oauth2 ? m_clientId : m_staffEmail, &anchorRow, &role);
            m_form->insertRow(anchorRow + 1, Backends::secretLabel(name) + QLatin1Char(':'), edit);
            m_optional.insert(name);
            edit->setPlaceholderText(tr("optional"));
        }
    }
    // A staff login exists only where the CRM has one; custom-field labels only for CiviCRM.
    const bool staff = !Backends::optionalSecretNames(kind).isEmpty();
    m_form->setRowVisible(m_staffEmail, staff);
    m_form->setRowVisible(m_customFields, kind == QLatin1String("civicrm"));
    m_form->setRowVisible(m_flock, kind == QLatin1String("sheep"));
    m_form->setRowVisible(m_auth, kind == QLatin1String("civicrm"));
    m_form->setRowVisible(m_clientId, oauth2);
    validate();
}

Profile ConnectionDialog::profile() const
{
    Profile p;
    p.name = m_name->text().trimmed();
    p.kind = m_kind->currentData().toString();
    p.baseUrl = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    for (const QString& part : m_customFields->text().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq > 0)
            p.options.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
    }
    const bool staff = !Backends::optionalSecretNames(p.kind).isEmpty();
    if (staff && !m_staffEmail->text().trimmed().isEmpty())
        p.options.insert(QStringLiteral("staff_email"), m_staffEmail->text().trimmed());
    if (p.kind == QLatin1String("sheep"))
        p.options.insert(QStringLiteral("flock"), m_flock->text().trimmed());
    if (!m_offeredCertificate.isEmpty() && m_trust->isChecked())
        p.options.insert(QStringLiteral("tls_certificate_sha256"), m_offeredCertificate);
    if (p.kind == QLatin1String("civicrm") && m_auth->currentData().toString() == QLatin1String("oauth2")) {
        p.options.insert(QStringLiteral("auth"), QStringLiteral("oauth2"));
        p.options.insert(QStringLiteral("oauth_client_id"), m_clientId->text().trimmed());
    }
    return p;
}

QMap<QString, QString> ConnectionDialog::secrets() const
{
    QMap<QString, QString> out;
    for (auto it = m_secretEdits.cbegin(); it != m_secretEdits.cend(); ++it)
        if (!m_optional.contains(it.key()) || !it.value()->text().isEmpty())
            out.insert(it.key(), it.value()->text());
    return out;
}

void ConnectionDialog::setValues(const Profile& p, const QMap<QString, QString>& secrets)
{
    m_name->setText(p.name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(p.kind)));
    m_url->setText(p.baseUrl.toString());
    QStringList custom;
    for (auto it = p.options.cbegin(); it != p.options.cend(); ++it)
        if (it.key() == QLatin1String("staff_email"))
            m_staffEmail->setText(it.value());
        else if (it.key() == QLatin1String("flock"))
            m_flock->setText(it.value());
        else if (it.key() == QLatin1String("auth"))
            m_auth->setCurrentIndex(std::max(0, m_auth->findData(it.value())));
        else if (it.key() == QLatin1String("oauth_client_id"))
            m_clientId->setText(it.value());
        else if (it.key() == QLatin1String("tls_certificate_sha256"))
            offerCertificate(it.value(), true);
        else
            custom.append(it.key() + QLatin1Char('=') + it.value());
    m_customFields->setText(custom.join(QStringLiteral("; ")));
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        if (QLineEdit* e = m_secretEdits.value(it.key()))
            e->setText(it.value());
}

void ConnectionDialog::validate()
{
    QString problem;
    const Profile p = profile();
    QString why;
    if (!ProfileStore::isValidName(p.name))
        problem = tr("Give the connection a name (letters, digits, spaces, '.', '_' or '-').");
    else if (m_taken.contains(p.name))
        problem = tr("A connection named \u201c%1\u201d exists.").arg(p.name);
    else if (!p.baseUrl.isValid() || p.baseUrl.host().isEmpty())
        problem = tr("Enter the CRM's API address.");
    else if (!p.allowsUrl(&why))
        problem = why;
    else if (p.kind == QLatin1String("sheep") && m_flock->text().trimmed().isEmpty())
        problem = tr("Enter the flock (SheepCRM's client identifier).");
    else if (p.usesOAuth2() && m_clientId->text().trimmed().isEmpty())
        problem = tr("Enter the OAuth2 client id the site gave CRM Console.");
    else if (const QString address = OAuth2Endpoints::addressProblem(p); !address.isEmpty())
        problem = address;
    else
        for (auto it = m_secretEdits.cbegin(); it != m_secretEdits.cend(); ++it)
            if (it.value()->text().isEmpty() && !m_optional.contains(it.key()))
                problem = tr("Enter the %1.").arg(Backends::secretLabel(it.key()));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
    // A connection that signs in through the site is tried by signing in, right after saving.
    m_test->setEnabled(!p.usesOAuth2() &&
                       (problem.isEmpty() || problem.startsWith(tr("A connection named"))));
    if (problem.isEmpty() && p.usesOAuth2())
        problem = tr("After saving, CRM Console opens the site's sign-in page in your browser.");
    if (!m_testCall)
        m_result->setText(problem);
}

QString ConnectionDialog::testResult() const
{
    return m_result->text();
}

void ConnectionDialog::testConnection()
{
    if (m_testCall)
        m_testCall->cancel();
    delete m_testBackend;
    QString why;
    m_testBackend = Backends::create(profile(), secrets(), m_nam, this, &why);
    if (!m_testBackend) {
        m_result->setText(why);
        Q_EMIT testFinished(false);
        return;
    }
    m_result->setText(tr("Testing\u2026"));
    m_test->setEnabled(false);
    m_testCall = m_testBackend->testConnection();
    CrmCall* call = m_testCall;
    connect(call, &CrmCall::finished, this, [this, call] {
        m_test->setEnabled(true);
        if (call->ok()) {
            m_result->setStyleSheet(QStringLiteral("color: #1b5e20;"));
            m_result->setText(call->value<QString>());
            Q_EMIT testFinished(true);
            return;
        }
        m_result->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_result->setText(call->error().userMessage());
        if (call->error().kind == CrmError::Kind::Certificate) {
            offerCertificate(call->error().certificateSha256, false);
            m_result->setText(
                tr("The server's security certificate is not trusted (%1), so nothing was sent. "
                   "Its SHA-256 fingerprint is %2. Trust it below only if the CRM's administrator "
                   "confirms that fingerprint.")
                    .arg(call->error().detail, CrmError::fingerprintText(call->error().certificateSha256)));
        }
        Q_EMIT testFinished(false);
    });
}

void ConnectionDialog::offerCertificate(const QString& sha256, bool trusted)
{
    m_offeredCertificate = sha256;
    const QSignalBlocker quiet(m_trust);
    m_trust->setText(tr("T&rust this certificate for this connection"));
    m_trust->setToolTip(tr("SHA-256 %1").arg(CrmError::fingerprintText(sha256)));
    m_trust->setChecked(trusted);
    m_trust->show();
}

} // namespace crm
