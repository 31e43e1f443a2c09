// A build kept in memory instead of a folder: every file's path and bytes, for a preview server
// that serves a build without touching the disk, and for tests that read pages directly.
#pragma once

#include <map>
#include <mutex>
#include <string>
#include <string_view>

namespace almanac {

class MemoryOutput {
 public:
  // Without `keep_bytes`, every file is kept empty: its path is all a check needs.
  explicit MemoryOutput(bool keep_bytes = true) : keep_bytes_(keep_bytes) {}

  // Keeps `data` as the file at `path`; safe from many threads. Refuses the paths the output
  // folder's writer refuses, so both hold the same files.
  [[nodiscard]] bool write(const std::string& path, std::string_view data, std::string* error);

  // Every file, by path in the output ("conferences/x/index.html").
  [[nodiscard]] std::map<std::string, std::string> take_files();

 private:
  bool keep_bytes_;
  std::mutex mutex_;
  std::map<std::string, std::string> files_;
};

}  // namespace almanac
