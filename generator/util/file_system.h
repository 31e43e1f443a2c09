// Reading files and listing folders, with errors as values.
#pragma once

#include <cstdint>
#include <filesystem>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace almanac {

// A file larger than `limit` is not read: nullopt, with its size in `*too_large` when given.
[[nodiscard]] std::optional<std::string> read_file(
    const std::filesystem::path& path, std::string* error,
    std::uintmax_t limit = std::numeric_limits<std::uintmax_t>::max(),
    std::uintmax_t* too_large = nullptr);

// Writes `data` to `path`, replacing what was there.
[[nodiscard]] bool write_file(const std::filesystem::path& path, std::string_view data,
                              std::string* error);
// Writes `data` to a new file at `path`; fails, writing nothing, when anything is there (even
// made a moment before, by another program).
[[nodiscard]] bool create_file(const std::filesystem::path& path, std::string_view data,
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

// A symbolic link below a site folder that leads out of it.
struct OutsideLink {
  std::string path;    // relative to the site folder: "static", "content/conferences/x.md"
  std::string target;  // where it leads
};
// The symbolic links among `names` in `root` and below them (without following any) that lead
// outside `root`: what almanac must not read, or it would publish a machine's files (a static/
// that is a link to /etc).
[[nodiscard]] std::vector<OutsideLink> links_leading_outside(const std::filesystem::path& root,
                                                             const std::vector<std::string>& names);

// Every regular file below `folder` (a link to one counts as the file it leads to), as sorted
// paths relative to it with "/" separators.
[[nodiscard]] std::vector<std::string> list_files_recursively(const std::filesystem::path& folder);

}  // namespace almanac
