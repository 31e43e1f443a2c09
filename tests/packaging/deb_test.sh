#!/usr/bin/env bash
# make deb's package as a CI runner or an office machine gets it: made by CPack from this build
# folder, unpacked with dpkg-deb -x, and run from there: its control fields, `almanac --help` in
# Russian from the packaged catalogue, the bundled site built (PDFs included, with the packaged
# almanac-pdfa), the man page and the bash completion.
# Usage: tests/packaging/deb_test.sh BUILD_DIR SOURCE_ROOT VERSION
set -euo pipefail
build=$(realpath "$1")
root=$(realpath "$2")
version=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAILED: $*"; exit 1; }

cmake --build "$build" --target almanac_man >/dev/null
(cd "$build" && cpack -G DEB -B "$work/packages" >/dev/null 2>&1)
deb="$work/packages/almanac_${version}_amd64.deb"
[ -f "$deb" ] || fail "no $deb: $(ls "$work/packages")"

depends=$(dpkg-deb -f "$deb" Depends)
for library in libicu libcmark-gfm libqpdf libcpp-httplib libstemmer libxxhash libtcmalloc; do
  [[ $depends == *"$library"* ]] || fail "Depends has no $library: $depends"
done
[[ $(dpkg-deb -f "$deb" Recommends) == *weasyprint* ]] || fail "WeasyPrint is not recommended"

dpkg-deb -x "$deb" "$work/root"
almanac="$work/root/usr/bin/almanac"
[ -x "$work/root/usr/bin/almanac-pdfa" ] || fail "no almanac-pdfa beside almanac"

help=$(LANGUAGE=ru LANG=C.UTF-8 "$almanac" --help)
[[ $help == *"Показать эту справку и выйти"* ]] || fail "--help is not in Russian: $help"
# The Russian came from the package's catalogue: another one put in its place is read instead.
printf 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "Print this help and exit"\nmsgstr "из пакета"\n' \
  > "$work/marker.po"
msgfmt -o "$work/root/usr/share/locale/ru/LC_MESSAGES/almanac.mo" "$work/marker.po"
[[ $(LANGUAGE=ru LANG=C.UTF-8 "$almanac" --help) == *"из пакета"* ]] ||
  fail "the unpacked almanac does not read the package's catalogue"

"$almanac" build -q -s "$root" -o "$work/site" || fail "the bundled site does not build"
[ -f "$work/site/index.html" ] || fail "no home page"
ls "$work"/site/reports/*/report.pdf >/dev/null 2>&1 || fail "no report PDF"

manual=$(zcat "$work/root/usr/share/man/man1/almanac.1.gz")
for part in ".SH NAME" ".SH DESCRIPTION" ".SH EXAMPLES" "almanac serve" "SOURCE_DATE_EPOCH" \
            "Render the website"; do
  [[ $manual == *"$part"* ]] || fail "the man page has no $part"
done

completion="$work/root/usr/share/bash-completion/completions/almanac"
complete_words() {
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _almanac; echo "${COMPREPLY[*]}"' \
    _ "$completion" "$@"
}
[ "$(complete_words almanac se)" = "serve" ] || fail "completion of a command: $(complete_words almanac se)"
[ "$(complete_words almanac new co)" = "conference collaboration" ] || fail "completion of a kind"
[ "$(complete_words almanac check --format gi)" = "github gitlab" ] || fail "completion of a format"
echo ok
