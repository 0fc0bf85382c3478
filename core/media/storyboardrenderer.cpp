// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "storyboardrenderer.h"

#include "export/presetcatalog.h"
#include "jobs/jobcontext.h"
#include "jobs/outputfile.h"
#include "media/avhandles.h"
#include "media/encodedoutput.h"
#include "media/transcodeplan.h"

extern "C" {
#include <libavutil/imgutils.h>
#include <libswscale/swscale.h>
}

#include <QFileInfo>
#include <QFontMetricsF>
#include <QJsonArray>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <cmath>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

const QColor Ground(0x15, 0x17, 0x1c);
const QColor Accent(0xf5, 0xb9, 0x42);

double ease(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return t * t * (3 - 2 * t);
}

// Where the picture is at t: a scale about the centre and an offset, summed over the moves.
QTransform cameraAt(const QStringList &moves, QSizeF size, double t)
{
    const double e = ease(t);
    // A little overscan from the start, so a pan never shows the picture's edge.
    double scale = 1.1;
    double dx = 0;
    double dy = 0;
    const double ax = 0.04 * size.width();
    const double ay = 0.04 * size.height();
    for (const QString &move : moves) {
        const QString m = move.toLower();
        if (m == u"push in"_s || m == u"zoom in"_s || m == u"tracking shot"_s)
            scale += 0.18 * e;
        else if (m == u"pull out"_s || m == u"zoom out"_s)
            scale += 0.18 * (1 - e);
        // The camera turns left: the scene slides right.
        else if (m == u"pan left"_s || m == u"truck left"_s)
            dx += (2 * e - 1) * ax;
        else if (m == u"pan right"_s || m == u"truck right"_s)
            dx -= (2 * e - 1) * ax;
        else if (m == u"tilt up"_s || m == u"pedestal up"_s)
            dy += (2 * e - 1) * ay;
        else if (m == u"tilt down"_s || m == u"pedestal down"_s)
            dy -= (2 * e - 1) * ay;
        else if (m == u"shake"_s) {
            dx += std::sin(t * 2 * M_PI * 7) * 0.006 * size.width();
            dy += std::cos(t * 2 * M_PI * 5) * 0.006 * size.height();
        }
    }
    QTransform transform;
    transform.translate(size.width() / 2 + dx, size.height() / 2 + dy);
    transform.scale(scale, scale);
    transform.translate(-size.width() / 2, -size.height() / 2);
    return transform;
}

