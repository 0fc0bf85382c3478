// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "smartplan.h"

#include "media/streamcopy.h"
#include "media/videospanencoder.h"
#include "media/x264match.h"

#include <QFileInfo>

#include <algorithm>
#include <limits>

namespace mt {

using namespace Qt::StringLiterals;

Result<PiecePlan> PiecePlan::make(const CutPiece &piece, const std::atomic<bool> *cancel)
{
    const QString name = QFileInfo(piece.path).fileName();
    if (Status span = StreamCopy::checkSpan(name, piece.in, piece.out, 0); !span)
        return span.error();
    Result<MediaInput> input = MediaInput::open(piece.path, cancel);
    if (!input)
        return input.error();
    if (Status span = StreamCopy::checkSpan(name, piece.in, piece.out, input->duration()); !span)
        return span.error();
    Result<GopIndex> gops = GopIndex::read(*input, piece.in, piece.out, cancel);
    if (!gops)
        return gops.error();
    const auto [first, last] = gops->framesIn(piece.in, piece.out);
    if (first == last) {
        return Error::refused(tr("“%1” has no frame between %L2 s and %L3 s. Choose a longer span.")
                                      .arg(name)
                                      .arg(piece.in, 0, 'f', 3)
                                      .arg(piece.out, 0, 'f', 3));
    }
    PiecePlan plan{.piece = piece,
                   .input = std::move(input).value(),
                   .gops = std::move(gops).value()};
    const std::vector<qint64> &pts = plan.gops.framePts();
    plan.firstPts = pts[size_t(first)];
    plan.lastPts = pts[size_t(last - 1)];
    plan.frames = last - first;
    // The last frame lasts until the next one, or for its own duration at the end of the file.
    plan.endsAtFileEnd = size_t(last) >= pts.size();
    plan.endPts = plan.endsAtFileEnd ? plan.gops.endPts() : pts[size_t(last)];
    return plan;
}

void PiecePlan::splitForSmartCut()
{
    segments.clear();
    const std::vector<VideoPacket> &packets = gops.packets();
    const std::vector<qint64> &pts = gops.framePts();
    std::vector<const VideoPacket *> idrs;
    for (const VideoPacket &p : packets) {
        if (p.idr)
            idrs.push_back(&p);
    }
    std::sort(idrs.begin(), idrs.end(), [](auto *a, auto *b) { return a->pts < b->pts; });
    auto idrAtOrBefore = [&](qint64 at) {
        const VideoPacket *found = nullptr;
        for (const VideoPacket *p : idrs) {
            if (p->pts <= at)
                found = p;
        }
        return found;
    };
    auto count = [&](qint64 from, qint64 to) {
        return qint64(std::lower_bound(pts.begin(), pts.end(), to)
                      - std::lower_bound(pts.begin(), pts.end(), from));
    };
    auto add = [&](CutSegment::Kind kind, qint64 from, qint64 to) {
        const VideoPacket *start = idrAtOrBefore(from);
        segments.push_back(
                {kind, start ? start->dts : packets.front().dts, from, to, count(from, to)});
    };
    const qint64 end = lastPts + 1;
    const VideoPacket *k1 = nullptr;
    for (const VideoPacket *p : idrs) {
        if (p->pts >= firstPts && p->pts <= lastPts) {
            k1 = p;
            break;
        }
    }
    if (!k1) {
        add(CutSegment::Kind::Encode, firstPts, end);
        return;
    }
    if (k1->pts > firstPts)
        add(CutSegment::Kind::Encode, firstPts, k1->pts);
    // The piece ends on a GOP boundary when the frame after it is an IDR (or there is none).
    const bool endsOnGop = endsAtFileEnd || std::any_of(idrs.begin(), idrs.end(), [&](auto *p) {
                               return p->pts == endPts;
                           });
    if (endsOnGop || !gops.reorders()) {
        add(CutSegment::Kind::Copy, k1->pts, end);
        return;
    }
    // B-frames near `out` may refer to a picture after it. The last GOP is copied on, in decode
    // order, as far as its latest clean point before `out`: a place where every packet before it
    // shows an earlier frame than every packet after it, so what is copied needs nothing that is
    // not. Only the frames from there to `out` (a mini-GOP, a few frames) are re-encoded.
    const VideoPacket *kLast = idrAtOrBefore(lastPts);
    const auto first = std::find_if(packets.begin(), packets.end(), [&](const VideoPacket &p) {
        return &p == kLast;
    });
    const size_t begin = size_t(first - packets.begin());
    std::vector<qint64> laterMin(packets.size() + 1, std::numeric_limits<qint64>::max());
    for (size_t i = packets.size(); i-- > begin;)
        laterMin[i] = std::min(laterMin[i + 1], packets[i].pts);
    qint64 cut = kLast->pts;
    qint64 shownSoFar = std::numeric_limits<qint64>::min();
    for (size_t i = begin; i < packets.size() && shownSoFar < end; ++i) {
        shownSoFar = std::max(shownSoFar, packets[i].pts);
        const qint64 candidate = std::min(laterMin[i + 1], end);
        if (shownSoFar < candidate)
            cut = std::max(cut, candidate);
    }
    if (cut > k1->pts)
        add(CutSegment::Kind::Copy, k1->pts, cut);
    if (cut < end)
        add(CutSegment::Kind::Encode, cut, end);
}

QString smartCutObstacle(std::vector<PiecePlan> &plans, qint64 *delay)
{
    const AVStream *first = plans.front().input.video();
    const AVRational base = first->time_base;
    const QByteArray config(reinterpret_cast<const char *>(first->codecpar->extradata),
                            first->codecpar->extradata_size);
    *delay = -1;
    for (PiecePlan &plan : plans) {
        const AVStream *video = plan.input.video();
        if (!plan.input.isIsoMedia())
            return u"%1 is not MP4/MOV"_s.arg(plan.input.name());
        if (video->codecpar->codec_id != AV_CODEC_ID_H264) {
            return u"%1 is %2, not H.264"_s.arg(plan.input.name(),
                                                QString::fromUtf8(avcodec_get_name(
                                                        video->codecpar->codec_id)));
        }
        if (av_cmp_q(video->time_base, base) != 0
            || QByteArray(reinterpret_cast<const char *>(video->codecpar->extradata),
                          video->codecpar->extradata_size)
                       != config)
            return u"%1 was encoded differently from %2"_s.arg(plan.input.name(),
                                                               plans.front().input.name());
        for (const VideoPacket &p : plan.gops.packets()) {
            if (!p.idr)
                continue;
            if (*delay < 0)
                *delay = p.pts - p.dts;
            if (p.pts - p.dts != *delay)
                return u"%1 has keyframes with different decode delays"_s.arg(plan.input.name());
        }
    }
    Result<X264Match> match = x264MatchFor(first);
    if (!match)
        return match.error().message;
    const AVRational encoderBase = av_inv_q(match->picture.frameRate);
    if (*delay < 0 || *delay != av_rescale_q(match->delayFrames, encoderBase, base))
        return u"the source's decode delay does not match its B-frames (no ctts?)"_s;
    // Every frame must sit on the encoder's frame grid, on the output's timeline too.
    for (const PiecePlan &plan : plans) {
        for (const qint64 pts : plan.gops.framePts()) {
            const qint64 out = pts - plan.firstPts + plan.outStart;
            const qint64 onGrid = av_rescale_q(out, base, encoderBase);
            if (av_rescale_q(onGrid, encoderBase, base) != out)
                return u"%1 has frames off its nominal frame rate"_s.arg(plan.input.name());
        }
    }
    VideoSpanEncoder trial;
    if (Status opened = trial.open(match->encoding, match->picture, true); !opened)
        return opened.error().message;
    QString why;
    if (!encoderMatches(trial.encoder().context(), first, &why))
        return u"x264 cannot reproduce the parameter sets: %1"_s.arg(why);
    for (PiecePlan &plan : plans)
        plan.splitForSmartCut();
    return {};
}

} // namespace mt
