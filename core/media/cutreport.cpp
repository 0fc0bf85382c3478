// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "cutreport.h"

namespace mt {

using namespace Qt::StringLiterals;

QString CutReport::methodName(Method method)
{
    switch (method) {
    case Method::Copy:
        return u"copy"_s;
    case Method::Smart:
        return u"smart"_s;
    case Method::Reencode:
        return u"reencode"_s;
    }
    return {};
}

QJsonObject CutReport::toJson() const
{
    QJsonObject json{
            {u"output"_s, output},
            {u"requestedFrom"_s, requestedFrom},
            {u"requestedTo"_s, requestedTo},
            {u"actualFrom"_s, actualFrom},
            {u"actualTo"_s, actualTo},
            {u"duration"_s, duration},
            {u"frames"_s, frames},
            {u"copiedFrames"_s, copiedFrames},
            {u"reencodedFrames"_s, reencodedFrames},
            {u"method"_s, methodName(method)},
    };
    if (!fallbackReason.isEmpty())
        json.insert(u"fallbackReason"_s, fallbackReason);
    return json;
}

} // namespace mt
