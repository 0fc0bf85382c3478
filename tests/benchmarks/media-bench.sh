#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Movie Tool developers
#
# Times movietool-cli against the ffmpeg CLI doing the same work on the same media, in one run,
# and prints the ratio (ours / ffmpeg: below 1 is faster) with each side's peak memory.
# The media is made by the shared gen-media.sh (12 shots 1280×720 30 fps, one 1080p 25 fps).
#
# usage: tests/benchmarks/media-bench.sh [WORK_DIR]
#   RUNS=N          timed runs per command after one warm-up (default 3; the median is shown)
#   MOVIETOOL_CLI   the CLI to time (default: build/release, built when missing)
#   GEN_MEDIA       the media script (default: ../shared/bench/gen-media.sh beside the repository)
#   ONLY="a b"      run only these tasks (probe12 thumbs12 concat_copy trim_copy trim_accurate
#                   merge13 analyze review_take export13 export13_melt export_smart12 export_copy12)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mkdir -p "${1:-$root/build/bench}" && cd "${1:-$root/build/bench}" && pwd)
runs=${RUNS:-3}
gen=${GEN_MEDIA:-$root/../shared/bench/gen-media.sh}
cli=${MOVIETOOL_CLI:-$root/build/release/app/cli/movietool-cli}
only=${ONLY:-}

if [ ! -x "$cli" ]; then
  echo "Building the release CLI…" >&2
  (cd "$root" && cmake --preset release >/dev/null && cmake --build build/release --target movietool-cli >/dev/null)
fi
[ -f "$gen" ] || { echo "No media script at $gen; set GEN_MEDIA to gen-media.sh." >&2; exit 2; }
command -v ffmpeg >/dev/null || { echo "The comparison needs the ffmpeg CLI: apt-get install ffmpeg" >&2; exit 2; }

media=$work/media; out=$work/out
mkdir -p "$media" "$out"
bash "$gen" "$media"
cd "$media"
shots=(shot*.mp4)

# measure NAME CMD... → "median_seconds peak_MB" of RUNS runs after a warm-up; stops on failure.
measure() {
  local name=$1; shift
  local times=() peak=0 r start end kb
  for r in $(seq 0 "$runs"); do
    start=$(date +%s.%N)
    if ! /usr/bin/time -f %M -o "$out/rss.txt" "$@" >"$out/stdout.txt" 2>"$out/stderr.txt"; then
      echo "$name failed: $*" >&2; cat "$out/stderr.txt" >&2; exit 1
    fi
    end=$(date +%s.%N)
    [ "$r" -eq 0 ] && continue
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')")
    kb=$(tail -1 "$out/rss.txt"); [ "$kb" -gt "$peak" ] && peak=$kb
  done
  printf '%s %d\n' "$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')" \
         $((peak / 1024))
}

printf '%-14s %9s %9s %7s %6s %8s %8s  %s\n' task ours_s ffmpeg_s ratio goal ours_MB ff_MB "what ffmpeg does"
row() { # TASK GOAL DESCRIPTION -- OURS... -- FFMPEG...
  local task=$1 goal=$2 what=$3; shift 4
  local ours=() theirs=()
  while [ "$1" != -- ]; do ours+=("$1"); shift; done; shift
  theirs=("$@")
  if [ -n "$only" ] && [[ " $only " != *" $task "* ]]; then return; fi
  read -r ot om < <(measure "$task (ours)" "${ours[@]}")
  read -r ft fm < <(measure "$task (ffmpeg)" "${theirs[@]}")
  printf '%-14s %9.3f %9.3f %7.2f %6s %8d %8d  %s\n' "$task" "$ot" "$ft" "$(awk -v a="$ot" -v b="$ft" 'BEGIN { print a / b }')" \
         "$goal" "$om" "$fm" "$what"
}

row probe12 0.1 "one ffprobe per file" -- \
  "$cli" --json probe "${shots[@]}" -- \
  bash -c 'for f in shot*.mp4; do ffprobe -v error -show_streams -show_format -of json "$f" >/dev/null; done'
