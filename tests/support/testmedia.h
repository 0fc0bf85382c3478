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
//   dual_audio.mkv      1 s video + two audio tracks; the second (44.1 kHz) is the default
//   surround51.mp4      2 s video + 5.1 AAC
//   short_0_4s.mp4      0.4 s clip
//   odd_size.mp4        2 s 321x243 (odd dimensions, yuv444p H.264)
//   still.jpg still.png still.webp  640x360 images
//   tone.mp3 tone.wav tone.flac     2 s audio
//   cover_art.mp3       2 s audio with a 320x320 MJPEG cover (an attached picture, not video)
//   truncated.mp4       the first 40 % of a non-faststart MP4 (no moov atom)
//   truncated_faststart.mp4  the first 40 % of a faststart MP4 (header fine, data missing)
//   truncated.mkv       the first 40 % of hevc.mkv (header fine, cues and data missing)
//   analysis_black.mp4  4 s 640x360 testsrc2, black from 1.0 s to 2.0 s
//   analysis_frozen.mp4 4 s, frozen from 1.0 s to 2.5 s (frames 30–74 repeat frame 30)
//   analysis_silence.mp4 4 s with a 440 Hz tone, silent from 1.0 s to 2.5 s
//   analysis_pan.mp4    4 s still picture panned a quarter pixel per frame
//   analysis_night.mp4  4 s moving picture at a ninth of its brightness, with grain
//   analysis_cut.mp4    2 s testsrc2 then 2 s testsrc: one hard cut at 2.0 s
//   analysis_degraded.mp4  h264_aac.mp4 blurred and re-encoded at CRF 40
//   tone_23lufs.wav     4 s stereo 1 kHz sine at -23 dBFS (-23 LUFS)
//   corrupt_mdat.mp4    h264_aac.mp4 with 4 KB in the middle of its media data overwritten
//   garbage_mdat.mp4    h264_aac.mp4 with all of its media data overwritten (header intact)
//   format_change.ts    1 s 320x180 + 48 kHz stereo, then 1 s 640x360 + 44.1 kHz mono, joined
//   unknown_video.avi unknown_audio.avi  h264_aac.mp4 in AVI, one codec tag made unknown
//   notmedia.mp4        a text file named like a video
//   empty.mp4           zero bytes
//   frame_index.mp4     2 s 320x240 30 fps H.264 with B-frames, GOP 30; frame N has luma 16 + 3N
//   frame_index.mkv     the same in HEVC
//   frame_index.ts      the same H.264 in MPEG-TS (no index; seeks by decode time)
//   frame_index.h264    the same H.264 as a raw stream (no container, no timestamps)
//   late_audio.mp4      2 s 320x240 video; its AAC sine starts at 0.5 s
//   tone_then_silence.wav  1 s of a 440 Hz sine at amplitude 0.5, then 1 s of silence
//   sync_flash.mp4      2 s 320x240 25 fps black, white flash and 1 kHz beep (44.1 kHz mono) at 1.0 s
//   join_a.mp4 join_b.mp4 join_c.mp4  2 s 640x360 30 fps H.264 (veryfast, GOP 30) + AAC, joinable
//   ntsc_23976_gop24.mp4  4 s 640x360 24000/1001 fps H.264 with B-frames, GOP 24, + AAC
QString media(const QString &name);

// Every name media() knows.
QStringList mediaNames();

// The folder the files are made in.
QString mediaDir();

} // namespace mt::test
