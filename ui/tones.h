#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

namespace crm {

/// The few colours the window adds to the theme's own, each chosen for the theme's background: a dark
/// red on a light theme is a light red on a dark one. Every tone reads at 4.5:1 or better (WCAG AA)
/// against the palette's window and base colours.
namespace Tones {

enum class Tone {
    Problem, ///< something refused or wrong: the user must act
    Caution, ///< something waits or is not checked
    Success, ///< something checked and fine
};

/// WCAG's contrast ratio of two colours, from 1 (none) to 21 (black on white).
double contrast(const QColor& a, const QColor& b);
bool isDark(const QPalette& palette);
QColor colour(Tone tone, const QPalette& palette);
/// Writes w's text in tone, again whenever the application's palette changes (a desktop turning dark);
/// clear gives it back the theme's text colour.
void paint(QWidget* w, Tone tone);
void clear(QWidget* w);
/// A dark theme as desktops make them (light text on near-black windows), for showing the window dark
/// where the desktop has no dark theme: the screenshot tour's --dark.
QPalette darkPalette();
/// A notice band across the window (the offline banner): the theme's tool-tip colours, which every
/// theme makes readable, framed in the caution tone.
void paintBanner(QWidget* w);

} // namespace Tones
} // namespace crm