row thumbs12 0.25 "one ffmpeg per file, 320 px at 1 s" -- \
  bash -c "rm -rf '$out/thumbs' && '$cli' --quiet thumb --width 320 --out-dir '$out/thumbs' shot*.mp4" -- \
  bash -c "for f in shot*.mp4; do ffmpeg -v error -y -ss 1 -i \$f -frames:v 1 -vf scale=320:-2 '$out/t.jpg'; done"
for f in "${shots[@]}"; do echo "file '$media/$f'"; done >"$out/list.txt"
row concat_copy 1.1 "concat demuxer, -c copy" -- \
  "$cli" --quiet merge "$out/copy_ours.mp4" "${shots[@]}" -- \
  ffmpeg -v error -y -f concat -safe 0 -i "$out/list.txt" -c copy "$out/copy_ff.mp4"
row trim_copy 1.1 "-ss 1.5 -to 4.5 -c copy" -- \
  "$cli" --quiet trim shot01.mp4 "$out/trimc_ours.mp4" --from 1.5 --to 4.5 --copy -- \
  ffmpeg -v error -y -ss 1.5 -to 4.5 -i shot01.mp4 -c copy "$out/trimc_ff.mp4"
row trim_accurate 1.1 "-ss 1.5 -to 4.5 re-encoding all (x264 veryfast)" -- \
  "$cli" --quiet trim shot01.mp4 "$out/trimr_ours.mp4" --from 1.5 --to 4.5 -- \
  ffmpeg -v error -y -ss 1.5 -to 4.5 -i shot01.mp4 -c:v libx264 -preset veryfast -crf 23 -c:a aac -b:a 128k "$out/trimr_ff.mp4"

# The 13-clip re-encode: the concat filter graph of peers.sh, same encoder settings as "share".
inputs=(); filter=""; n=0
for f in "${shots[@]}" odd1080p25.mp4; do
  inputs+=(-i "$f")
  filter+="[$n:v]scale=1280:720:force_original_aspect_ratio=decrease,pad=1280:720:(ow-iw)/2:(oh-ih)/2,fps=30,format=yuv420p,setsar=1[v$n];[$n:a]aresample=48000,aformat=channel_layouts=stereo[a$n];"
  n=$((n + 1))
done
for i in $(seq 0 $((n - 1))); do filter+="[v$i][a$i]"; done
filter+="concat=n=$n:v=1:a=1[v][a]"
echo "$filter" >"$out/filter.txt"
row merge13 1.05 "concat filter graph, x264 veryfast CRF 23 + AAC 128k" -- \
  "$cli" --quiet merge "$out/merge_ours.mp4" "${shots[@]}" odd1080p25.mp4 --preset share --width 1280 --height 720 --fps 30 -- \
  ffmpeg -v error -y "${inputs[@]}" -filter_complex_script "$out/filter.txt" -map '[v]' -map '[a]' \
    -c:v libx264 -preset veryfast -crf 23 -c:a aac -b:a 128k "$out/merge_ff.mp4"
row analyze 1.0 "blackdetect + freezedetect + silencedetect" -- \
  "$cli" --json analyze shot01.mp4 -- \
  ffmpeg -v error -i shot01.mp4 -vf blackdetect=d=0.5,freezedetect=d=1 -af silencedetect=d=1 -f null -
# Take review: a 6 s 720p take with the defects review flags (black 0.0–0.8 s, frozen from 4.0 s
# to the end, silent 2.0–3.5 s), analysed and turned into flags by `analyze`, against ffmpeg's
# three detectors in one process (defaults, as a person would type them).
take=$out/review_take.mp4
if [ ! -s "$take" ] && { [ -z "$only" ] || [[ " $only " == *" review_take "* ]]; }; then
  ffmpeg -v error -y -f lavfi -i "testsrc2=size=1280x720:rate=30:duration=6,drawbox=t=fill:color=black:enable='lt(t,0.8)',split[a][b];[a][b]freezeframes=first=120:last=179:replace=120" \
    -f lavfi -i "sine=frequency=300:sample_rate=48000:duration=6,volume=enable='between(t,2,3.5)':volume=0" \
    -ac 2 -c:v libx264 -preset veryfast -crf 23 -pix_fmt yuv420p -g 60 -c:a aac -b:a 128k -shortest "$take"