// Text wrapped into at most maxLines lines of width, the last one elided.
QStringList wrapped(const QString &text, const QFont &font, double width, int maxLines)
{
    QStringList lines;
    QTextLayout layout(text, font);
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            lines << QFontMetricsF(font).elidedText(text.mid(line.textStart()),
                                                    Qt::ElideRight,
                                                    width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

QFont sized(double pixels, bool bold = false)
{
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(std::max(6, int(std::lround(pixels))));
    font.setBold(bold);
    return font;
}

// A rounded label; returns its width.
double pill(QPainter &painter,
            QPointF topLeft,
            const QString &text,
            const QFont &font,
            const QColor &fill,
            const QColor &ink)
{
    const QFontMetricsF metrics(font);
    const double pad = metrics.height() * 0.45;
    const QRectF box(topLeft,
                     QSizeF(metrics.horizontalAdvance(text) + 2 * pad, metrics.height() + pad));
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawRoundedRect(box, box.height() / 2, box.height() / 2);
    painter.setPen(ink);
    painter.setFont(font);
    painter.drawText(box, Qt::AlignCenter, text);
    return box.width();
}

// QImage (RGB32) → the encoder's YUV, one swscale pass.
Result<av::FramePtr> toFrame(const QImage &image, SwsContext *&sws)
{
    av::FramePtr frame = av::makeFrame();
    if (!frame)
        return Error::failed(StoryboardRenderer::tr("Out of memory."));
    frame->format = AV_PIX_FMT_YUV420P;
    frame->width = image.width();
    frame->height = image.height();
    if (av_frame_get_buffer(frame.get(), 0) < 0)
        return Error::failed(StoryboardRenderer::tr("Out of memory."));
    sws = sws_getCachedContext(sws,
                               image.width(),
                               image.height(),
                               AV_PIX_FMT_RGB32,
                               image.width(),
                               image.height(),
                               AV_PIX_FMT_YUV420P,
                               SWS_BICUBIC,
                               nullptr,
                               nullptr,
                               nullptr);
    if (!sws)
        return Error::failed(StoryboardRenderer::tr("The picture could not be converted for the "
                                                    "encoder."));
    const uint8_t *source[] = {image.constBits()};
    const int stride[] = {int(image.bytesPerLine())};
    sws_scale(sws, source, stride, 0, image.height(), frame->data, frame->linesize);
    return frame;
}

} // namespace

QJsonObject StoryboardCard::toJson() const
{
    return {{u"shot"_s, shotNumber},
            {u"take"_s, take},
            {u"prompt"_s, prompt},
            {u"cameraMoves"_s, QJsonArray::fromStringList(cameraMoves)},
            {u"character"_s, characterName},
            {u"picture"_s, picturePath},
            {u"note"_s, note},
            {u"width"_s, width},
            {u"height"_s, height},
            {u"fps"_s, frameRate.toString()},
            {u"duration"_s, duration}};
}

StoryboardCard StoryboardCard::fromJson(const QJsonObject &json)
{
    StoryboardCard card;
    card.shotNumber = json.value(u"shot"_s).toInt(1);
    card.take = json.value(u"take"_s).toInt(1);
    card.prompt = json.value(u"prompt"_s).toString();
    for (const QJsonValue &move : json.value(u"cameraMoves"_s).toArray())
        card.cameraMoves << move.toString();
    card.characterName = json.value(u"character"_s).toString();
    card.picturePath = json.value(u"picture"_s).toString();
    card.note = json.value(u"note"_s).toString();
    card.width = json.value(u"width"_s).toInt();
    card.height = json.value(u"height"_s).toInt();
    card.frameRate = Rational::fromString(json.value(u"fps"_s).toString()).value_or(Rational{});
    card.duration = json.value(u"duration"_s).toDouble();
    return card;
}

Status StoryboardRenderer::check(const StoryboardCard &card)
{
    if (card.width < 16 || card.height < 16 || card.width > 7680 || card.height > 7680
        || card.width % 2 || card.height % 2)
        return Error::refused(tr("A storyboard shot needs an even size from 16×16 to 7680×7680; "
                                 "the project is %1×%2.")
                                      .arg(card.width)
                                      .arg(card.height));
    if (!card.frameRate.isValid() || card.frameRate.toDouble() > 240)
        return Error::refused(tr("A storyboard shot needs a frame rate from 1 to 240 fps."));
    if (!(card.duration > 0) || card.duration > MaxDuration)
        return Error::refused(tr("A storyboard shot lasts more than 0 and at most %1 seconds; "
                                 "got %2.")
                                      .arg(MaxDuration)
                                      .arg(card.duration));
    if (!card.picturePath.isEmpty() && !QFileInfo(card.picturePath).isReadable())
        return Error::refused(tr("The picture %1 cannot be read.").arg(card.picturePath));
    return {};
}

QImage StoryboardRenderer::overlay(const StoryboardCard &card)
{
    QImage image(card.width, card.height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const double w = card.width;
    const double h = card.height;
    const double unit = std::min(w, h) / 720.0;
    const double margin = std::min(w, h) * 0.06;

    // Legibility: darkened bands behind the title (top) and the prompt (bottom).
    QLinearGradient top(0, 0, 0, h * 0.32);
    top.setColorAt(0, QColor(0, 0, 0, 190));
    top.setColorAt(1, QColor(0, 0, 0, 0));
    painter.fillRect(QRectF(0, 0, w, h * 0.32), top);
    QLinearGradient bottom(0, h * 0.5, 0, h);
    bottom.setColorAt(0, QColor(0, 0, 0, 0));
    bottom.setColorAt(1, QColor(0, 0, 0, 215));
    painter.fillRect(QRectF(0, h * 0.5, w, h * 0.5), bottom);

    // Corner marks of a title-safe frame: this is a card, not footage.
    painter.setPen(QPen(QColor(255, 255, 255, 120), std::max(1.0, 2 * unit)));
    const double mark = 28 * unit;
    const QRectF safe(margin * 0.5, margin * 0.5, w - margin, h - margin);
    for (QPointF corner : {safe.topLeft(), safe.topRight(), safe.bottomLeft(), safe.bottomRight()}) {
        const double sx = corner.x() < w / 2 ? 1 : -1;
        const double sy = corner.y() < h / 2 ? 1 : -1;
        painter.drawLine(corner, corner + QPointF(sx * mark, 0));
        painter.drawLine(corner, corner + QPointF(0, sy * mark));
    }

    const QFont titleFont = sized(54 * unit, true);
    painter.setFont(titleFont);
    painter.setPen(Qt::white);
    const QString title = tr("SHOT %1").arg(card.shotNumber);
    const QFontMetricsF titleMetrics(titleFont);
    painter.drawText(QPointF(margin, margin + titleMetrics.ascent()), title);
    const QFont labelFont = sized(20 * unit, true);
    double x = margin + titleMetrics.horizontalAdvance(title) + 18 * unit;
    const double labelY = margin
                          + (titleMetrics.height() - QFontMetricsF(labelFont).height() * 1.45) / 2;
    if (card.take > 1)
        pill(painter,
             QPointF(x, labelY),
             tr("TAKE %1").arg(card.take),
             labelFont,
             QColor(255, 255, 255, 60),
             Qt::white);
    const QString tag = tr("STORYBOARD");
    const double tagWidth = QFontMetricsF(labelFont).horizontalAdvance(tag)
                            + QFontMetricsF(labelFont).height() * 0.9;
    pill(painter, QPointF(w - margin - tagWidth, labelY), tag, labelFont, Accent, Ground);

    // Camera moves under the title, each as it would be picked from the list.
    const QFont moveFont = sized(22 * unit);
    x = margin;
    const double movesY = margin + titleMetrics.height() + 10 * unit;
    if (!card.cameraMoves.isEmpty()) {
        painter.setFont(moveFont);
        painter.setPen(QColor(255, 255, 255, 200));
        const QString label = tr("CAMERA");
        const QFontMetricsF metrics(moveFont);
        // Centred on the pills beside it (a pill is 1.45 lines high).
        painter.drawText(QPointF(x, movesY + metrics.height() * 0.225 + metrics.ascent()), label);
        x += QFontMetricsF(moveFont).horizontalAdvance(label) + 14 * unit;
        for (const QString &move : card.cameraMoves)
            x += pill(painter,
                      QPointF(x, movesY),
                      move,
                      moveFont,
                      QColor(255, 255, 255, 45),
                      Qt::white)
                 + 8 * unit;
    }

    // The prompt, bottom left, with the character and a note under it.
    const QFont promptFont = sized(34 * unit);
    const QFont smallFont = sized(22 * unit);
    const double textWidth = w - 2 * margin;
    const QStringList lines = wrapped(card.prompt.isEmpty() ? tr("(no prompt)") : card.prompt,
                                      promptFont,
                                      textWidth,
                                      3);
    QStringList notes;
    if (!card.characterName.isEmpty())
        notes << tr("with %1").arg(card.characterName);
    notes << tr("%1 s · %2 fps")
                     .arg(card.duration, 0, 'g', 3)
                     .arg(card.frameRate.toDouble(), 0, 'g', 4);
    if (!card.note.isEmpty())
        notes << card.note;
    const QFontMetricsF promptMetrics(promptFont);
    const QFontMetricsF smallMetrics(smallFont);
    double y = h - margin - smallMetrics.height() - 8 * unit
               - lines.size() * promptMetrics.lineSpacing();
    painter.setFont(promptFont);
    painter.setPen(Qt::white);
    for (const QString &line : lines) {
        painter.drawText(QPointF(margin, y + promptMetrics.ascent()), line);
        y += promptMetrics.lineSpacing();
    }
    painter.setFont(smallFont);
    painter.setPen(QColor(255, 255, 255, 170));
    painter.drawText(QPointF(margin, y + 8 * unit + smallMetrics.ascent()),
                     smallMetrics.elidedText(notes.join(u"   ·   "_s), Qt::ElideRight, textWidth));
    return image;
}

QImage StoryboardRenderer::frame(const StoryboardCard &card,
                                 const QImage &picture,
                                 const QImage &overlay,
                                 double t)
{
    QImage image(card.width, card.height, QImage::Format_RGB32);
    image.fill(Ground);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setRenderHint(QPainter::Antialiasing);
    const QSizeF size(card.width, card.height);
    painter.setTransform(cameraAt(card.cameraMoves, size, t));
    if (!picture.isNull()) {
        // Fill the frame (crop the longer side), as a first frame would be framed.
        const QSizeF scaled = QSizeF(picture.size()).scaled(size, Qt::KeepAspectRatioByExpanding);
        const QRectF target(QPointF((size.width() - scaled.width()) / 2,
                                    (size.height() - scaled.height()) / 2),
                            scaled);
        painter.drawImage(target, picture);
    } else {
        // No picture: a ground with a grid, so the camera's move can be seen.
        QLinearGradient ground(0, 0, 0, size.height());
        ground.setColorAt(0, QColor(0x2c, 0x34, 0x46));
        ground.setColorAt(1, QColor(0x12, 0x14, 0x19));
        painter.fillRect(QRectF(QPointF(0, 0), size), ground);
        painter.setPen(QPen(QColor(255, 255, 255, 28), std::max(1.0, size.height() / 480)));
        const double step = size.height() / 6;
        for (double gx = std::fmod(size.width() / 2, step); gx < size.width(); gx += step)
            painter.drawLine(QPointF(gx, 0), QPointF(gx, size.height()));
        for (double gy = std::fmod(size.height() / 2, step); gy < size.height(); gy += step)
            painter.drawLine(QPointF(0, gy), QPointF(size.width(), gy));
        painter.setPen(QPen(QColor(255, 255, 255, 60), std::max(1.0, size.height() / 240)));
        const QPointF centre(size.width() / 2, size.height() / 2);
        painter.drawEllipse(centre, step * 0.35, step * 0.35);
    }
    painter.resetTransform();
    painter.drawImage(0, 0, overlay);
    return image;
}

Result<QJsonObject> StoryboardRenderer::write(const StoryboardCard &card,
                                              const QImage &overlay,
                                              const QString &output,
                                              JobContext &job)
{
    if (Status valid = check(card); !valid)
        return valid.error();
    QImage picture;
    if (!card.picturePath.isEmpty() && !picture.load(card.picturePath))
        return Error::refused(tr("%1 is not a picture this build can read.").arg(card.picturePath));

    Result<ExportPreset> preset = PresetCatalog::builtIn().preset(u"share"_s);
    if (!preset)
        return preset.error();
    TranscodePlan plan;
    plan.preset = *preset;
    plan.output = output;
    plan.width = card.width;
    plan.height = card.height;
    plan.frameRate = {card.frameRate.num, card.frameRate.den};
    plan.expectedDuration = card.duration;

    OutputFile file(output);
    if (Status prepared = file.prepare(); !prepared)
        return prepared.error();
    EncodedOutput encoded(plan, job);
    if (Status opened = encoded.open(file.temporaryPath(), file.targetPath()); !opened)
        return opened.error();
    const qint64 frames = std::max<qint64>(1,
                                           std::llround(card.duration * card.frameRate.toDouble()));
    SwsContext *sws = nullptr;
    encoded.beginSource();
    Status status;
    for (qint64 n = 0; n < frames && status; ++n) {
        if (job.isCancelled()) {
            status = Error::cancelled(tr("Cancelled."));
            break;
        }
        const QImage image = frame(card,
                                   picture,
                                   overlay,
                                   frames > 1 ? double(n) / (frames - 1) : 0);
        Result<av::FramePtr> converted = toFrame(image, sws);
        if (!converted) {
            status = converted.error();
            break;
        }
        status = encoded.writeVideo(converted.value().get());
    }
    sws_freeContext(sws);
    if (!status)
        return status.error();
    if (Status ended = encoded.endSource(); !ended)
        return ended.error();
    if (Status finished = encoded.finish(); !finished)
        return finished.error();
    if (Status committed = file.commit(); !committed)
        return committed.error();
    return QJsonObject{{u"output"_s, file.targetPath()},
                       {u"duration"_s, encoded.duration()},
                       {u"frames"_s, encoded.videoFrames()},
                       {u"width"_s, card.width},
                       {u"height"_s, card.height},
                       {u"frameRate"_s, card.frameRate.toString()}};
}

} // namespace mt
