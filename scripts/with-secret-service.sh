#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring Secret Service,
# so the keychain path of SecretStore can be tested for real without touching the user's
# keyring or needing a desktop session.
#   scripts/with-secret-service.sh COMMAND [ARGS...]
# Needs the Debian packages dbus-daemon (dbus-run-session), gnome-keyring and libsecret-1-0
# (QtKeychain loads libsecret at run time). The keyring lives in a temporary directory that is
# removed afterwards; the daemon exits with the private bus.
set -euo pipefail

if [ $# -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-secret-service: $tool not found (apt-get install dbus-daemon gnome-keyring)" >&2
        exit 2
    fi
done

if [ -z "${WITH_SECRET_SERVICE_INNER:-}" ]; then
    scratch=$(mktemp -d -t artist-studio-keyring.XXXXXX)
    trap 'rm -rf "$scratch"' EXIT
    mkdir -m 700 "$scratch/runtime"
    # Not exec: the trap must remove the scratch keyring after the session ends.
    status=0
    WITH_SECRET_SERVICE_INNER=1 XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/runtime" \
        dbus-run-session -- "$0" "$@" || status=$?
    exit "$status"
fi

# Inside the private session: a fresh "login" keyring, created and unlocked with a dummy
# password read from stdin. The daemon forks and registers org.freedesktop.secrets.
echo -n test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
for _ in $(seq 1 50); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
        grep -q "boolean true"; then
        break
    fi
    sleep 0.1
done
"$@"
