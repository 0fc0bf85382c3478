// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "asset.h"

namespace mt {

using namespace Qt::StringLiterals;

QString assetOriginName(AssetOrigin origin)
{
    switch (origin) {
    case AssetOrigin::Imported:
        return u"imported"_s;
    case AssetOrigin::Generated:
        return u"generated"_s;
    case AssetOrigin::Storyboard:
        return u"storyboard"_s;
    }
    return {};
}

std::optional<AssetOrigin> assetOriginFromName(const QString &name)
{
    for (AssetOrigin origin : {AssetOrigin::Imported, AssetOrigin::Generated, AssetOrigin::Storyboard}) {
        if (assetOriginName(origin) == name)
            return origin;
    }
    return std::nullopt;
}

} // namespace mt
