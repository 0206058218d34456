#!/usr/bin/env bash
# Installs the Debian 12 packages Artist Studio needs to build, test and run.
# Idempotent: packages already present are skipped; nothing is done when all are there.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config ccache clang-format
    # Qt 6.4 (Charts needs libqt6opengl6-dev to be found by CMake)
    qt6-base-dev qt6-multimedia-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6opengl6-dev libqt6sql6-sqlite qtkeychain-qt6-dev
    # audio and analysis libraries
    libtag1-dev libsndfile1-dev libaubio-dev libqm-dsp-dev libebur128-dev libchromaprint-dev
    libsamplerate0-dev
    # SHA-256 of audio files with the CPU's SHA instructions (QCryptographicHash has none)
    libssl-dev
    # QMediaPlayer crashes at construction without these GStreamer plugins
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good
    # headless GUI runs, sanitizers, test tools
    xvfb xauth libclang-rt-14-dev sqlite3 dpkg-dev file desktop-file-utils appstream
    # the analysis test corpus renders MIDI through a General MIDI SoundFont
    fluidsynth fluid-soundfont-gm
    # a real Secret Service for the keychain tests (QtKeychain loads libsecret at run time)
    gnome-keyring dbus-daemon dbus-bin libsecret-1-0
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "setup-debian: all ${#packages[@]} packages are installed"
    exit 0
fi

echo "setup-debian: installing ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
