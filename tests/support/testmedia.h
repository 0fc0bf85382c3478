// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QString>
#include <QStringList>

namespace mt::test {

// Test media, made at test time by the ffmpeg CLI (tests may run programs; the product never
// does) into one folder of the build tree shared by all tests. Each file is made once, into a
// temporary name and renamed, so tests running in parallel never see half a file.
//
// Names (see testmedia.cpp for how each is made):
//   h264_aac.mp4        2 s 640x360 30 fps H.264 + AAC 48 kHz stereo, GOP 30
//   shot_720p.mp4       6 s 1280x720 30 fps H.264 + AAC (the bench's shot shape)
//   portrait_rot90.mp4  2 s coded 640x360, display matrix rotate 90 → displayed 360x640
//   hevc.mkv            2 s 640x360 HEVC in Matroska + AAC
//   vp9_opus.webm       2 s 640x360 VP9 + Opus
//   mjpeg.avi           2 s 320x240 MJPEG + PCM
//   hevc_10bit.mkv      1 s 320x240 HEVC Main 10 (yuv420p10le)
//   ntsc_23976.mp4      2 s 640x360 24000/1001 fps
//   vfr.mkv             2 s with frame durations that vary (variable frame rate)
//   no_audio.mp4        2 s video only
//   surround51.mp4      2 s video + 5.1 AAC
//   short_0_4s.mp4      0.4 s clip
//   odd_size.mp4        2 s 321x243 (odd dimensions, yuv444p H.264)
//   still.jpg still.png still.webp  640x360 images
//   tone.mp3 tone.wav tone.flac     2 s audio
//   truncated.mp4       the first 40 % of a non-faststart MP4 (no moov atom)
//   truncated_faststart.mp4  the first 40 % of a faststart MP4 (header fine, data missing)
//   notmedia.mp4        a text file named like a video
//   empty.mp4           zero bytes
QString media(const QString &name);

// Every name media() knows.
QStringList mediaNames();

// The folder the files are made in.
QString mediaDir();

} // namespace mt::test
