#!/usr/bin/env bash
# dpi-consult in the desktop: the applications menu entry, the AppStream metainfo, the .dpic file type opening with
# dpi-consult, and the icon in the hicolor theme (the SVG master, and PNG sizes when rsvg-convert is there).
#
#   install.sh [--user | --system] [--exec PATH]     install (per user by default, no administrator rights)
#   install.sh --uninstall [--user | --system]       remove what install.sh put in place
#
# --exec names the program the menu entry starts; by default the dpi-consult-gui of the tarball this script came in
# (one folder up), else the one on the PATH (pip install puts it there).
set -euo pipefail

ID=fr.dpi_consult.DpiConsult
MIME=application/x-dpi-consult
SIZES=(16 24 32 48 64 128 256)
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
scope=user
action=install
exec_path=""

while [[ $# -gt 0 ]]; do
  case "$1" in
    --user) scope=user ;;
    --system) scope=system ;;
    --uninstall) action=uninstall ;;
    --exec) shift; exec_path="${1:-}" ;;
    *) echo "install.sh : option inconnue « $1 » (--user, --system, --uninstall, --exec CHEMIN)" >&2; exit 2 ;;
  esac
  shift
done

if [[ $scope == user ]]; then
  data="${XDG_DATA_HOME:-$HOME/.local/share}"
else
  data=/usr/local/share
fi
applications="$data/applications"
icons="$data/icons/hicolor"

refresh() {
  update-mime-database "$data/mime" >/dev/null 2>&1 || true
  if command -v update-desktop-database >/dev/null; then update-desktop-database "$applications" >/dev/null 2>&1 || true; fi
  if command -v gtk-update-icon-cache >/dev/null; then gtk-update-icon-cache -q -t "$icons" >/dev/null 2>&1 || true; fi
}

if [[ $action == uninstall ]]; then
  rm -f "$applications/$ID.desktop" "$data/metainfo/$ID.metainfo.xml" "$data/mime/packages/$ID.xml" \
        "$icons/scalable/apps/$ID.svg"
  for size in "${SIZES[@]}"; do rm -f "$icons/${size}x${size}/apps/$ID.png"; done
  refresh
  echo "dpi-consult retiré du bureau ($data)"
  exit 0
fi

if [[ -z $exec_path ]]; then
  if [[ -x "$here/../dpi-consult-gui" ]]; then
    # From the tarball: this script is in its desktop/ folder, beside the programs.
    exec_path="$(cd "$here/.." && pwd)/dpi-consult-gui"
  else
    exec_path="$(command -v dpi-consult-gui || true)"
  fi
fi
if [[ -z $exec_path || ! -x $exec_path ]]; then
  echo "install.sh : dpi-consult-gui introuvable : installez l’application d’abord, ou indiquez --exec CHEMIN" >&2
  exit 2
fi
# In the repository the icon is in resources/; in the tarball, beside this script.
svg="$here/../../resources/icons/dpi-consult.svg"
[[ -f $svg ]] || svg="$here/dpi-consult.svg"
if [[ ! -f $svg ]]; then
  echo "install.sh : icône introuvable ($svg)" >&2
  exit 2
fi

mkdir -p "$applications" "$data/metainfo" "$data/mime/packages" "$icons/scalable/apps"
# The program's path may hold spaces: quoted, as the Desktop Entry specification wants.
sed "s|^Exec=.*|Exec=\"$exec_path\" %f|" "$here/$ID.desktop" > "$applications/$ID.desktop"
cp "$here/$ID.metainfo.xml" "$data/metainfo/$ID.metainfo.xml"
cp "$here/dpi-consult-mime.xml" "$data/mime/packages/$ID.xml"
cp "$svg" "$icons/scalable/apps/$ID.svg"
if command -v rsvg-convert >/dev/null; then
  for size in "${SIZES[@]}"; do
    mkdir -p "$icons/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$icons/${size}x${size}/apps/$ID.png"
  done
fi
refresh
if [[ $scope == user ]]; then
  # The user's own choice of program for .dpic files (mimeapps.list in their configuration folder).
  xdg-mime default "$ID.desktop" "$MIME" 2>/dev/null || true
fi
echo "dpi-consult installé dans le bureau ($data) : $exec_path"
