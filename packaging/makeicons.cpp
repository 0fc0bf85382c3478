// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
// Writes the application icon as hicolor PNGs (OUTDIR/<size>x<size>/apps/NAME.png) at build time.
#include "appicon.h"

#include <QDir>
#include <QGuiApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: makeicons OUTDIR NAME\n");
        return 1;
    }
    // Painting into a QImage needs no display; the offscreen platform keeps it so on a build box.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QString outDir = QString::fromLocal8Bit(argv[1]);
    const QString name = QString::fromLocal8Bit(argv[2]);
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        const QString folder = QStringLiteral("%1/%2x%2/apps").arg(outDir).arg(size);
        if (!QDir().mkpath(folder)
            || !mt::paintAppIcon(size).save(QStringLiteral("%1/%2.png").arg(folder, name))) {
            std::fprintf(stderr, "makeicons: cannot write into %s\n", qPrintable(folder));
            return 1;
        }
    }
    return 0;
}
