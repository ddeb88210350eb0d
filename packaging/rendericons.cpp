// crm-render-icons SVG OUTDIR SIZE...: the application icon as PNGs for the hicolor theme, drawn by Qt's
// own SVG image plugin at build time (OUTDIR/SIZExSIZE/apps/NAME.png).
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QTextStream err(stderr);
    if (args.size() < 3) {
        err << "usage: crm-render-icons SVG OUTDIR SIZE...\n";
        return 2;
    }
    const QString name = QFileInfo(args.at(0)).completeBaseName();
    for (const QString& sizeText : args.mid(2)) {
        const int size = sizeText.toInt();
        QImageReader reader(args.at(0));
        reader.setScaledSize(QSize(size, size));
        const QImage image = reader.read();
        const QString folder = QStringLiteral("%1/%2x%2/apps").arg(args.at(1)).arg(size);
        if (image.isNull() || !QDir().mkpath(folder) ||
            !image.save(QStringLiteral("%1/%2.png").arg(folder, name))) {
            err << "crm-render-icons: cannot draw " << args.at(0) << " at " << size << ": "
                << reader.errorString() << '\n';
            return 1;
        }
    }
    return 0;
}
