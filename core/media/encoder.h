// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "export/exportpreset.h"
#include "media/avhandles.h"

#include <QCoreApplication>

namespace mt {

// One encoder of an export preset, opened for the output's format. Frames go in with send(),
// packets (in timeBase()) come out of receive(). Encoders thread themselves (x264 and x265 by
// frames, libvpx by rows); thread_count 0 lets each choose for the machine.
// Internal to core/media; on the thread of the operation that opened it.
class Encoder
{
    Q_DECLARE_TR_FUNCTIONS(mt::Encoder)

public:
    struct Picture
    {
        int width = 0;
        int height = 0;
        AVRational frameRate{30, 1}; // also the time base's inverse
    };

    Status openVideo(const VideoEncoding &encoding, const Picture &picture, bool globalHeader);
    Status openAudio(const AudioEncoding &encoding, bool globalHeader);

    AVCodecContext *context() const { return m_context.get(); }
    AVRational timeBase() const { return m_context->time_base; }
    // Samples per frame the audio encoder takes (all frames but the last); 0 for any number.
    int frameSize() const;

    int send(const AVFrame *frame) { return avcodec_send_frame(m_context.get(), frame); }
    int receive(AVPacket *packet) { return avcodec_receive_packet(m_context.get(), packet); }

private:
    Status open(const AVCodec *codec, const QMap<QString, QString> &options);

    av::CodecContextPtr m_context;
};

} // namespace mt
