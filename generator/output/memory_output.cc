#include "output/memory_output.h"

#include "messages/messages.h"
#include "output/output_writer.h"
#include "util/file_system.h"

namespace almanac {

bool MemoryOutput::write(const std::string& path, std::string_view data, std::string* error) {
  if (!is_safe_output_path(path)) {
    *error = tr("refusing to write outside the output folder: {path}", {{"path", path}});
    return false;
  }
  std::lock_guard lock(mutex_);
  if (!files_.emplace(path, std::string(data)).second) {
    *error = tr("two pages want the same file: {path}", {{"path", path}});
    return false;
  }
  return true;
}

bool MemoryOutput::copy(const std::string& path, const std::filesystem::path& source,
                        std::string* error) {
  const auto data = read_file(source, error);
  return data && write(path, *data, error);
}

std::map<std::string, std::string> MemoryOutput::take_files() {
  std::lock_guard lock(mutex_);
  return std::move(files_);
}

}  // namespace almanac
