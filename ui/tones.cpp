#include "tones.h"

#include <QApplication>
#include <QEvent>
#include <QPalette>
#include <QPointer>
#include <QWidget>

#include <cmath>

namespace crm::Tones {

namespace {

double luminance(const QColor& c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

/// From the light theme's tone, lighter or darker until it reads on both backgrounds.
QColor readable(QColor c, const QPalette& palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    const bool dark = isDark(palette);
    for (int step = 0; step < 20; ++step) {
        if (contrast(c, window) >= 4.5 && contrast(c, base) >= 4.5)
            break;
        c = dark ? c.lighter(115) : c.darker(115);
    }
    return c;
}

} // namespace

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor colour(Tone tone, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Problem:
        return readable(dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20), palette);
    case Tone::Caution:
        return readable(dark ? QColor(0xff, 0xc8, 0x57) : QColor(0x8a, 0x5a, 0x00), palette);
    case Tone::Success:
        return readable(dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20), palette);
    }
    return palette.color(QPalette::WindowText);
}

namespace {

const char* const ToneProperty = "crmTone";
const char* const BannerProperty = "crmBanner";

void applyTone(QWidget* w, Tone tone)
{
    QPalette p = QApplication::palette(w);
    const QColor c = colour(tone, p);
    p.setColor(QPalette::WindowText, c);
    p.setColor(QPalette::Text, c);
    w->setPalette(p);
}

void applyBanner(QWidget* w)
{
    const QPalette p = QApplication::palette(w);
    w->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; padding: 6px; }")
            .arg(p.color(QPalette::ToolTipBase).name(), p.color(QPalette::ToolTipText).name(),
                 colour(Tone::Caution, p).name()));
}

/// Paints the toned widgets again when the desktop switches between light and dark while the window is
/// open: the application hears of the new palette, the widgets' own colours are the console's to redo.
class ThemeFollower : public QObject {
public:
    static void follow(QWidget* w)
    {
        static ThemeFollower* follower = [] {
            auto* f = new ThemeFollower;
            f->setParent(qApp);
            qApp->installEventFilter(f);
            return f;
        }();
        follower->m_widgets.removeAll(nullptr);
        if (!follower->m_widgets.contains(w))
            follower->m_widgets.append(w);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched != qApp || event->type() != QEvent::ApplicationPaletteChange)
            return false;
        for (const QPointer<QWidget>& w : std::as_const(m_widgets)) {
            if (!w)
                continue;
            if (const QVariant tone = w->property(ToneProperty); tone.isValid())
                applyTone(w, Tone(tone.toInt()));
            if (w->property(BannerProperty).toBool())
                applyBanner(w);
        }
        return false;
    }

private:
    QList<QPointer<QWidget>> m_widgets;
};

} // namespace

void paint(QWidget* w, Tone tone)
{
    w->setProperty(ToneProperty, int(tone));
    ThemeFollower::follow(w);
    applyTone(w, tone);
}

void clear(QWidget* w)
{
    w->setProperty(ToneProperty, QVariant());
    w->setPalette(QApplication::palette(w));
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x30));
    p.setColor(QPalette::ToolTipText, QColor(0xf0, 0xf0, 0xe0));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x6f, 0xb0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

void paintBanner(QWidget* w)
{
    w->setAutoFillBackground(true);
    w->setProperty(BannerProperty, true);
    ThemeFollower::follow(w);
    applyBanner(w);
}

} // namespace crm::Tones
