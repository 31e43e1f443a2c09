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

// Creates the folders a file at `file` needs.
[[nodiscard]] bool make_parent_folders(const std::filesystem::path& file, std::string* error);

// Regular files and folders directly inside `folder`, sorted by name; empty if it does not exist.
struct FolderListing {
  std::vector<std::string> files;
  std::vector<std::string> folders;
};
[[nodiscard]] FolderListing list_folder(const std::filesystem::path& folder);

// Every regular file below `folder`, as sorted paths relative to it with "/" separators.
[[nodiscard]] std::vector<std::string> list_files_recursively(const std::filesystem::path& folder);

}  // namespace almanac
