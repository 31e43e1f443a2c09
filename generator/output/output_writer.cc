#include "output/output_writer.h"

#include "messages/messages.h"
#include "util/content_hash.h"
#include "util/file_system.h"
#include "util/text.h"

#include <fcntl.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <set>
#include <thread>

namespace almanac {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kJournalHeader =
    "# almanac: a commit in progress; the next build into this folder finishes it.";
constexpr std::string_view kManifestHeader =
    "# Files written by almanac; it deletes only these. After a tab: what a file was made from.";

std::map<std::string, std::string> parse_manifest(std::string_view text) {
  std::map<std::string, std::string> paths;
  while (!text.empty()) {
    const std::size_t end = std::min(text.find('\n'), text.size());
    std::string_view line = text.substr(0, end);
    text.remove_prefix(std::min(end + 1, text.size()));
    if (line.empty() || line[0] == '#') continue;
    std::string_view made_from;
    if (const auto tab = line.rfind('\t'); tab != std::string_view::npos) {
      made_from = line.substr(tab + 1);
      line = line.substr(0, tab);
    }
    if (is_safe_output_path(line)) paths.emplace(line, made_from);
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

std::string manifest_text(const std::map<std::string, std::string>& files) {
  std::string text(kManifestHeader);
  text += "\n";
  for (const auto& [path, made_from] : files) {
    text += path;
    if (!made_from.empty()) text.append("\t").append(made_from);
    text += "\n";
  }
  return text;
}

// Writes the manifest beside itself, then renames it over the old one. Its time is made later
// than the journal's, written after every file of the commit: a file listed in it that is not
// older than it was changed since (file times advance in ticks of a few milliseconds, so a fast
// build could otherwise give the last files and the manifest the same time).
bool replace_manifest(const fs::path& folder, const std::string& text, std::string* error) {
  const auto journal = status_of(folder / OutputWriter::kJournalName);
  const fs::path temporary = folder / ".almanac-manifest.new";
  if (!write_file(temporary, text, error)) return false;
  for (int tries = 0; journal && tries < 100; ++tries) {
    const auto written = status_of(temporary);
    if (!written || written->modified_ns > journal->modified_ns) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
    ::utimensat(AT_FDCWD, temporary.c_str(), nullptr, 0);  // now
  }
  std::error_code ec;
  fs::rename(temporary, folder / OutputWriter::kManifestName, ec);
  if (ec) {
    *error =
        tr("cannot write {path}: {reason}",
           {{"path", (folder / OutputWriter::kManifestName).string()}, {"reason", ec.message()}});
    return false;
  }
  return true;
}

// A seam for the tests of interrupted commits and full disks, read from ALMANAC_TEST_FAULT:
// "kill 3" ends the process as kill -9 does after three moves into place, "fail 3" makes the
// fourth move fail; "full 3" makes the fourth file written to the staging folder fail as on a
// full disk, "readonly" every one as on a read-only disk (for machines where the tests cannot
// mount a small file system of their own).
struct TestFault {
  bool kill = false;
  int moves = -1;  // none
  int done = 0;
  int writes = -1;  // none
  std::atomic<int> written{0};
  int write_errno = 0;
  TestFault() {
    const char* setting = std::getenv("ALMANAC_TEST_FAULT");
    if (!setting) return;
    const std::string_view text = setting;
    kill = text.starts_with("kill ");
    if (kill || text.starts_with("fail ")) moves = std::atoi(setting + 5);
    if (text.starts_with("full ")) {
      writes = std::atoi(setting + 5);
      write_errno = ENOSPC;
    } else if (text == "readonly") {
      writes = 0;
      write_errno = EROFS;
    }
  }
  bool move_fails_now() {
    if (moves < 0 || done++ < moves) return false;
    if (kill) std::_Exit(137);
    return true;
  }
  bool write_fails_now() { return writes >= 0 && written++ >= writes; }
} test_fault;

}  // namespace

// A commit that a killed build left half done (its journal is there) is finished: the files
// still staged are moved into place, the files it removes are removed, its manifest is written.
bool finish_interrupted_commit(const fs::path& folder, std::string* error) {
  std::error_code ec;
  const fs::path journal_path = folder / OutputWriter::kJournalName;
  if (!fs::exists(journal_path, ec)) return true;
  const auto journal = read_file(journal_path, error);
  if (!journal) return false;
  std::string manifest, section;
  std::vector<std::string> moves, removals;
  std::size_t start = 0;
  while (start < journal->size()) {
    const std::size_t end = std::min(journal->find('\n', start), journal->size());
    const std::string line = journal->substr(start, end - start);
    start = end + 1;
    if (line == "/manifest" || line == "/move" || line == "/delete") {
      section = line;
    } else if (section == "/manifest") {
      manifest += line + "\n";
    } else if (section == "/move" && is_safe_output_path(line)) {
      moves.push_back(line);
    } else if (section == "/delete" && is_safe_output_path(line)) {
      removals.push_back(line);
    }
  }
  const fs::path staging = folder / OutputWriter::kStagingName;
  for (const auto& path : moves) {
    if (!fs::exists(fs::symlink_status(staging / path, ec)) ||
        !link_on_the_way(folder, path).empty()) {
      continue;  // moved already (or with its folder)
    }
    fs::create_directories((folder / path).parent_path(), ec);
    fs::rename(staging / path, folder / path, ec);
    if (ec) {
      *error =
          tr("an interrupted build left its files half moved into {folder}, and moving "
             "{path} failed: {reason}",
             {{"folder", folder.string()}, {"path", path}, {"reason", ec.message()}});
      return false;
    }
  }
  for (const auto& path : removals) {
    if (!link_on_the_way(folder, path).empty()) continue;
    fs::remove(folder / path, ec);
    remove_empty_parents((folder / path).parent_path(), folder);
  }
  if (!replace_manifest(folder, manifest, error)) return false;
  fs::remove(journal_path, ec);
  fs::remove_all(staging, ec);
  return true;
}

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
  if (existed && !finish_interrupted_commit(folder, error)) return std::nullopt;
  if (existed) {
    if (const auto status = status_of(manifest)) {
      const std::string text = read_file(manifest, nullptr).value_or("");
      writer.previous_ = parse_manifest(text);
      writer.previous_manifest_hash_ = content_hash(text);
      writer.previous_manifest_ns_ = status->modified_ns;
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
      staged_count_(other.staged_count_.load()),
      removed_count_(other.removed_count_),
      previous_manifest_ns_(other.previous_manifest_ns_),
      previous_manifest_hash_(std::move(other.previous_manifest_hash_)),
      unchanged_(std::move(other.unchanged_)),
      staging_complete_(other.staging_complete_) {
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
  std::string hash = content_hash(data);
  if (auto unchanged = unchanged_file(path, hash, data.size())) {
    std::lock_guard lock(mutex_);
    kept_.push_back(path);
    made_from_[path] = unchanged->text();
    unchanged_.insert(path);
    return true;
  }
  if (test_fault.write_fails_now()) {
    *error = tr(
        "cannot write {path}: {reason}",
        {{"path", (staging_ / path).string()}, {"reason", std::strerror(test_fault.write_errno)}});
    return false;
  }
  if (!staging_folder_->write(path, data, error)) return false;
  std::lock_guard lock(mutex_);
  staged_.push_back(path);
  made_from_[path] = FileStamp{std::move(hash), data.size()}.text();
  ++staged_count_;
  return true;
}

fs::path OutputWriter::current(const std::string& path) const {
  std::lock_guard lock(mutex_);
  return (unchanged_.contains(path) ? folder_ : staging_) / path;
}

bool OutputWriter::complete_staging(std::string* error) {
  std::call_once(staging_completed_, [&] {
    std::lock_guard lock(mutex_);
    std::error_code ec;
    for (const auto& path : unchanged_) {
      fs::create_directories((staging_ / path).parent_path(), ec);
      if (!ec) fs::create_hard_link(folder_ / path, staging_ / path, ec);
      if (ec) fs::copy_file(folder_ / path, staging_ / path, ec);  // another file system
      if (ec) {
        *error =
            tr("cannot copy {source} to {path}: {reason}", {{"source", (folder_ / path).string()},
                                                            {"path", (staging_ / path).string()},
                                                            {"reason", ec.message()}});
        return;
      }
    }
    staging_complete_ = true;
  });
  return staging_complete_;
}

std::optional<FileStamp> OutputWriter::unchanged_file(const std::string& path,
                                                      const std::string& hash,
                                                      std::size_t size) const {
  const auto previous = previous_.find(path);
  if (previous == previous_.end()) return std::nullopt;
  const auto recorded = FileStamp::parse(previous->second);
  if (!recorded || recorded->hash != hash || recorded->size != size) return std::nullopt;
  // The file on disk must still be the one written then: that size, older than the manifest
  // (replace_manifest), not a link.
  const auto on_disk = status_of(folder_ / path);
  if (!on_disk || on_disk->size != recorded->size ||
      on_disk->modified_ns >= previous_manifest_ns_ || !link_on_the_way(folder_, path).empty()) {
    return std::nullopt;
  }
  return recorded;
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
  std::map<std::string, std::string> current;
  for (const auto& path : all) {
    const auto made_from = made_from_.find(path);
    current.emplace(path, made_from == made_from_.end() ? std::string() : made_from->second);
  }
  std::vector<std::string> removed;
  for (const auto& [path, made_from] : previous_) {
    if (current.contains(path)) continue;
    if (mode_ == Mode::add) {
      current.emplace(path, made_from);
    } else {
      removed.push_back(path);
    }
  }
  const std::string manifest = manifest_text(current);
  // What this commit does, written before it starts: a build killed half way through it is
  // finished by the next one (finish_interrupted_commit), with nothing lost or left unlisted.
  std::string journal = std::string(kJournalHeader) + "\n/manifest\n" + manifest + "/move\n";
  for (const auto& path : staged_)
    journal += path + "\n";
  journal += "/delete\n";
  for (const auto& path : removed)
    journal += path + "\n";
  if (!write_file(staging_ / kJournalName, journal, error)) {
    abandon();
    return false;
  }
  fs::rename(staging_ / kJournalName, folder_ / kJournalName, ec);
  if (ec) {
    *error = tr("cannot write {path}: {reason}",
                {{"path", (folder_ / kJournalName).string()}, {"reason", ec.message()}});
    abandon();
    return false;
  }
  // From here on the output folder changes: a failure leaves the journal and the staged files
  // for the next build to finish the commit.
  if (!move_into_place(error)) {
    half_committed_ = true;
    staging_folder_.reset();
    finished_ = true;
    return false;
  }
  for (const auto& path : removed) {
    fs::remove(folder_ / path, ec);
    remove_empty_parents((folder_ / path).parent_path(), folder_);
  }
  removed_count_ = removed.size();
  // After a build that changed nothing the manifest stays too: its time is what tells the files
  // it lists from files edited on the host since.
  const bool nothing_changed =
      staged_.empty() && removed.empty() && content_hash(manifest) == previous_manifest_hash_;
  if (!nothing_changed && !replace_manifest(folder_, manifest, error)) {
    half_committed_ = true;
    finished_ = true;
    return false;
  }
  fs::remove(folder_ / kJournalName, ec);
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
    if (test_fault.move_fails_now()) ec = std::make_error_code(std::errc::io_error);
    if (!ec) fs::rename(staging_ / source, folder_ / source, ec);
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
  finished_ = true;
  if (half_committed_) return;  // the journal and the staged files finish it next time
  fs::remove_all(staging_, ec);
  if (created_folder_) fs::remove_all(folder_, ec);
}

}  // namespace almanac
