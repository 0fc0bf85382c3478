// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "nalunits.h"

namespace mt::nal {

std::optional<AvcConfig> parseAvcC(const QByteArray &extradata)
{
    const auto *p = reinterpret_cast<const uchar *>(extradata.constData());
    const qsizetype size = extradata.size();
    if (size < 7 || p[0] != 1)
        return std::nullopt;
    AvcConfig config;
    config.lengthSize = (p[4] & 3) + 1;
    qsizetype at = 5;
    for (int list = 0; list < 2; ++list) {
        if (at >= size)
            return std::nullopt;
        const int count = list == 0 ? (p[at] & 0x1f) : p[at];
        ++at;
        for (int i = 0; i < count; ++i) {
            if (at + 2 > size)
                return std::nullopt;
            const int length = (p[at] << 8) | p[at + 1];
            at += 2;
            if (at + length > size)
                return std::nullopt;
            (list == 0 ? config.sps : config.pps) << extradata.mid(at, length);
            at += length;
        }
    }
    return config;
}

QList<QByteArray> annexBUnits(const QByteArray &data)
{
    QList<QByteArray> units;
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype size = data.size();
    qsizetype start = -1;
    for (qsizetype i = 0; i + 2 < size; ++i) {
        if (p[i] == 0 && p[i + 1] == 0 && p[i + 2] == 1) {
            if (start >= 0) {
                qsizetype end = i;
                while (end > start && p[end - 1] == 0) // the zero of a four-byte start code
                    --end;
                units << data.mid(start, end - start);
            }
            start = i + 3;
            i += 2;
        }
    }
    if (start >= 0 && start < size)
        units << data.mid(start);
    return units;
}

QList<QByteArray> prefixedUnits(const QByteArray &data, int lengthSize)
{
    QList<QByteArray> units;
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype size = data.size();
    for (qsizetype at = 0; at < size;) {
        if (at + lengthSize > size)
            return {};
        qsizetype length = 0;
        for (int i = 0; i < lengthSize; ++i)
            length = (length << 8) | p[at + i];
        at += lengthSize;
        if (length > size - at)
            return {};
        units << data.mid(at, length);
        at += length;
    }
    return units;
}

QByteArray toLengthPrefixed(const QByteArray &annexB, int lengthSize)
{
    QByteArray out;
    out.reserve(annexB.size() + 16);
    for (const QByteArray &unit : annexBUnits(annexB)) {
        const qsizetype length = unit.size();
        for (int i = lengthSize - 1; i >= 0; --i)
            out.append(char((length >> (8 * i)) & 0xff));
        out.append(unit);
    }
    return out;
}

int lengthSizeOf(AVCodecID codec, const QByteArray &extradata)
{
    if (codec == AV_CODEC_ID_H264) {
        const auto config = parseAvcC(extradata);
        return config ? config->lengthSize : 0;
    }
    // hvcC: configurationVersion 1, lengthSizeMinusOne in the low bits of byte 21.
    if (codec == AV_CODEC_ID_HEVC && extradata.size() > 22 && extradata[0] == 1)
        return (uchar(extradata[21]) & 3) + 1;
    return 0;
}

bool hasIdr(AVCodecID codec, const QByteArray &packet, int lengthSize)
{
    if (codec != AV_CODEC_ID_H264 && codec != AV_CODEC_ID_HEVC)
        return false;
    const QList<QByteArray> units = lengthSize ? prefixedUnits(packet, lengthSize)
                                               : annexBUnits(packet);
    for (const QByteArray &unit : units) {
        if (unit.isEmpty())
            continue;
        const uchar header = uchar(unit[0]);
        if (codec == AV_CODEC_ID_H264 && (header & 0x1f) == 5)
            return true;
        const int hevcType = (header >> 1) & 0x3f;
        if (codec == AV_CODEC_ID_HEVC && (hevcType == 19 || hevcType == 20))
            return true;
    }
    return false;
}

bool isDisposable(AVCodecID codec, const AVPacket &packet, int lengthSize)
{
    if (codec != AV_CODEC_ID_H264 || !packet.data)
        return false;
    // Only the header byte of each unit is read: no copies, as this runs for every packet of a
    // span's lead-in.
    bool slices = false;
    auto disposable = [&](uchar header) {
        const int type = header & 0x1f;
        if (type < 1 || type > 5)
            return true; // not a coded slice: parameter sets, SEI, delimiters
        slices = true;
        return (header & 0x60) == 0;
    };
    const uchar *p = packet.data;
    const qsizetype size = packet.size;
    if (lengthSize) {
        for (qsizetype at = 0; at < size;) {
            if (at + lengthSize > size)
                return false;
            qsizetype length = 0;
            for (int i = 0; i < lengthSize; ++i)
                length = (length << 8) | p[at + i];
            at += lengthSize;
            if (length <= 0 || length > size - at)
                return false;
            if (!disposable(p[at]))
                return false;
            at += length;
        }
        return slices;
    }
    const QByteArray data = QByteArray::fromRawData(reinterpret_cast<const char *>(p), size);
    for (const QByteArray &unit : annexBUnits(data)) {
        if (!unit.isEmpty() && !disposable(uchar(unit[0])))
            return false;
    }
    return slices;
}

QByteArray rbsp(const QByteArray &nalUnit)
{
    QByteArray out;
    out.reserve(nalUnit.size());
    int zeros = 0;
    for (const char c : nalUnit) {
        if (zeros >= 2 && c == 3) {
            zeros = 0;
            continue;
        }
        zeros = c == 0 ? zeros + 1 : 0;
        out.append(c);
    }
    return out;
}

} // namespace mt::nal
