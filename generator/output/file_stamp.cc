#include "output/file_stamp.h"

#include <sys/stat.h>

#include <charconv>

namespace almanac {

std::string FileStamp::text() const {
  return "=" + hash + " " + std::to_string(size);
}

std::optional<FileStamp> FileStamp::parse(std::string_view text) {
  if (!text.starts_with("=")) return std::nullopt;
  text.remove_prefix(1);
  const std::size_t space = text.find(' ');
  if (space == std::string_view::npos) return std::nullopt;
  FileStamp stamp;
  stamp.hash = std::string(text.substr(0, space));
  const char* end = text.data() + text.size();
  if (std::from_chars(text.data() + space + 1, end, stamp.size).ptr != end) return std::nullopt;
  return stamp;
}

std::optional<FileStatus> status_of(const std::filesystem::path& path) {
  struct stat status {};
  if (::lstat(path.c_str(), &status) != 0 || !S_ISREG(status.st_mode)) return std::nullopt;
  return FileStatus{
      static_cast<std::uint64_t>(status.st_size),
      static_cast<std::int64_t>(status.st_mtim.tv_sec) * 1000000000 + status.st_mtim.tv_nsec};
}

}  // namespace almanac
