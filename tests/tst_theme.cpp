// The window's own colours in a light and a dark theme: every warning, problem and success text and
// the offline banner read at 4.5:1 or better (WCAG AA) on what is behind them.
#include "connectionstatus.h"
#include "dialogs/editmemberdialog.h"
#include "tones.h"

#include <QApplication>
#include <QLabel>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

using namespace crm;

class TestTheme : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion"))); }

    void tonesRead_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << QApplication::style()->standardPalette();
        QTest::newRow("dark") << Tones::darkPalette();
    }

    void tonesRead()
    {
        QFETCH(QPalette, palette);
        QApplication::setPalette(palette);
        for (Tones::Tone tone : {Tones::Tone::Problem, Tones::Tone::Caution, Tones::Tone::Success}) {
            const QColor c = Tones::colour(tone, palette);
            QVERIFY2(Tones::contrast(c, palette.color(QPalette::Window)) >= 4.5, qPrintable(c.name()));
            QVERIFY2(Tones::contrast(c, palette.color(QPalette::Base)) >= 4.5, qPrintable(c.name()));
        }

        // What a person sees: the problem under the edit dialog's fields, and the offline banner.
        Member m;
        m.id = QStringLiteral("1");
        m.email = QStringLiteral("a@example.org");
        EditMemberDialog edit(m);
        edit.show();
        auto* problem = edit.findChild<QLabel*>(QStringLiteral("problem"));
        QVERIFY(problem && !problem->text().isEmpty()); // no name given
        QVERIFY(Tones::contrast(problem->palette().color(QPalette::WindowText),
                                edit.palette().color(QPalette::Window)) >= 4.5);

        // The desktop turns from this theme to the other while the dialog is open: the text follows.
        const QPalette other =
            Tones::isDark(palette) ? QApplication::style()->standardPalette() : Tones::darkPalette();
        QApplication::setPalette(other);
        QTRY_COMPARE(edit.palette().color(QPalette::Window), other.color(QPalette::Window)); // it has arrived
        QVERIFY(Tones::contrast(problem->palette().color(QPalette::WindowText),
                                edit.palette().color(QPalette::Window)) >= 4.5);
        QApplication::setPalette(palette);
        QTRY_COMPARE(edit.palette().color(QPalette::Window), palette.color(QPalette::Window));

        ConnectionStatus status([]() -> ProfileSession* { return nullptr; });
        QLabel* banner = status.banner();
        banner->setText(QStringLiteral("Working offline."));
        banner->show();
        const QImage shot = banner->grab().toImage();
        const QColor behind = shot.pixelColor(shot.width() - 3, shot.height() / 2);
        QVERIFY2(Tones::contrast(palette.color(QPalette::ToolTipText), behind) >= 4.5,
                 qPrintable(behind.name()));
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
