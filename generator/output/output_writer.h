// Writes a build into the output folder all at once: pages go to a staging folder first and
// are moved into place only when every page is ready, so a failed build changes nothing.
#pragma once

#include <atomic>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "output/build_lock.h"
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

  // Stages one file; safe from many threads. `path` is relative, with "/" separators.
  [[nodiscard]] bool write(const std::string& path, std::string_view data, std::string* error);
  // Stages a copy of the file at `source` (a photo beside an entry), without reading it into
  // memory.
  [[nodiscard]] bool copy(const std::string& path, const std::filesystem::path& source,
                          std::string* error);
  // Moves every staged file into place, removes what the previous build wrote and this one did
  // not, and records the new manifest.
  [[nodiscard]] bool commit(std::string* error);
  // Forgets the staged files; the output folder stays as it was.
  void abandon();

  [[nodiscard]] std::size_t staged_count() const { return staged_count_; }
  [[nodiscard]] std::size_t kept_count() const { return kept_.size(); }
  // After a failed commit: it failed half way, so the output folder holds part of this build
  // (and the next build finishes the commit); else the folder was not changed.
  [[nodiscard]] bool half_committed() const { return half_committed_; }

 private:
  OutputWriter() = default;
  bool move_into_place(std::string* error);

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
  std::mutex mutex_;
  std::vector<std::string> staged_;
  std::vector<std::string> kept_;                 // from the previous build, untouched
  std::map<std::string, std::string> made_from_;  // of adopted and kept files
  std::atomic<std::size_t> staged_count_{0};
};

// Finishes the commit a build killed half way left in `folder` (its journal is there); true
// when there was none or it is finished.
[[nodiscard]] bool finish_interrupted_commit(const std::filesystem::path& folder,
                                             std::string* error);

// A path almanac may write: relative, no "..", no empty or hidden parts, no control characters.
[[nodiscard]] bool is_safe_output_path(std::string_view path);

}  // namespace almanac
