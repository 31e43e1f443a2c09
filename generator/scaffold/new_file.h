// `almanac new`: an entry or an organization file started from scaffold/new/, with the
// required fields filled in and marked and the optional ones written out, commented out, each
// with a line saying what it is, in Russian, for the editors.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "model/date.h"

namespace almanac {

struct NewFile {
  std::string kind;   // conference, collaboration, internship, page or organization
  std::string title;  // an entry's title, or an organization's name
  std::string slug;   // the file's name without its extension: from the title when empty
  Date date;          // the publication date written in an entry
};

// The kinds `new` knows, as the command line names them.
[[nodiscard]] const std::vector<std::string>& new_file_kinds();

// Writes the file into the site folder `site` and returns its path relative to the site
// (content/conferences/mir-pediatrov.md); on a problem, empty, with `error` saying what to do.
// Never overwrites a file.
[[nodiscard]] std::string write_new_file(const std::filesystem::path& site, const NewFile& file,
                                         std::string* error);

}  // namespace almanac
