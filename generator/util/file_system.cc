#include "util/file_system.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

namespace almanac {

std::optional<std::string> read_file(const std::filesystem::path& path, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (error) *error = std::strerror(errno);
    return std::nullopt;
  }
  std::string data;
  in.seekg(0, std::ios::end);
  data.resize(static_cast<std::size_t>(in.tellg()));
  in.seekg(0);
  in.read(data.data(), static_cast<std::streamsize>(data.size()));
  if (!in) {
    if (error) *error = "could not read the whole file";
    return std::nullopt;
  }
  return data;
}

FolderListing list_folder(const std::filesystem::path& folder) {
  FolderListing listing;
  std::error_code ec;
  for (std::filesystem::directory_iterator it(folder, ec), end; !ec && it != end;
       it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (it->is_directory(ec)) {
      listing.folders.push_back(name);
    } else if (it->is_regular_file(ec)) {
      listing.files.push_back(name);
    }
  }
  std::sort(listing.files.begin(), listing.files.end());
  std::sort(listing.folders.begin(), listing.folders.end());
  return listing;
}

std::vector<std::string> list_files_recursively(const std::filesystem::path& folder) {
  std::vector<std::string> files;
  std::error_code ec;
  for (std::filesystem::recursive_directory_iterator it(folder, ec), end; !ec && it != end;
       it.increment(ec)) {
    if (it->is_regular_file(ec) && !it->is_symlink(ec)) {
      files.push_back(std::filesystem::relative(it->path(), folder, ec).generic_string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace almanac
