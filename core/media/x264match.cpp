// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "x264match.h"

#include "media/nalunits.h"

#include <QStringList>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

// Exp-Golomb and fixed-width reads over an RBSP; reading past the end sets `failed`.
class BitReader
{
public:
    explicit BitReader(const QByteArray &data)
        : m_data(data)
    {}
    quint32 bits(int n)
    {
        quint32 value = 0;
        for (int i = 0; i < n; ++i) {
            if (m_pos >= m_data.size() * 8) {
                failed = true;
                return 0;
            }
            const int bit = (uchar(m_data[m_pos / 8]) >> (7 - m_pos % 8)) & 1;
            value = (value << 1) | quint32(bit);
            ++m_pos;
        }
        return value;
    }
    bool flag() { return bits(1); }
    quint32 ue()
    {
        int zeros = 0;
        while (!failed && bits(1) == 0 && zeros < 32)
            ++zeros;
        return zeros ? ((1u << zeros) - 1 + bits(zeros)) : 0;
    }
    int se()
    {
        const quint32 v = ue();
        return (v & 1) ? int((v + 1) / 2) : -int(v / 2);
    }
    // Whether RBSP data is left before the stop bit (H.264 more_rbsp_data()).
    bool moreData() const
    {
        qsizetype last = m_data.size() * 8 - 1;
        while (last >= 0 && !((uchar(m_data[last / 8]) >> (7 - last % 8)) & 1))
            --last;
        return m_pos < last;
    }
    bool failed = false;

private:
    QByteArray m_data;
    qsizetype m_pos = 8; // after the NAL header byte
};

struct Sps
{
    int profile = 0;
    int level = 0;
    int chromaFormat = 1;
    int bitDepth = 8;
    int pocType = 0;
    int log2PocLsb = 0;
    int refFrames = 0;
    AVRational sar{0, 1};
    bool signalType = false;
    int videoFormat = 5;
    bool fullRange = false;
    int primaries = 2, transfer = 2, matrix = 2;
    int chromaLoc = -1;
    quint32 unitsInTick = 0, timeScale = 0;
    int reorder = -1;
};

struct Pps
{
    bool cabac = false;
    int refL0 = 1;
    bool weightP = false;
    int weightB = 0;
    int initQp = 26;
    int chromaOffset = 0;
    bool transform8x8 = false;
};

const AVRational SarTable[17] = {{0, 1},
                                 {1, 1},
                                 {12, 11},
                                 {10, 11},
                                 {16, 11},
                                 {40, 33},
                                 {24, 11},
                                 {20, 11},
                                 {32, 11},
                                 {80, 33},
                                 {18, 11},
                                 {15, 11},
                                 {64, 33},
                                 {160, 99},
                                 {4, 3},
                                 {3, 2},
                                 {2, 1}};

std::optional<Sps> parseSps(const QByteArray &nal, QString *why)
{
    BitReader r(nal::rbsp(nal));
    Sps s;
    s.profile = int(r.bits(8));
    r.bits(8); // constraint flags
    s.level = int(r.bits(8));
    r.ue();
    static const int high[] = {100, 110, 122, 244, 44, 83, 86, 118, 128, 138, 139, 134, 135};
    if (std::find(std::begin(high), std::end(high), s.profile) != std::end(high)) {
        s.chromaFormat = int(r.ue());
        if (s.chromaFormat == 3)
            r.bits(1);
        s.bitDepth = int(r.ue()) + 8;
        r.ue(); // chroma depth: x264 writes the luma depth for both
        r.bits(1);
        if (r.flag()) {
            *why = u"scaling matrices"_s;
            return std::nullopt;
        }
    }
    r.ue(); // log2_max_frame_num: x264 derives it from the reference count
    s.pocType = int(r.ue());
    if (s.pocType == 0)
        s.log2PocLsb = int(r.ue()) + 4;
    else if (s.pocType == 1) {
        *why = u"POC type 1"_s;
        return std::nullopt;
    }
    s.refFrames = int(r.ue());
    r.bits(1);
    r.ue();
    r.ue();
    if (!r.flag()) {
        *why = u"interlaced coding"_s;
        return std::nullopt;
    }
    r.bits(1);
    if (r.flag()) {
        for (int i = 0; i < 4; ++i)
            r.ue();
    }
    if (r.flag()) { // VUI
        if (r.flag()) {
            const int idc = int(r.bits(8));
            if (idc == 255)
                s.sar = {int(r.bits(16)), int(r.bits(16))};
            else if (idc <= 16)
                s.sar = SarTable[idc];
        }
        if (r.flag())
            r.bits(1);
        if ((s.signalType = r.flag())) {
            s.videoFormat = int(r.bits(3));
            s.fullRange = r.flag();
            if (r.flag()) {
                s.primaries = int(r.bits(8));
                s.transfer = int(r.bits(8));
                s.matrix = int(r.bits(8));
            }
        }
        if (r.flag()) {
            s.chromaLoc = int(r.ue());
            r.ue();
        }
        if (r.flag()) {
            s.unitsInTick = r.bits(32);
            s.timeScale = r.bits(32);
            r.bits(1);
        }
        if (r.flag() || r.flag()) {
            *why = u"HRD parameters"_s;
            return std::nullopt;
        }
        r.bits(1); // pic_struct_present
        if (r.flag()) {
            r.bits(1);
            for (int i = 0; i < 4; ++i)
                r.ue();
            s.reorder = int(r.ue());
            r.ue();
        }
    }
    if (r.failed) {
        *why = u"an unreadable SPS"_s;
        return std::nullopt;
    }
    return s;
}

