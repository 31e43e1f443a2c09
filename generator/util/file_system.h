// Reading files and listing folders, with errors as values.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace almanac {

[[nodiscard]] std::optional<std::string> read_file(const std::filesystem::path& path,
                                                   std::string* error);

// Writes `data` to `path`, replacing what was there.
[[nodiscard]] bool write_file(const std::filesystem::path& path, std::string_view data,
                              std::string* error);

// A folder held open, to write many files below it: the kernel then walks only the part of
// each path below the folder.
class WritableFolder {
 public:
  [[nodiscard]] static std::optional<WritableFolder> open(const std::filesystem::path& folder,
                                                          std::string* error);
  WritableFolder(WritableFolder&& other) noexcept;
  WritableFolder& operator=(WritableFolder&& other) noexcept;
  WritableFolder(const WritableFolder&) = delete;
  WritableFolder& operator=(const WritableFolder&) = delete;
  ~WritableFolder();

  // Writes `data` to `relative` ("a/b/index.html"), creating the folders it needs and replacing
  // what was there. Safe from many threads.
  [[nodiscard]] bool write(const std::string& relative, std::string_view data,
                           std::string* error) const;

 private:
  WritableFolder(int fd, std::filesystem::path path) : fd_(fd), path_(std::move(path)) {}
  int fd_ = -1;
  std::filesystem::path path_;  // for messages
};

// Regular files and folders directly inside `folder`, sorted by name; empty if it does not exist.
struct FolderListing {
  std::vector<std::string> files;
  std::vector<std::string> folders;
};
[[nodiscard]] FolderListing list_folder(const std::filesystem::path& folder);

// Every regular file below `folder`, as sorted paths relative to it with "/" separators.
[[nodiscard]] std::vector<std::string> list_files_recursively(const std::filesystem::path& folder);

}  // namespace almanac
