// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QIcon>
#include <QImage>

namespace mt {

// The application's icon, painted rather than stored so that every size is sharp and the window
// icon and the installed hicolor PNGs (written at build time by packaging/makeicons) are the same
// picture: a film frame on a dusk gradient with a spark for "generated".
QImage paintAppIcon(int size);
QIcon appIcon(); // the usual sizes, for QApplication::setWindowIcon

} // namespace mt
