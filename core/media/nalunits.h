// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "media/avhandles.h"

#include <QByteArray>
#include <QList>

#include <optional>

// H.264/HEVC NAL unit plumbing for packet work: which packets are IDR pictures (the only places a
// copied GOP may start), the avcC sample entry, and the two ways NAL units are framed (MP4's length
// prefixes, encoders' Annex B start codes). Pure byte work, no libav state; any thread.
namespace mt::nal {

// The avcC (ISO 14496-15) record: NAL length size and the parameter sets it carries.
struct AvcConfig
{
    int lengthSize = 4;
    QList<QByteArray> sps; // NAL units without framing
    QList<QByteArray> pps;
};
std::optional<AvcConfig> parseAvcC(const QByteArray &extradata);

// The NAL units of Annex B data (start-code framed), without the start codes.
QList<QByteArray> annexBUnits(const QByteArray &data);
// The NAL units of length-prefixed data; empty when the lengths do not add up.
QList<QByteArray> prefixedUnits(const QByteArray &data, int lengthSize);
// Annex B → length-prefixed, the framing MP4 samples use.
QByteArray toLengthPrefixed(const QByteArray &annexB, int lengthSize);

// The NAL length size of a stream's packets, 0 when they are Annex B (or not H.264/HEVC).
int lengthSizeOf(AVCodecID codec, const QByteArray &extradata);

// Whether a packet holds an IDR picture (H.264 type 5; HEVC IDR_W_RADL/IDR_N_LP): a decoder can
// start there and no later picture refers back past it. Codecs without such NAL units: false.
bool hasIdr(AVCodecID codec, const QByteArray &packet, int lengthSize);

// Whether nothing decoded later can refer to the picture in a packet: every coded slice of it is
// an H.264 non-reference one (nal_ref_idc 0; x264's non-pyramid B-frames). A decoder that only
// needs later pictures may leave such a packet out (what AVDISCARD_NONREF does inside libavcodec).
// HEVC's "non-reference" types may still serve higher temporal layers, so they, and every other
// codec, give false.
bool isDisposable(AVCodecID codec, const AVPacket &packet, int lengthSize);

// The RBSP of a NAL unit (emulation prevention bytes removed), header bytes kept.
QByteArray rbsp(const QByteArray &nalUnit);

} // namespace mt::nal
