# Writes a C++ source that holds every file below ROOT, so that the default theme and the files
# of `almanac new` and `almanac init` ship inside the binary: FUNCTION, declared in HEADER,
# returns them.
file(GLOB_RECURSE files RELATIVE "${ROOT}" "${ROOT}/*")
list(SORT files)
set(body "")
set(index "")
set(n 0)
foreach(file IN LISTS files)
  file(READ "${ROOT}/${file}" hex HEX)
  string(LENGTH "${hex}" hex_length)
  math(EXPR size "${hex_length} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
  string(APPEND body "static const char file_${n}[] = {${bytes} 0};\n")
  string(APPEND index "    {\"${file}\", std::string_view(file_${n}, ${size})},\n")
  math(EXPR n "${n} + 1")
endforeach()
file(WRITE "${OUTPUT}.tmp" "// Generated from ${ROOT} by cmake/embed_files.cmake; do not edit.
#include \"${HEADER}\"

namespace almanac {
namespace {
${body}
}  // namespace

const std::vector<EmbeddedFile>& ${FUNCTION}() {
  static const std::vector<EmbeddedFile> files = {
${index}  };
  return files;
}

}  // namespace almanac
")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
