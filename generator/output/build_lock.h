// One build at a time per output folder: an advisory lock (flock) on .almanac-lock in it, held
// from opening the folder to the end of the commit. Two builds into one folder would share its
// staging folder and each delete the other's files.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace almanac {

class BuildLock {
 public:
  static constexpr const char* kLockName = ".almanac-lock";

  // Takes the lock of `folder` (which exists), waiting up to `wait_seconds` for a build that
  // holds it; otherwise says which process holds it in `error`.
  [[nodiscard]] static std::optional<BuildLock> take(const std::filesystem::path& folder,
                                                     double wait_seconds, std::string* error);
  BuildLock(BuildLock&& other) noexcept;
  BuildLock& operator=(BuildLock&& other) noexcept;
  BuildLock(const BuildLock&) = delete;
  BuildLock& operator=(const BuildLock&) = delete;
  ~BuildLock();

 private:
  explicit BuildLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

}  // namespace almanac
