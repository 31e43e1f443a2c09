#include "util/file_system.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

#include "messages/messages.h"

namespace almanac {

std::optional<std::string> read_file(const std::filesystem::path& path, std::string* error,
                                     std::uintmax_t limit, std::uintmax_t* too_large) {
  // Plain POSIX calls: a site has thousands of files, and streams cost extra system calls each.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (error) *error = std::strerror(errno);
    return std::nullopt;
  }
  struct stat status {};
  std::string data;
  if (::fstat(fd, &status) == 0 && status.st_size > 0) {
    // Sized from the open file: a stat before the open would walk the path a second time.
    if (static_cast<std::uintmax_t>(status.st_size) > limit) {
      if (too_large) *too_large = static_cast<std::uintmax_t>(status.st_size);
      ::close(fd);
      return std::nullopt;
    }
    data.resize(static_cast<std::size_t>(status.st_size));
  }
  std::size_t filled = 0;
  const bool size_known = !data.empty();
  while (!(size_known && filled == data.size())) {
    if (filled == data.size()) data.resize(data.size() + 4096);  // a file fstat could not size
    const ssize_t n = ::read(fd, data.data() + filled, data.size() - filled);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      if (error) *error = std::strerror(errno);
      ::close(fd);
      return std::nullopt;
    }
    if (n == 0) break;
    filled += static_cast<std::size_t>(n);
  }
  ::close(fd);
  data.resize(filled);
  return data;
}

namespace {

// Writes `data` to `path`, relative to the open folder `folder_fd` (or AT_FDCWD); `shown` names
// the file in messages.
bool write_at(int folder_fd, const char* path, std::string_view data, const std::string& shown,
              std::string* error, int how = O_TRUNC) {
  const int fd = ::openat(folder_fd, path, O_WRONLY | O_CREAT | how | O_CLOEXEC, 0644);
  if (fd < 0) {
    if (error) {
      *error =
          tr("cannot create {path}: {reason}", {{"path", shown}, {"reason", std::strerror(errno)}});
    }
    return false;
  }
  std::size_t written = 0;
  while (written < data.size()) {
    const ssize_t n = ::write(fd, data.data() + written, data.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      if (error) {
        *error = tr("cannot write {path}: {reason}",
                    {{"path", shown}, {"reason", std::strerror(errno)}});
      }
      ::close(fd);
      return false;
    }
    written += static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0) {
    if (error) {
      *error =
          tr("cannot write {path}: {reason}", {{"path", shown}, {"reason", std::strerror(errno)}});
    }
    return false;
  }
  return true;
}

}  // namespace

bool write_file(const std::filesystem::path& path, std::string_view data, std::string* error) {
  return write_at(AT_FDCWD, path.c_str(), data, path.string(), error);
}

bool create_file(const std::filesystem::path& path, std::string_view data, std::string* error) {
  return write_at(AT_FDCWD, path.c_str(), data, path.string(), error, O_EXCL);
}

std::optional<WritableFolder> WritableFolder::open(const std::filesystem::path& folder,
                                                   std::string* error) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) {
    if (error) {
      *error = tr("cannot open {path}: {reason}",
                  {{"path", folder.string()}, {"reason", std::strerror(errno)}});
    }
    return std::nullopt;
  }
  return WritableFolder(fd, folder);
}

WritableFolder::WritableFolder(WritableFolder&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)), path_(std::move(other.path_)) {}

WritableFolder& WritableFolder::operator=(WritableFolder&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = std::exchange(other.fd_, -1);
    path_ = std::move(other.path_);
  }
  return *this;
}

WritableFolder::~WritableFolder() {
  if (fd_ >= 0) ::close(fd_);
}

bool WritableFolder::write(const std::string& relative, std::string_view data,
                           std::string* error) const {
  const std::size_t slash = relative.rfind('/');
  if (slash != std::string::npos) {
    const std::string parent = relative.substr(0, slash);
    // One mkdir in the common case (a page in a folder of its own under an existing one).
    if (::mkdirat(fd_, parent.c_str(), 0755) != 0 && errno != EEXIST) {
      for (std::size_t end = relative.find('/'); end != std::string::npos;
           end = relative.find('/', end + 1)) {
        const std::string folder = relative.substr(0, end);
        if (::mkdirat(fd_, folder.c_str(), 0755) != 0 && errno != EEXIST) {
          if (error)
            *error = tr("cannot create {path}: {reason}",
                        {{"path", (path_ / folder).string()}, {"reason", std::strerror(errno)}});
          return false;
        }
      }
    }
  }
  return write_at(fd_, relative.c_str(), data, (path_ / relative).string(), error);
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
    if (it->is_regular_file(ec)) {
      files.push_back(it->path().lexically_relative(folder).generic_string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace almanac

namespace almanac {

std::vector<OutsideLink> links_leading_outside(const std::filesystem::path& root,
                                               const std::vector<std::string>& names) {
  namespace fs = std::filesystem;
  std::vector<OutsideLink> outside;
  std::error_code ec;
  const fs::path top = fs::weakly_canonical(root, ec);
  const auto check = [&](const fs::path& path) {
    std::error_code link_ec;
    const fs::path target = fs::weakly_canonical(path, link_ec);
    const auto [end, ignored] = std::mismatch(top.begin(), top.end(), target.begin(), target.end());
    if (link_ec || end != top.end()) {
      outside.push_back({path.lexically_relative(root).generic_string(),
                         fs::read_symlink(path, link_ec).string()});
    }
  };
  for (const auto& name : names) {
    const fs::path start = root / name;
    if (fs::is_symlink(start, ec)) {
      check(start);
      continue;
    }
    if (!fs::is_directory(start, ec)) continue;
    for (fs::recursive_directory_iterator it(start, fs::directory_options::none, ec), end;
         !ec && it != end; it.increment(ec)) {
      if (it->is_symlink(ec)) check(it->path());
    }
  }
  std::sort(outside.begin(), outside.end(),
            [](const OutsideLink& a, const OutsideLink& b) { return a.path < b.path; });
  return outside;
}

}  // namespace almanac
