#!/usr/bin/env bash
# Installs the Debian peers of the analysis benchmark (issue 3) when missing, builds
# bench_analysis in its own build directory and runs it. Idempotent: packages already present are
# skipped. Usage: scripts/bench-analysis.sh [bench arguments...] (see bench/bench_analysis.cpp).
# Environment: BUILD_DIR (default build/analysis-bench), JOBS (ninja -j, default 2),
# SKIP_INSTALL=1 to run with whatever peers are installed (missing ones print "not installed").
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${BUILD_DIR:-$root/build/analysis-bench}"
jobs="${JOBS:-2}"

# aubio-tools: `aubio tempo`; bpm-tools: `bpm`; soundstretch: `soundstretch -bpm`;
# ffmpeg: the ebur128 filter; sox: feeds `bpm` raw float samples, as its man page shows;
# fluidsynth + fluid-soundfont-gm: render the MIDI half of the accuracy corpus.
peers=(aubio-tools bpm-tools soundstretch ffmpeg sox fluidsynth fluid-soundfont-gm)

if [ "${SKIP_INSTALL:-0}" != 1 ]; then
    missing=()
    for package in "${peers[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "bench-analysis: installing ${missing[*]}"
        sudo_cmd=()
        [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
        "${sudo_cmd[@]}" apt-get update -qq
        DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq \
            --no-install-recommends "${missing[@]}"
    else
        echo "bench-analysis: peers installed (${peers[*]})"
    fi
fi

# Release figures: the benchmark measures speed, so it is built optimized.
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DSTUDIO_BUILD_TESTS=OFF -DSTUDIO_BUILD_BENCH=ON "${launcher[@]}"
fi
ninja -C "$build_dir" -j"$jobs" bench_analysis

QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='*.debug=false' \
    exec "$build_dir/bench/bench_analysis" "$@"