fi
row review_take 1.0 "blackdetect,freezedetect + silencedetect, one process" -- \
  "$cli" --json analyze "$take" -- \
  ffmpeg -v error -i "$take" -vf blackdetect,freezedetect -af silencedetect -f null -

# Timeline exports (a library of its own): the 13-clip film with the "share" preset, 12 shots
# each trimmed to 0.5–5.5 s (smart render against full render), and 12 whole shots (copy).
library=$out/library
rm -rf "$library"
mt() { "$cli" --library "$library" --quiet "$@" >/dev/null; }
mt project create film13 --width 1280 --height 720 --fps 30
mt project create trim12 --width 1280 --height 720 --fps 30
mt project create copy12 --width 1280 --height 720 --fps 30
mt import film13 "${shots[@]}" odd1080p25.mp4
mt import trim12 "${shots[@]}"
mt import copy12 "${shots[@]}"
for id in $(seq 1 13); do mt timeline add film13 "$id"; done
for id in $(seq 14 25); do mt timeline add trim12 "$id" --in 0.5 --out 5.5; done
for id in $(seq 26 37); do mt timeline add copy12 "$id"; done
row export13 1.05 "concat filter graph, as merge13" -- \
  "$cli" --library "$library" --quiet export film13 "$out/export13.mp4" --render full -- \
  ffmpeg -v error -y "${inputs[@]}" -filter_complex_script "$out/filter.txt" -map '[v]' -map '[a]' \
    -c:v libx264 -preset veryfast -crf 23 -c:a aac -b:a 128k "$out/merge_ff.mp4"
if command -v melt >/dev/null; then
  { echo '<mlt producer="main"><profile width="1280" height="720" frame_rate_num="30" frame_rate_den="1" progressive="1" sample_aspect_num="1" sample_aspect_den="1" display_aspect_num="16" display_aspect_den="9" colorspace="709"/>'
    for f in "${shots[@]}" odd1080p25.mp4; do echo "<producer id=\"p_$f\"><property name=\"resource\">$media/$f</property></producer>"; done
    echo '<playlist id="main">'; for f in "${shots[@]}" odd1080p25.mp4; do echo "<entry producer=\"p_$f\"/>"; done; echo '</playlist></mlt>'; } >"$out/timeline.mlt"
  row export13_melt 0.75 "melt, the MLT playlist of peers.sh" -- \
    "$cli" --library "$library" --quiet export film13 "$out/export13.mp4" --render full -- \
    melt -quiet "$out/timeline.mlt" -consumer "avformat:$out/export_melt.mp4" vcodec=libx264 preset=veryfast \
      crf=23 acodec=aac ab=128k f=mp4 real_time=-2
else
  echo "export13_melt: melt is not installed (apt-get install melt) — skipped"
fi
row export_smart12 0.3 "(ours) the same 12 trimmed shots rendered in full" -- \
  "$cli" --library "$library" --quiet export trim12 "$out/smart12.mp4" --render smart -- \
  "$cli" --library "$library" --quiet export trim12 "$out/full12.mp4" --render full
row export_copy12 1.1 "concat demuxer, -c copy" -- \
  "$cli" --library "$library" --quiet export copy12 "$out/copy12.mp4" -- \
  ffmpeg -v error -y -f concat -safe 0 -i "$out/list.txt" -c copy "$out/copy_ff.mp4"

# What was written, so a fast but wrong result shows.
for f in copy_ours copy_ff trimc_ours trimc_ff trimr_ours trimr_ff merge_ours merge_ff export13 export_melt smart12 full12 copy12; do
  [ -f "$out/$f.mp4" ] || continue
  printf '%-12s %s s, %s frames, %s bytes\n' "$f" \
    "$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$out/$f.mp4")" \
    "$(ffprobe -v error -select_streams v:0 -show_entries stream=nb_frames -of csv=p=0 "$out/$f.mp4")" \
    "$(stat -c %s "$out/$f.mp4")"
done
