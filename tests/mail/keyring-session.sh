#!/bin/sh
# keyring-session.sh unlocked|none|locked PROGRAM [ARGS…]
# Runs PROGRAM in a private D-Bus session of its own, in a throw-away home:
#  unlocked: with gnome-keyring-daemon's Secret Service, its login keyring
#            created and unlocked with a throw-away password;
#  none:     on a bus that offers no Secret Service at all (nothing can be
#            started on demand), as on a headless server;
#  locked:   on that bus, with locked-secret-service.py: a locked keyring
#            whose unlock prompt is dismissed.
set -eu
mode="$1"
shift

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/run" "$home/data" "$home/config" "$home/cache"
chmod 700 "$home/run"
export HOME="$home" XDG_RUNTIME_DIR="$home/run" XDG_DATA_HOME="$home/data" \
       XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache"
unset GNOME_KEYRING_CONTROL SSH_AUTH_SOCK

case "$mode" in
  unlocked)
    dbus-run-session -- sh -c '
      echo "throw-away-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
      exec "$@"' sh "$@"
    ;;
  none|locked)
    cat > "$home/bus.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$home/run</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
    if [ "$mode" = none ]; then
      dbus-run-session --config-file="$home/bus.conf" -- "$@"
    else
      service="$(dirname "$0")/locked-secret-service.py"
      dbus-run-session --config-file="$home/bus.conf" -- sh -c '
        /usr/bin/python3 "$0" > "$HOME/service.out" &
        service=$!
        for i in $(seq 50); do
          grep -q READY "$HOME/service.out" 2>/dev/null && break
          sleep 0.1
        done
        "$@"
        status=$?
        kill $service
        exit $status' "$service" "$@"
    fi
    ;;
  *)
    echo "unknown mode $mode" >&2
    exit 2
    ;;
esac
