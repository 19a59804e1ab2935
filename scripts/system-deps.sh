#!/usr/bin/env bash
# Installs the Debian packages Interview Coach needs, only when they are missing.
#   run:  libportaudio2  (PortAudio, for recording from the microphone in the terminal)
#   test: libportaudio2, espeak-ng (makes spoken test answers), chromium (browser end-to-end test)
set -euo pipefail

want=(libportaudio2)
if [ "${1:-run}" = "test" ]; then
  want+=(espeak-ng chromium)
fi

missing=()
for pkg in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  sudo_cmd=()
elif command -v sudo >/dev/null 2>&1; then
  sudo_cmd=(sudo)
else
  echo "error: these system packages are missing: ${missing[*]}" >&2
  echo "       install them as root: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "error: apt-get not found; install these packages with your system's package manager: ${missing[*]}" >&2
  exit 1
fi
echo "Installing system packages with apt-get: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
