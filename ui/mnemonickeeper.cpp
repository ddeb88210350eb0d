#include "mnemonickeeper.h"

#include <QAbstractButton>
#include <QAction>
#include <QEvent>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QTabBar>
#include <QToolButton>

namespace crm {

namespace {

QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

/// Tool buttons show actions whose text belongs to menus; a button without text has no letter to give.
bool wantsMnemonic(const QAbstractButton* button)
{
    return !qobject_cast<const QToolButton*>(button) && !button->text().trimmed().isEmpty();
}

} // namespace

QString MnemonicKeeper::takenLetters(const QWidget* window, const QWidget* except)
{
    QString taken;
    const auto add = [&taken](const QString& text) {
        if (const QChar c = mnemonicOf(text); !c.isNull() && !taken.contains(c))
            taken.append(c);
    };
    const auto shown = [window, except](const QWidget* w) { return w != except && w->isVisibleTo(window); };
    for (const QAbstractButton* b : window->findChildren<QAbstractButton*>())
        if (shown(b))
            add(b->text());
    for (const QLabel* l : window->findChildren<QLabel*>())
        if (l->buddy() && shown(l))
            add(l->text());
    for (const QGroupBox* g : window->findChildren<QGroupBox*>())
        if (shown(g))
            add(g->title());
    for (const QMenuBar* bar : window->findChildren<QMenuBar*>())
        if (shown(bar))
            for (const QAction* a : bar->actions())
                if (a->isVisible())
                    add(a->text());
    for (const QTabBar* t : window->findChildren<QTabBar*>())
        if (shown(t))
            for (int i = 0; i < t->count(); ++i)
                if (t->isTabVisible(i))
                    add(t->tabText(i));
    return taken;
}

QString MnemonicKeeper::withMnemonic(const QString& text, const QString& taken)
{
    if (!mnemonicOf(text).isNull())
        return text;
    const auto free = [&taken](QChar c) { return c.isLetter() && !taken.contains(c.toLower()); };
    qsizetype at = -1;
    for (qsizetype i = 0; i < text.size() && at < 0; ++i)
        if ((i == 0 || text.at(i - 1).isSpace()) && free(text.at(i)))
            at = i;
    for (qsizetype i = 0; i < text.size() && at < 0; ++i)
        if (free(text.at(i)))
            at = i;
    if (at < 0)
        return text;
    QString out = text;
    out.insert(at, QLatin1Char('&'));
    return out;
}

bool MnemonicKeeper::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::Show)
        return false;
    auto* button = qobject_cast<QAbstractButton*>(watched);
    if (!button || !wantsMnemonic(button) || !mnemonicOf(button->text()).isNull())
        return false;
    const QString text = button->text();
    const QString marked = withMnemonic(text, takenLetters(button->window(), button));
    if (marked != text)
        button->setText(marked);
    return false;
}

} // namespace crm