std::optional<Pps> parsePps(const QByteArray &nal, QString *why)
{
    BitReader r(nal::rbsp(nal));
    Pps p;
    r.ue();
    r.ue();
    p.cabac = r.flag();
    r.bits(1);
    if (r.ue() != 0) {
        *why = u"slice groups"_s;
        return std::nullopt;
    }
    p.refL0 = int(r.ue()) + 1;
    r.ue();
    p.weightP = r.flag();
    p.weightB = int(r.bits(2));
    p.initQp = 26 + r.se();
    r.se();
    p.chromaOffset = r.se();
    r.bits(3);
    if (r.moreData()) {
        p.transform8x8 = r.flag();
        if (r.flag()) {
            *why = u"scaling matrices"_s;
            return std::nullopt;
        }
    }
    if (r.failed) {
        *why = u"an unreadable PPS"_s;
        return std::nullopt;
    }
    return p;
}

// x264 sizes the POC field from the B-frame depth: the largest 2^n that
// (bframes + 2) × (pyramid ? 2 : 1) × 4 stays below. The depth closest to 3 that gives the same.
int bframesFor(int log2PocLsb, bool pyramid)
{
    for (int b : {3, 2, 4, 5, 1, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}) {
        int lsb = 4;
        while ((1 << lsb) <= (b + 2) * (pyramid ? 2 : 1) * 4)
            ++lsb;
        if (lsb == log2PocLsb && (!pyramid || b >= 2))
            return b;
    }
    return -1;
}

const char *profileName(int profile)
{
    switch (profile) {
    case 66:
        return "baseline";
    case 77:
        return "main";
    case 100:
        return "high";
    case 110:
        return "high10";
    case 122:
        return "high422";
    case 244:
        return "high444";
    default:
        return nullptr;
    }
}

const char *pixelFormatFor(int chromaFormat, int depth)
{
    const bool ten = depth == 10;
    if (depth != 8 && !ten)
        return nullptr;
    switch (chromaFormat) {
    case 1:
        return ten ? "yuv420p10le" : "yuv420p";
    case 2:
        return ten ? "yuv422p10le" : "yuv422p";
    case 3:
        return ten ? "yuv444p10le" : "yuv444p";
    default:
        return nullptr;
    }
}

} // namespace

