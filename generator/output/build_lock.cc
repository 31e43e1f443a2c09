#include "output/build_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

#include "messages/messages.h"
#include "util/file_system.h"

namespace almanac {

std::optional<BuildLock> BuildLock::take(const std::filesystem::path& folder, double wait_seconds,
                                         std::string* error) {
  const std::filesystem::path path = folder / kLockName;
  const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
  if (fd < 0) {
    *error = tr("cannot open {path}: {reason}",
                {{"path", path.string()}, {"reason", std::strerror(errno)}});
    return std::nullopt;
  }
  const auto give_up = std::chrono::steady_clock::now() +
                       std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                           std::chrono::duration<double>(wait_seconds));
  while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK && errno != EINTR) {
      *error = tr("cannot lock {path}: {reason}",
                  {{"path", path.string()}, {"reason", std::strerror(errno)}});
      ::close(fd);
      return std::nullopt;
    }
    if (std::chrono::steady_clock::now() >= give_up) {
      std::string holder = read_file(path, nullptr).value_or("");
      while (!holder.empty() && (holder.back() == '\n' || holder.back() == ' '))
        holder.pop_back();
      *error =
          tr("another almanac build (process {process}) is writing into {folder}; wait for "
             "it to finish, then build again",
             {{"process", holder.empty() ? "?" : holder}, {"folder", folder.string()}});
      ::close(fd);
      return std::nullopt;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  // Who holds it, for the message of a build that waits.
  const std::string process = std::to_string(::getpid()) + "\n";
  if (::ftruncate(fd, 0) == 0) {
    [[maybe_unused]] const auto written = ::pwrite(fd, process.data(), process.size(), 0);
  }
  return BuildLock(fd);
}

BuildLock::BuildLock(BuildLock&& other) noexcept : fd_(other.fd_) {
  other.fd_ = -1;
}

BuildLock& BuildLock::operator=(BuildLock&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = other.fd_;
    other.fd_ = -1;
  }
  return *this;
}

BuildLock::~BuildLock() {
  if (fd_ >= 0) ::close(fd_);  // closing the file lets the lock go
}

}  // namespace almanac
