#!/usr/bin/env bash
# Installs the Debian packages almanac needs to build and test; quiet and quick when all are present.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libcmark-gfm-dev libcmark-gfm-extensions-dev
  libkainjow-mustache-dev libtomlplusplus-dev
  libicu-dev libcli11-dev doctest-dev libstemmer-dev
  libgoogle-perftools-dev nlohmann-json3-dev libxxhash-dev libcpp-httplib-dev
  gettext
  # The annual reports' PDF: WeasyPrint, hyphenation patterns for both languages (Pyphen reads
  # them), the PT fonts made for Russian public documents, QPDF to finish the PDF/A file (and
  # its command to check it in the tests), poppler's tools to read it back.
  weasyprint hyphen-ru hyphen-en-us fonts-paratype libqpdf-dev qpdf poppler-utils
  libxml2-utils
  # The tests read the CI files `almanac init` writes with Python's YAML parser.
  python3-yaml
  # make deb: the man page from --help; file, with which CPack finds the libraries to depend on.
  help2man file
  time
  # make fuzz: clang, whose -fsanitize=fuzzer links libFuzzer from compiler-rt.
  clang libclang-rt-14-dev
  # The browser tests (tests/e2e): a web server, a browser, and Node.js to drive it.
  nginx-light chromium nodejs
)
# Debian's npm comes apart from nodejs; a Node.js from elsewhere brings its own.
command -v npm >/dev/null || packages+=(npm)

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo to add: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
  fi
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The browser tests' npm packages (playwright-core, axe-core), as pinned in package-lock.json.
e2e=$(cd "$(dirname "$0")/../tests/e2e" && pwd)
if [ ! -f "$e2e/node_modules/.package-lock.json" ] ||
   [ "$e2e/package-lock.json" -nt "$e2e/node_modules/.package-lock.json" ]; then
  echo "install-deps: installing the browser tests' npm packages"
  npm ci --prefix "$e2e" --no-audit --no-fund --loglevel=error >/dev/null
fi