Result<X264Match> x264MatchFor(const AVStream *source)
{
    const AVCodecParameters *par = source->codecpar;
    if (par->codec_id != AV_CODEC_ID_H264)
        return Error::refused(u"the video is not H.264"_s);
    const auto config = nal::parseAvcC(
            QByteArray(reinterpret_cast<const char *>(par->extradata), par->extradata_size));
    if (!config || config->sps.size() != 1 || config->pps.size() != 1)
        return Error::refused(u"the video has no single avcC SPS/PPS pair"_s);
    QString why;
    const auto sps = parseSps(config->sps.front(), &why);
    const auto pps = sps ? parsePps(config->pps.front(), &why) : std::nullopt;
    if (!sps || !pps)
        return Error::refused(u"the video uses %1"_s.arg(why));
    const char *profile = profileName(sps->profile);
    const char *pixelFormat = pixelFormatFor(sps->chromaFormat, sps->bitDepth);
    if (!profile || !pixelFormat || !sps->timeScale || !sps->unitsInTick)
        return Error::refused(u"the video's profile, format or timing is not one x264 writes"_s);

    X264Match match;
    const bool reorders = sps->pocType == 0;
    const bool pyramid = sps->reorder == 2;
    const int bframes = reorders ? bframesFor(sps->log2PocLsb, pyramid) : 0;
    if (bframes < 0 || (reorders && sps->reorder <= 0))
        return Error::refused(u"the video's B-frame structure is not one x264 writes"_s);
    match.delayFrames = std::max(0, sps->reorder);

    VideoEncoding &e = match.encoding;
    e.codec = u"libx264"_s;
    e.pixelFormat = QString::fromLatin1(pixelFormat);
    // What shapes the parameter sets is pinned below; the rest of the preset only decides how hard
    // x264 searches. superfast keeps a re-encoded head close to the source's quality at a third of
    // veryfast's time, which is most of what a smart render spends.
    e.speed = u"superfast"_s;
    e.crf = pps->initQp;
    e.profile = QString::fromLatin1(profile);
    QStringList x264 = {
            u"cabac=%1"_s.arg(int(pps->cabac)),
            u"ref=%1"_s.arg(pps->refL0),
            u"bframes=%1"_s.arg(bframes),
            u"b-pyramid=%1"_s.arg(pyramid ? u"normal"_s : u"none"_s),
            u"weightb=%1"_s.arg(pps->weightB == 2 ? 1 : 0),
            u"weightp=%1"_s.arg(pps->weightP ? 1 : 0),
            u"8x8dct=%1"_s.arg(int(pps->transform8x8)),
            u"chroma-qp-offset=%1"_s.arg(pps->chromaOffset),
            u"open-gop=0"_s,
            u"log-level=error"_s,
    };
    if (sps->chromaLoc >= 0)
        x264 << u"chromaloc=%1"_s.arg(sps->chromaLoc);
    if (sps->signalType) {
        static const char *formats[] = {"component", "pal", "ntsc", "secam", "mac", "undef"};
        x264 << u"videoformat=%1"_s.arg(QLatin1StringView(formats[std::min(sps->videoFormat, 5)]));
        e.options.insert(u"color_range"_s,
                         QString::number(sps->fullRange ? AVCOL_RANGE_JPEG : AVCOL_RANGE_MPEG));
        e.options.insert(u"color_primaries"_s, QString::number(sps->primaries));
        e.options.insert(u"color_trc"_s, QString::number(sps->transfer));
        e.options.insert(u"colorspace"_s, QString::number(sps->matrix));
    }
    e.options.insert(u"x264-params"_s, x264.join(u':'));
    e.options.insert(u"level"_s, QString::number(sps->level / 10.0, 'f', 1));
    e.options.insert(u"aspect"_s, u"%1/%2"_s.arg(sps->sar.num).arg(sps->sar.den));
    match.picture.width = par->width;
    match.picture.height = par->height;
    // x264 writes time_scale = 2 × the time base's denominator and num_units_in_tick = its
    // numerator; libx264 gives it 1 / frame rate.
    AVRational rate{int(sps->timeScale), int(2 * sps->unitsInTick)};
    av_reduce(&rate.num, &rate.den, rate.num, rate.den, INT_MAX);
    match.picture.frameRate = rate;
    return match;
}

bool encoderMatches(const AVCodecContext *encoder, const AVStream *source, QString *why)
{
    const AVCodecParameters *par = source->codecpar;
    const auto config = nal::parseAvcC(
            QByteArray(reinterpret_cast<const char *>(par->extradata), par->extradata_size));
    const QByteArray header(reinterpret_cast<const char *>(encoder->extradata),
                            encoder->extradata_size);
    QByteArray sps, pps;
    for (const QByteArray &unit : nal::annexBUnits(header)) {
        const int type = unit.isEmpty() ? 0 : (uchar(unit[0]) & 0x1f);
        if (type == 7)
            sps = unit;
        else if (type == 8)
            pps = unit;
    }
    if (!config || config->sps.size() != 1 || config->pps.size() != 1) {
        *why = u"no single SPS/PPS pair in the source"_s;
        return false;
    }
    if (sps != config->sps.front()) {
        *why = u"SPS differs: source %1, encoder %2"_s.arg(QString::fromLatin1(
                                                                   config->sps.front().toHex()),
                                                           QString::fromLatin1(sps.toHex()));
        return false;
    }
    if (pps != config->pps.front()) {
        *why = u"PPS differs: source %1, encoder %2"_s.arg(QString::fromLatin1(
                                                                   config->pps.front().toHex()),
                                                           QString::fromLatin1(pps.toHex()));
        return false;
    }
    return true;
}

} // namespace mt
