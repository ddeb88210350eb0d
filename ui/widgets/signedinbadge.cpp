#include "signedinbadge.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>

namespace crm {

SignedInBadge::SignedInBadge(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("signedInBadge"));
    m_picture = new QLabel;
    m_picture->setObjectName(QStringLiteral("signedInPicture"));
    m_picture->setAccessibleName(tr("Picture of the signed-in person"));
    m_picture->setFixedSize(22, 22);
    m_button = new QToolButton;
    m_button->setObjectName(QStringLiteral("signedInButton"));
    m_button->setAutoRaise(true);
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_menu = new QMenu(this);
    m_menu->addAction(tr("&Who is signed in\u2026"), this, &SignedInBadge::detailsRequested);
    m_menu->addAction(tr("Sign &out"), this, &SignedInBadge::signOutRequested);
    connect(m_button, &QToolButton::clicked, this, [this] {
        if (m_signedIn)
            m_menu->popup(m_button->mapToGlobal(QPoint(0, -m_menu->sizeHint().height())));
        else
            Q_EMIT signInRequested();
    });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(4);
    layout->addWidget(m_picture);
    layout->addWidget(m_button);
    showSignedOut();
}

QString SignedInBadge::text() const
{
    return m_button->text();
}

void SignedInBadge::showSignedOut()
{
    m_signedIn = false;
    m_picture->hide();
    m_button->setEnabled(true);
    m_button->setText(tr("Sign in\u2026"));
    m_button->setAccessibleName(tr("Sign in to the CRM site"));
    m_button->setToolTip(tr("Nobody is signed in: sign in through the CRM site in your browser"));
}

void SignedInBadge::showSigningIn()
{
    m_signedIn = false;
    m_picture->hide();
    m_button->setEnabled(false);
    m_button->setText(tr("Signing in\u2026"));
    m_button->setAccessibleName(m_button->text());
}

void SignedInBadge::showSignedIn()
{
    m_signedIn = true;
    m_picture->hide();
    m_button->setEnabled(true);
    m_button->setText(tr("Signed in"));
    m_button->setAccessibleName(tr("Signed in; show who"));
    m_button->setToolTip({});
}

void SignedInBadge::showUser(const SignedInUser& user)
{
    m_signedIn = true;
    m_picture->setPixmap(avatar(user, m_picture->width()));
    m_picture->show();
    m_button->setEnabled(true);
    m_button->setText(tr("Signed in as %1").arg(user.shownName()));
    m_button->setAccessibleName(m_button->text());
    QStringList groups;
    for (const Group& g : user.groups)
        groups.append(g.smart ? tr("%1 (smart)").arg(g.title) : g.title);
    m_button->setToolTip(tr("%1\n%2\nGroups: %3")
                             .arg(user.email,
                                  user.preferredUsername.isEmpty() ? user.userName : user.preferredUsername,
                                  groups.isEmpty() ? tr("none") : groups.join(QStringLiteral(", "))));
}

QPixmap SignedInBadge::avatar(const SignedInUser& user, int size)
{
    const qreal dpr = 2.0; // sharp on high-density screens, scaled down elsewhere
    QPixmap out(int(size * dpr), int(size * dpr));
    out.setDevicePixelRatio(dpr);
    out.fill(Qt::transparent);
    QPainter p(&out);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, size, size));
    QImage picture;
    if (!user.pictureData.isEmpty() && picture.loadFromData(user.pictureData)) {
        p.setClipPath(circle);
        p.drawImage(QRectF(0, 0, size, size), picture);
        return out;
    }
    // The theme's selection colours: made to be read together, light theme or dark.
    const QPalette palette = QApplication::palette();
    p.fillPath(circle, palette.color(QPalette::Highlight));
    QString initials;
    for (const QString& part : user.shownName().split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(0, 2))
        initials += part.front().toUpper();
    QFont f = p.font();
    f.setPixelSize(std::max(8, size * 2 / 5));
    f.setBold(true);
    p.setFont(f);
    p.setPen(palette.color(QPalette::HighlightedText));
    p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, initials);
    return out;
}

} // namespace crm
