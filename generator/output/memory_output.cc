#include "output/memory_output.h"

#include "messages/messages.h"
#include "output/output_writer.h"

namespace almanac {

bool MemoryOutput::write(const std::string& path, std::string_view data, std::string* error) {
  if (!is_safe_output_path(path)) {
    *error = tr("refusing to write outside the output folder: {path}", {{"path", path}});
    return false;
  }
  std::lock_guard lock(mutex_);
  if (!files_.emplace(path, keep_bytes_ ? std::string(data) : std::string()).second) {
    *error = tr("two pages want the same file: {path}", {{"path", path}});
    return false;
  }
  return true;
}

std::map<std::string, std::string> MemoryOutput::take_files() {
  std::lock_guard lock(mutex_);
  return std::move(files_);
}

}  // namespace almanac
