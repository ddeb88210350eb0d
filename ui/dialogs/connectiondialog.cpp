#include "connectiondialog.h"
#include "tones.h"

#include "auth/oauth2endpoints.h"

#include "net/crmcall.h"
#include "profiles/crmkinds.h"
#include "profiles/profilestore.h"
#include "session/connectiontest.h"

#include <QCoreApplication>

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

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("Backends", text);
}

} // namespace

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
    for (const BackendKind& k : Backends::all())
        m_kind->addItem(translated(k.label), k.kind);
    m_url = new QLineEdit;
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setAccessibleName(tr("Server address"));
    m_url->setPlaceholderText(
        QStringLiteral("https://example.org/sites/all/modules/civicrm/extern/rest.php"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Address:"), m_url);
    m_auth = new QComboBox;
    m_auth->setObjectName(QStringLiteral("auth"));
    m_auth->setAccessibleName(tr("Sign-in method"));
    form->addRow(tr("Sign-in &method:"), m_auth);
    // Every kind's options have a row; the kind and sign-in method shown pick which are visible.
    for (const BackendKind& k : Backends::all())
        for (const KindOption& o : k.options) {
            if (m_optionEdits.contains(o.key))
                continue;
            auto* edit = new QLineEdit;
            edit->setObjectName(o.objectName);
            edit->setAccessibleName(translated(o.label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
            edit->setPlaceholderText(translated(o.placeholder));
            connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
            form->addRow(translated(o.label), edit);
            m_optionEdits.insert(o.key, edit);
        }
    m_customFields = new QLineEdit;
    m_customFields->setObjectName(QStringLiteral("customFields"));
    m_customFields->setAccessibleName(tr("Custom field labels"));
    m_customFields->setPlaceholderText(tr("custom_23=Regional scope; custom_24=Chapter"));
    form->addRow(tr("&Custom fields:"), m_customFields);
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

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConnectionDialog::kindChanged);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ConnectionDialog::rebuildSecrets);
    for (QLineEdit* e : {m_name, m_url})
        connect(e, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    kindChanged();
}

const BackendKind* ConnectionDialog::currentKind() const
{
    return Backends::find(m_kind->currentData().toString());
}

void ConnectionDialog::kindChanged()
{
    const BackendKind* kind = currentKind();
    const QSignalBlocker quiet(m_auth);
    m_auth->clear();
    if (kind)
        for (const SignInMethod& m : kind->signIn)
            m_auth->addItem(translated(m.label), m.key);
    rebuildSecrets();
}

bool ConnectionDialog::optionShown(const KindOption& option) const
{
    return option.onlyWith.isEmpty() || option.onlyWith == m_auth->currentData().toString();
}

void ConnectionDialog::rebuildSecrets()
{
    // The method's secrets follow the sign-in method row.
    for (QLineEdit* old : std::as_const(m_secretEdits))
        m_form->removeRow(old);
    m_secretEdits.clear();
    m_optional.clear();
    const BackendKind* kind = currentKind();
    if (!kind)
        return;
    const SignInMethod& method = kind->method(m_auth->currentData().toString());
    int row = 0;
    QFormLayout::ItemRole role;
    m_form->getWidgetPosition(m_auth, &row, &role);
    ++row;
    for (const QString& name : method.secrets + method.optional) {
        auto* edit = new QLineEdit;
        edit->setObjectName(name);
        edit->setEchoMode(QLineEdit::Password);
        edit->setAccessibleName(Backends::secretLabel(name));
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
        m_secretEdits.insert(name, edit);
        if (method.secrets.contains(name)) {
            m_form->insertRow(row++, Backends::secretLabel(name) + QLatin1Char(':'), edit);
            continue;
        }
        // An optional secret follows the option it goes with: a staff password the staff e-mail, a
        // client secret the client id.
        int anchorRow = row - 1;
        for (const KindOption& o : kind->options)
            if (o.optionalSecret == name)
                m_form->getWidgetPosition(m_optionEdits.value(o.key), &anchorRow, &role);
        m_form->insertRow(anchorRow + 1, Backends::secretLabel(name) + QLatin1Char(':'), edit);
        m_optional.insert(name);
        edit->setPlaceholderText(tr("optional"));
    }
    for (auto it = m_optionEdits.cbegin(); it != m_optionEdits.cend(); ++it) {
        bool shown = false;
        for (const KindOption& o : kind->options)
            shown = shown || (o.key == it.key() && optionShown(o));
        m_form->setRowVisible(it.value(), shown);
    }
    m_form->setRowVisible(m_customFields, kind->freeOptions);
    m_form->setRowVisible(m_auth, kind->signIn.size() > 1);
    // Rows made now would come after the buttons in Tab order: Tab follows the form from top to bottom.
    QList<QWidget*> order;
    for (int r = 0; r < m_form->rowCount(); ++r)
        if (QLayoutItem* item = m_form->itemAt(r, QFormLayout::FieldRole); item && item->widget())
            order.append(item->widget());
    order << m_test << m_trust << m_buttons;
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);
    validate();
}

Profile ConnectionDialog::profile() const
{
    Profile p;
    p.name = m_name->text().trimmed();
    p.kind = m_kind->currentData().toString();
    p.baseUrl = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    const BackendKind* kind = currentKind();
    if (kind && kind->freeOptions)
        for (const QString& part : m_customFields->text().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const qsizetype eq = part.indexOf(QLatin1Char('='));
            if (eq > 0)
                p.options.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
        }
    if (kind) {
        for (const KindOption& o : kind->options) {
            const QString value = m_optionEdits.value(o.key)->text().trimmed();
            if (optionShown(o) && (o.required || !value.isEmpty()))
                p.options.insert(o.key, value);
        }
        if (kind->signIn.size() > 1 && m_auth->currentIndex() > 0)
            p.options.insert(QStringLiteral("auth"), m_auth->currentData().toString());
    }
    if (!m_offeredCertificate.isEmpty() && m_trust->isChecked())
        p.options.insert(QStringLiteral("tls_certificate_sha256"), m_offeredCertificate);
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
        if (QLineEdit* edit = m_optionEdits.value(it.key()))
            edit->setText(it.value());
        else if (it.key() == QLatin1String("auth"))
            m_auth->setCurrentIndex(std::max(0, m_auth->findData(it.value())));
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
    QString missingOption;
    if (const BackendKind* kind = currentKind())
        for (const KindOption& o : kind->options)
            if (missingOption.isEmpty() && o.required && optionShown(o) &&
                m_optionEdits.value(o.key)->text().trimmed().isEmpty())
                missingOption = translated(o.whenMissing);
    const bool nameTaken = ProfileStore::isValidName(p.name) && m_taken.contains(p.name);
    if (!ProfileStore::isValidName(p.name))
        problem = tr("Give the connection a name (letters, digits, spaces, '.', '_' or '-').");
    else if (nameTaken)
        problem = tr("A connection named \u201c%1\u201d exists.").arg(p.name);
    else if (!p.baseUrl.isValid() || p.baseUrl.host().isEmpty())
        problem = tr("Enter the CRM's API address.");
    else if (!p.allowsUrl(&why))
        problem = why;
    else if (!missingOption.isEmpty())
        problem = missingOption;
    else if (const QString address = OAuth2Endpoints::addressProblem(p); !address.isEmpty())
        problem = address;
    else
        for (auto it = m_secretEdits.cbegin(); it != m_secretEdits.cend(); ++it)
            if (it.value()->text().isEmpty() && !m_optional.contains(it.key()))
                problem = tr("Enter the %1.").arg(Backends::secretLabel(it.key()));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
    // A connection that signs in through the site is tried by signing in, right after saving.
    m_test->setEnabled(!p.usesOAuth2() && (problem.isEmpty() || nameTaken));
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
    m_result->setText(tr("Testing\u2026"));
    m_test->setEnabled(false);
    m_testCall = crm::testConnection(profile(), secrets(), m_nam, this);
    CrmCall* call = m_testCall;
    connect(call, &CrmCall::finished, this, [this, call] {
        m_test->setEnabled(true);
        if (call->ok()) {
            Tones::paint(m_result, Tones::Tone::Success);
            m_result->setText(call->value<QString>());
            Q_EMIT testFinished(true);
            return;
        }
        Tones::paint(m_result, Tones::Tone::Problem);
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
