#!/usr/bin/env bash
# Builds the Debian package from a configured build dir, validates its desktop entry and
# AppStream metainfo, installs it, runs `artist-studio --version` from the installed path and
# removes it again. Usage: scripts/check-package.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build/default}" && pwd) # absolute: apt-get takes ./ or / paths only

desktop-file-validate "$root/packaging/org.artiststudio.ArtistStudio.desktop"
appstreamcli validate --no-net --pedantic "$root/packaging/org.artiststudio.ArtistStudio.metainfo.xml" \
    || appstreamcli validate --no-net "$root/packaging/org.artiststudio.ArtistStudio.metainfo.xml"

(cd "$build" && rm -f ./*.deb && cpack -G DEB >/dev/null)
deb=$(ls "$build"/artist-studio_*.deb)
echo "check-package: built $(basename "$deb")"

if [ "$(id -u)" -eq 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
    trap 'dpkg -r artist-studio >/dev/null' EXIT
    version=$(/usr/bin/artist-studio --version)
else
    # Without root: unpack and run the binary from the unpacked tree.
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    dpkg-deb -x "$deb" "$tmp"
    version=$("$tmp/usr/bin/artist-studio" --version)
fi
echo "check-package: installed package runs: $version"
[[ "$version" == "artist-studio "* ]]
