#include "output/output_writer.h"

#include "messages/messages.h"
#include "util/file_system.h"
#include "util/text.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>

namespace almanac {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kManifestHeader =
    "# Files written by almanac; it deletes only these. After a tab: what a file was made from.";

std::map<std::string, std::string> read_manifest(const fs::path& file) {
  std::map<std::string, std::string> paths;
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::string made_from;
    if (const auto tab = line.rfind('\t'); tab != std::string::npos) {
      made_from = line.substr(tab + 1);
      line.resize(tab);
    }
    if (is_safe_output_path(line)) paths.emplace(std::move(line), std::move(made_from));
  }
  return paths;
}

bool holds_visible_files(const fs::path& folder) {
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->path().filename().string().starts_with(".")) return true;
  }
  return false;
}

// Removes folders left empty by deleted files, up to (not including) the output folder.
void remove_empty_parents(fs::path folder, const fs::path& root) {
  std::error_code ec;
  while (folder != root && folder.string().size() > root.string().size()) {
    if (!fs::is_empty(folder, ec) || ec) return;
    fs::remove(folder, ec);
    folder = folder.parent_path();
  }
}

// The first folder on the way to `path` in `folder` that is a symbolic link ("a/b"), or "".
std::string link_on_the_way(const fs::path& folder, std::string_view path) {
  std::error_code ec;
  for (std::size_t slash = path.find('/'); slash != std::string_view::npos;
       slash = path.find('/', slash + 1)) {
    const std::string part(path.substr(0, slash));
    if (fs::is_symlink(folder / part, ec)) return part;
  }
  return "";
}

}  // namespace

bool is_safe_output_path(std::string_view path) {
  // A name with a line break would forge a second line of the manifest.
  if (path.empty() || path.front() == '/' || path.back() == '/' || has_control_character(path)) {
    return false;
  }
  std::size_t start = 0;
  while (start <= path.size()) {
    const std::size_t end = std::min(path.find('/', start), path.size());
    const std::string_view part = path.substr(start, end - start);
    if (part.empty() || part.front() == '.' || part.find('\\') != std::string_view::npos) {
      return false;
    }
    start = end + 1;
  }
  return true;
}

std::optional<OutputWriter> OutputWriter::open(const fs::path& folder, bool force,
                                               std::string* error, Mode mode) {
  OutputWriter writer;
  writer.folder_ = folder;
  writer.mode_ = mode;
  writer.force_ = force;
  std::error_code ec;
  const fs::path manifest = folder / kManifestName;
  const bool existed = fs::exists(folder, ec);
  if (existed && !fs::is_directory(folder, ec)) {
    *error = tr("{path} is not a folder", {{"path", folder.string()}});
    return std::nullopt;
  }
  if (!existed) {
    fs::create_directories(folder, ec);
    if (ec) {
      *error = tr("cannot create {path}: {reason}",
                  {{"path", folder.string()}, {"reason", ec.message()}});
      return std::nullopt;
    }
    writer.created_folder_ = true;
  }
  // Nothing is read or written in the folder before the lock: another build may be at work.
  writer.lock_ = BuildLock::take(folder, kLockWaitSeconds, error);
  if (!writer.lock_) {
    if (writer.created_folder_) fs::remove_all(folder, ec);
    return std::nullopt;
  }
  if (existed) {
    if (fs::exists(manifest, ec)) {
      writer.previous_ = read_manifest(manifest);
    } else if (holds_visible_files(folder) && !force) {
      *error =
          tr("the output folder {folder} holds files that almanac did not write; choose an "
             "empty folder with -o, or pass --force to write into it anyway",
             {{"folder", folder.string()}});
      return std::nullopt;
    }
  }
  writer.staging_ = folder / kStagingName;
  fs::remove_all(writer.staging_, ec);
  fs::create_directories(writer.staging_, ec);
  if (ec) {
    *error = tr("cannot create {path}: {reason}",
                {{"path", writer.staging_.string()}, {"reason", ec.message()}});
    writer.abandon();
    return std::nullopt;
  }
  writer.staging_folder_ = WritableFolder::open(writer.staging_, error);
  if (!writer.staging_folder_) {
    writer.abandon();
    return std::nullopt;
  }
  return writer;
}

OutputWriter::OutputWriter(OutputWriter&& other) noexcept
    : folder_(std::move(other.folder_)),
      staging_(std::move(other.staging_)),
      staging_folder_(std::move(other.staging_folder_)),
      lock_(std::move(other.lock_)),
      created_folder_(other.created_folder_),
      force_(other.force_),
      mode_(other.mode_),
      finished_(other.finished_),
      previous_(std::move(other.previous_)),
      staged_(std::move(other.staged_)),
      kept_(std::move(other.kept_)),
      made_from_(std::move(other.made_from_)),
      staged_count_(other.staged_count_.load()) {
  other.finished_ = true;
}

OutputWriter::~OutputWriter() {
  if (!finished_) abandon();
}

bool OutputWriter::write(const std::string& path, std::string_view data, std::string* error) {
  if (!is_safe_output_path(path)) {
    *error = tr("refusing to write outside the output folder: {path}", {{"path", path}});
    return false;
  }
  if (!staging_folder_->write(path, data, error)) return false;
  std::lock_guard lock(mutex_);
  staged_.push_back(path);
  ++staged_count_;
  return true;
}

