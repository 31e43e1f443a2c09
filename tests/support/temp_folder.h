// Temporary folders and small file helpers for tests that need a real site on disk.
#pragma once

#include <filesystem>
#include <string>

namespace almanac::testing {

// A fresh folder under the system temp folder, removed when the object goes away.
class TempFolder {
 public:
  TempFolder();
  ~TempFolder();
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;

  [[nodiscard]] const std::filesystem::path& path() const { return path_; }
  // Writes `text` to a file below the folder, creating parent folders.
  void write(const std::string& relative, const std::string& text) const;
  [[nodiscard]] std::string read(const std::string& relative) const;

 private:
  std::filesystem::path path_;
};

// Copies a fixture site from tests/fixtures/<name> into `destination`.
void copy_fixture(const std::string& name, const std::filesystem::path& destination);

}  // namespace almanac::testing
