#pragma once

#include <QObject>

class QWidget;

namespace crm {

/// Gives every push button, check box and radio button an Alt+letter when its text has none, as
/// KDE's accelerator manager does. The platform's standard texts (OK, Cancel, Save, Yes) come
/// without one on most platforms, and a translation may drop one; a button reached only by Tab is
/// slow to reach and easy to miss. The letter is the first of a word not yet taken in the window,
/// else any free letter. Installed with installOnApplication.
class MnemonicKeeper : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    /// The lower-case letters Alt already reaches in window: mnemonics of its visible buttons, of
    /// labels with a buddy, of group boxes, tabs and menus.
    static QString takenLetters(const QWidget* window, const QWidget* except = nullptr);
    /// text with an ampersand before the first free letter (a word's first letter preferred);
    /// text unchanged when it already has a mnemonic or no letter is free.
    static QString withMnemonic(const QString& text, const QString& taken);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace crm
