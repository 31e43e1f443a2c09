#!/usr/bin/env bash
# Installs the Debian packages almanac needs to build and test; quiet and quick when all are present.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libcmark-gfm-dev libcmark-gfm-extensions-dev
  libkainjow-mustache-dev libtomlplusplus-dev
  libicu-dev libcli11-dev doctest-dev libstemmer-dev
  libgoogle-perftools-dev nlohmann-json3-dev
  weasyprint poppler-utils
  libxml2-utils nodejs
  time
)

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo to add: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
