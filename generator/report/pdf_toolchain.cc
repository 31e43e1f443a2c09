#include "report/pdf_toolchain.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string_view>
#include <vector>

#include "util/content_hash.h"

namespace almanac {
namespace {

namespace fs = std::filesystem;

// Changes of the PDF pipeline inside almanac (pdfa/pdf_archive.cc) that change the bytes.
constexpr std::string_view kFinishingVersion = "finishing 1";

std::string stat_line(const fs::path& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return path.string() + " missing\n";
  return path.string() + " " + std::to_string(info.st_size) + " " +
         std::to_string(info.st_mtim.tv_sec) + "." + std::to_string(info.st_mtim.tv_nsec) + "\n";
}

// Every entry of a folder with its size and time, in name order.
std::string folder_lines(const fs::path& folder) {
  std::vector<std::string> lines;
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
    lines.push_back(stat_line(it->path()));
  std::sort(lines.begin(), lines.end());
  std::string out = stat_line(folder);
  for (const auto& line : lines)
    out += line;
  return out;
}

std::string weasyprint_program() {
  const char* path = std::getenv("PATH");
  std::string_view folders = path ? path : "/usr/local/bin:/usr/bin:/bin";
  while (!folders.empty()) {
    const auto colon = folders.find(':');
    const fs::path candidate = fs::path(folders.substr(0, colon)) / "weasyprint";
    std::error_code ec;
    if (::access(candidate.c_str(), X_OK) == 0) {
      const fs::path real = fs::canonical(candidate, ec);
      return "weasyprint=" + stat_line(ec ? candidate : real);
    }
    folders = colon == std::string_view::npos ? "" : folders.substr(colon + 1);
  }
  return "weasyprint=none\n";
}

}  // namespace

std::string finishing_program() {
  std::error_code ec;
  const auto self = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const auto beside = self.parent_path() / "almanac-pdfa";
    if (::access(beside.c_str(), X_OK) == 0) return beside.string();
  }
  return "almanac-pdfa";
}

std::string pdf_toolchain() {
  std::string fingerprint = std::string(kFinishingVersion) + "\n" + ALMANAC_VERSION + "\n";
  fingerprint += weasyprint_program();
  fingerprint += "almanac-pdfa=" + stat_line(finishing_program());
  fingerprint += folder_lines("/var/cache/fontconfig");
  const char* cache = std::getenv("XDG_CACHE_HOME");
  const char* home = std::getenv("HOME");
  if (cache && *cache) {
    fingerprint += folder_lines(fs::path(cache) / "fontconfig");
  } else if (home && *home) {
    fingerprint += folder_lines(fs::path(home) / ".cache/fontconfig");
  }
  fingerprint += folder_lines("/usr/share/hyphen");
  return content_hash(fingerprint);
}

std::string pdf_made_from(const std::string& report_hash, const std::string& toolchain) {
  return "pdf1 " + report_hash + " " + toolchain;
}

std::string pdf_report_hash(const std::string& made_from) {
  if (!made_from.starts_with("pdf1 ")) return "";
  const auto space = made_from.find(' ', 5);
  return space == std::string::npos ? "" : made_from.substr(5, space - 5);
}

}  // namespace almanac
