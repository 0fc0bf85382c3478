// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "encoder.h"

#include "media/averror.h"

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/opt.h>
#include <libavutil/pixdesc.h>
}

namespace mt {

using namespace Qt::StringLiterals;

namespace {

struct DictionaryDeleter
{
    void operator()(AVDictionary *dictionary) const { av_dict_free(&dictionary); }
};

const AVCodec *findEncoder(const QString &name)
{
    return avcodec_find_encoder_by_name(name.toUtf8().constData());
}

// The encoder's own sample format when it takes planar float (AAC), else the first it lists.
AVSampleFormat sampleFormatFor(const AVCodec *codec)
{
    if (!codec->sample_fmts)
        return AV_SAMPLE_FMT_FLTP;
    for (const AVSampleFormat *format = codec->sample_fmts; *format != AV_SAMPLE_FMT_NONE;
         ++format) {
        if (*format == AV_SAMPLE_FMT_FLTP)
            return *format;
    }
    return codec->sample_fmts[0];
}

} // namespace

Status Encoder::openVideo(const VideoEncoding &encoding, const Picture &picture, bool globalHeader)
{
    const AVCodec *codec = findEncoder(encoding.codec);
    if (!codec)
        return Error::refused(tr("The %1 encoder is missing.").arg(encoding.codec));
    m_context.reset(avcodec_alloc_context3(codec));
    if (!m_context)
        return Error::failed(tr("Out of memory."));
    AVCodecContext *c = m_context.get();
    c->width = picture.width;
    c->height = picture.height;
    c->pix_fmt = av_get_pix_fmt(encoding.pixelFormat.toUtf8().constData());
    c->sample_aspect_ratio = {1, 1};
    c->framerate = picture.frameRate;
    c->time_base = av_inv_q(picture.frameRate);
    c->thread_count = 0;
    if (globalHeader)
        c->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    QMap<QString, QString> options = encoding.options;
    if (encoding.crf >= 0)
        options.insert(u"crf"_s, QString::number(encoding.crf));
    if (!encoding.speed.isEmpty())
        options.insert(u"preset"_s, encoding.speed);
    if (!encoding.profile.isEmpty())
        options.insert(u"profile"_s, encoding.profile);
    return open(codec, options);
}

Status Encoder::openAudio(const AudioEncoding &encoding, bool globalHeader)
{
    const AVCodec *codec = findEncoder(encoding.codec);
    if (!codec)
        return Error::refused(tr("The %1 encoder is missing.").arg(encoding.codec));
    m_context.reset(avcodec_alloc_context3(codec));
    if (!m_context)
        return Error::failed(tr("Out of memory."));
    AVCodecContext *c = m_context.get();
    c->sample_rate = encoding.sampleRate;
    c->time_base = {1, encoding.sampleRate};
    c->sample_fmt = sampleFormatFor(codec);
    av_channel_layout_from_string(&c->ch_layout, encoding.channelLayout.toUtf8().constData());
    c->bit_rate = encoding.bitRate;
    c->thread_count = 0;
    if (globalHeader)
        c->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    return open(codec, encoding.options);
}

Status Encoder::open(const AVCodec *codec, const QMap<QString, QString> &options)
{
    AVDictionary *raw = nullptr;
    for (auto it = options.begin(); it != options.end(); ++it)
        av_dict_set(&raw, it.key().toUtf8().constData(), it.value().toUtf8().constData(), 0);
    std::unique_ptr<AVDictionary, DictionaryDeleter> dictionary(raw);
    AvLogCapture log;
    int ret = avcodec_open2(m_context.get(), codec, &raw);
    dictionary.release();
    dictionary.reset(raw);
    if (ret < 0) {
        return Error::failed(
                tr("The %1 encoder would not start (%2).")
                        .arg(QString::fromUtf8(codec->name),
                             log.lastMessage().isEmpty() ? avErrorText(ret) : log.lastMessage()));
    }
    // An option nobody took is a typo in the preset, which would otherwise go unnoticed.
    if (const AVDictionaryEntry *left = av_dict_get(raw, "", nullptr, AV_DICT_IGNORE_SUFFIX)) {
        return Error::failed(
                tr("The %1 encoder has no option “%2”; check the preset.")
                        .arg(QString::fromUtf8(codec->name), QString::fromUtf8(left->key)));
    }
    return {};
}

int Encoder::frameSize() const
{
    if (m_context->codec->capabilities & AV_CODEC_CAP_VARIABLE_FRAME_SIZE)
        return 0;
    return m_context->frame_size;
}

} // namespace mt
