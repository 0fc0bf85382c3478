// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "cutreport.h"

#include <QJsonArray>

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
    if (!stretches.isEmpty()) {
        QJsonArray list;
        for (const Stretch &s : stretches) {
            list.append(QJsonObject{{u"piece"_s, s.piece},
                                    {u"kind"_s, s.copied ? u"copy"_s : u"encode"_s},
                                    {u"from"_s, s.from},
                                    {u"to"_s, s.to},
                                    {u"frames"_s, s.frames}});
        }
        json.insert(u"stretches"_s, list);
    }
    return json;
}

} // namespace mt