bool OutputWriter::copy(const std::string& path, const fs::path& source, std::string* error) {
  if (!is_safe_output_path(path)) {
    *error = tr("refusing to write outside the output folder: {path}", {{"path", path}});
    return false;
  }
  std::error_code ec;
  const fs::path target = staging_ / path;
  fs::create_directories(target.parent_path(), ec);
  if (!ec) fs::copy_file(source, target, fs::copy_options::overwrite_existing, ec);
  if (ec) {
    *error = tr("cannot copy {source} to {path}: {reason}",
                {{"source", source.string()}, {"path", path}, {"reason", ec.message()}});
    return false;
  }
  std::lock_guard lock(mutex_);
  staged_.push_back(path);
  ++staged_count_;
  return true;
}

bool OutputWriter::commit(std::string* error) {
  staging_folder_.reset();  // every page is written
  std::sort(staged_.begin(), staged_.end());
  std::vector<std::string> all = staged_;
  all.insert(all.end(), kept_.begin(), kept_.end());
  std::sort(all.begin(), all.end());
  if (const auto twice = std::adjacent_find(all.begin(), all.end()); twice != all.end()) {
    *error = tr("two pages want the same file: {path}", {{"path", *twice}});
    abandon();
    return false;
  }
  std::error_code ec;
  if (!force_) {
    for (const auto& path : staged_) {
      if (!created_folder_ && !previous_.contains(path) && fs::exists(folder_ / path, ec)) {
        *error =
            tr("refusing to replace {path}, which almanac did not write; move it away or "
               "pass --force",
               {{"path", (folder_ / path).string()}});
        abandon();
        return false;
      }
    }
  }
  // A symbolic link in the output folder (a folder replaced by one) would carry the moves and
  // deletions below out of the folder.
  std::vector<std::string> touched = staged_;
  if (mode_ == Mode::replace) {
    for (const auto& [path, made_from] : previous_) {
      if (!std::binary_search(all.begin(), all.end(), path)) touched.push_back(path);
    }
  }
  for (const auto& path : touched) {
    if (const std::string link = link_on_the_way(folder_, path); !link.empty()) {
      *error =
          tr("{link} is a symbolic link: almanac neither writes nor deletes through one in "
             "the output folder; move it away and build again",
             {{"link", (folder_ / link).string()}});
      abandon();
      return false;
    }
  }
  if (!move_into_place(error)) {
    abandon();
    return false;
  }
  std::map<std::string, std::string> current;
  for (const auto& path : all) {
    const auto made_from = made_from_.find(path);
    current.emplace(path, made_from == made_from_.end() ? std::string() : made_from->second);
  }
  for (const auto& [path, made_from] : previous_) {
    if (current.contains(path)) continue;
    if (mode_ == Mode::add) {
      current.emplace(path, made_from);
      continue;
    }
    fs::remove(folder_ / path, ec);
    remove_empty_parents((folder_ / path).parent_path(), folder_);
  }
  std::ostringstream manifest;
  manifest << kManifestHeader << "\n";
  for (const auto& [path, made_from] : current) {
    manifest << path;
    if (!made_from.empty()) manifest << '\t' << made_from;
    manifest << "\n";
  }
  const fs::path manifest_path = folder_ / kManifestName;
  const fs::path manifest_temp = staging_ / kManifestName;
  if (!write_file(manifest_temp, manifest.str(), error)) {
    abandon();
    return false;
  }
  fs::rename(manifest_temp, manifest_path, ec);
  fs::remove_all(staging_, ec);
  finished_ = true;
  return true;
}

bool OutputWriter::move_into_place(std::string* error) {
  // A folder the output does not have yet moves in whole, with one rename: on a first build that
  // is a handful of renames instead of one per page.
  std::set<std::string> existing_folders;
  std::string moved_folder;  // staged paths below it are already in place
  std::error_code ec;
  for (const auto& path : staged_) {
    if (!moved_folder.empty() && path.starts_with(moved_folder)) continue;
    std::string source = path;
    for (std::size_t slash = path.find('/'); slash != std::string::npos;
         slash = path.find('/', slash + 1)) {
      const std::string folder = path.substr(0, slash);
      if (existing_folders.contains(folder)) continue;
      if (fs::exists(folder_ / folder, ec)) {
        existing_folders.insert(folder);
        continue;
      }
      source = folder;
      moved_folder = folder + "/";
      break;
    }
    fs::rename(staging_ / source, folder_ / source, ec);
    if (ec) {
      *error = tr("cannot move {path} into place: {reason}",
                  {{"path", source}, {"reason", ec.message()}});
      return false;
    }
  }
  return true;
}

void OutputWriter::adopt(const std::string& path, std::string made_from) {
  std::lock_guard lock(mutex_);
  staged_.push_back(path);
  if (!made_from.empty()) made_from_[path] = std::move(made_from);
  ++staged_count_;
}

std::optional<std::string> OutputWriter::previous_made_from(const std::string& path) const {
  const auto it = previous_.find(path);
  std::error_code ec;
  // Kept only as a file of its own: not a link, nor in a folder that is one.
  if (it == previous_.end() || !fs::is_regular_file(fs::symlink_status(folder_ / path, ec)) ||
      !link_on_the_way(folder_, path).empty()) {
    return std::nullopt;
  }
  return it->second;
}

void OutputWriter::keep(const std::string& path, std::string made_from) {
  std::lock_guard lock(mutex_);
  kept_.push_back(path);
  made_from_[path] = std::move(made_from);
}

void OutputWriter::abandon() {
  staging_folder_.reset();
  std::error_code ec;
  fs::remove_all(staging_, ec);
  if (created_folder_) fs::remove_all(folder_, ec);
  finished_ = true;
}

}  // namespace almanac
