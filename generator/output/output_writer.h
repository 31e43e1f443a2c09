// Writes a build into the output folder all at once: pages go to a staging folder first and
// are moved into place only when every page is ready, so a failed build changes nothing.
#pragma once

#include <atomic>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "output/build_lock.h"
#include "output/file_stamp.h"
#include "util/file_system.h"

namespace almanac {

class OutputWriter {
 public:
  // The list of files the last build wrote, kept in the output folder: a path a line, and for
  // a file made from other files (a report's PDF), a tab and what it was made from.
  static constexpr const char* kManifestName = ".almanac-manifest";
  static constexpr const char* kStagingName = ".almanac-staging";
  // What a commit in progress does (files to move and remove, the manifest to write), so that a
  // build that finds it finishes the commit a killed build left half done.
  static constexpr const char* kJournalName = ".almanac-journal";
  // How long a build waits for another one writing into the same folder.
  static constexpr double kLockWaitSeconds = 5;

  // Whether the files of the previous build that this one does not write are removed (a whole
  // build) or kept (adding one report).
  enum class Mode { replace, add };

  // Refuses a folder that holds files (dot-files aside) but no manifest, unless `force`: those
  // files are someone else's.
  [[nodiscard]] static std::optional<OutputWriter> open(const std::filesystem::path& folder,
                                                        bool force, std::string* error,
                                                        Mode mode = Mode::replace);

  // The staging folder, where files written so far can be read (and tools can add files).
  [[nodiscard]] const std::filesystem::path& staging() const { return staging_; }
  // Where this build's file at `path` is now: in the staging folder, or, if the previous build
  // wrote the same bytes, still in the output folder.
  [[nodiscard]] std::filesystem::path current(const std::string& path) const;
  // Links every file left unchanged into the staging folder too, so that a tool reading it
  // (WeasyPrint, following a report's link to its style sheet) finds every file of the build.
  // The links go with the staging folder; safe from many threads, done once.
  [[nodiscard]] bool complete_staging(std::string* error);
  // Counts a file a tool wrote into the staging folder itself as written, with what it was
  // made from (recorded in the manifest; may be empty).
  void adopt(const std::string& path, std::string made_from = "");
  // What the previous build recorded `path` was made from ("" when nothing), when that build
  // wrote the file and it is still in the output folder.
  [[nodiscard]] std::optional<std::string> previous_made_from(const std::string& path) const;
  // Keeps the file the previous build wrote at `path` as this build's, untouched (a PDF whose
  // report did not change). Safe from many threads.
  void keep(const std::string& path, std::string made_from);

  OutputWriter(OutputWriter&& other) noexcept;
  ~OutputWriter();

  // Stages one file; safe from many threads. `path` is relative, with "/" separators. A file
  // the previous build wrote with the same bytes, still as it left it, is kept instead.
  [[nodiscard]] bool write(const std::string& path, std::string_view data, std::string* error);
  // Moves every staged file into place, removes what the previous build wrote and this one did
  // not, and records the new manifest.
  [[nodiscard]] bool commit(std::string* error);
  // Forgets the staged files; the output folder stays as it was.
  void abandon();

  // Files written into the staging folder (new or changed), files left in place because the
  // previous build wrote the same bytes (counted among the kept ones too), files kept (those
  // and the PDFs of unchanged reports), and files of the previous build removed by the commit.
  [[nodiscard]] std::size_t staged_count() const { return staged_count_; }
  [[nodiscard]] std::size_t unchanged_count() const {
    std::lock_guard lock(mutex_);
    return unchanged_.size();
  }
  [[nodiscard]] std::size_t kept_count() const { return kept_.size(); }
  [[nodiscard]] std::size_t removed_count() const { return removed_count_; }
  // After a failed commit: it failed half way, so the output folder holds part of this build
  // (and the next build finishes the commit); else the folder was not changed.
  [[nodiscard]] bool half_committed() const { return half_committed_; }

 private:
  OutputWriter() = default;
  bool move_into_place(std::string* error);
  // The stamp of the file the previous build wrote at `path`, when it has these bytes and is
  // still on disk as written.
  [[nodiscard]] std::optional<FileStamp> unchanged_file(const std::string& path,
                                                        const std::string& hash,
                                                        std::size_t size) const;

  std::filesystem::path folder_;
  std::filesystem::path staging_;
  std::optional<WritableFolder> staging_folder_;  // staging_, held open while pages are written
  std::optional<BuildLock> lock_;                 // held until the writer goes
  bool created_folder_ = false;
  bool force_ = false;
  Mode mode_ = Mode::replace;
  bool finished_ = false;
  bool half_committed_ = false;
  std::map<std::string, std::string> previous_;  // the old manifest: path → made from
  mutable std::mutex mutex_;
  std::vector<std::string> staged_;
  std::vector<std::string> kept_;                 // from the previous build, untouched
  std::map<std::string, std::string> made_from_;  // of adopted and kept files
  std::atomic<std::size_t> staged_count_{0};
  std::size_t removed_count_ = 0;
  std::int64_t previous_manifest_ns_ = 0;  // when the previous build wrote its manifest
  std::string previous_manifest_hash_;     // of its text, to leave it alone when it would stay
  std::set<std::string> unchanged_;        // among kept_: written with the same bytes
  std::once_flag staging_completed_;
  bool staging_complete_ = false;
};

// Finishes the commit a build killed half way left in `folder` (its journal is there); true
// when there was none or it is finished.
[[nodiscard]] bool finish_interrupted_commit(const std::filesystem::path& folder,
                                             std::string* error);

// A path almanac may write: relative, no "..", no empty or hidden parts, no control characters.
[[nodiscard]] bool is_safe_output_path(std::string_view path);

}  // namespace almanac
