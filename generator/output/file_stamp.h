// What the manifest records of a file almanac wrote, to know it unchanged without reading it:
// the hash of its bytes and its size. A build whose file has the same hash leaves the file in
// place when it is still as written: a regular file of that size, last changed before the
// manifest (which a commit writes last; a file edited on the host since is not older). So the
// file keeps its time and inode and an uploader (rsync -a) sends only what changed, and the
// manifest stays the same for the same output.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace almanac {

struct FileStamp {
  std::string hash;  // content_hash of the bytes
  std::uint64_t size = 0;

  // "=<hash> <size>", as the manifest's "made from" column holds it.
  [[nodiscard]] std::string text() const;
  // Nullopt for a column that is not a stamp (a PDF's "pdf1 …", or nothing).
  [[nodiscard]] static std::optional<FileStamp> parse(std::string_view text);
};

// When the file at `path` (not followed if a link) last changed, in nanoseconds since the epoch,
// and its size; nullopt when it is not a regular file.
struct FileStatus {
  std::uint64_t size = 0;
  std::int64_t modified_ns = 0;
};
[[nodiscard]] std::optional<FileStatus> status_of(const std::filesystem::path& path);

}  // namespace almanac
