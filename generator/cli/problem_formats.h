// The problems a build or check found, printed for a person or for the CI host that runs
// `almanac check`: GitHub Actions' workflow commands, which annotate the changed lines of a pull
// request; GitLab's Code Quality report, which a merge request shows; or JSON, one problem per
// line, for any other tool.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "util/diagnostics.h"

namespace almanac {

enum class ProblemFormat { text, github, gitlab, json };

// "text", "github", "gitlab", "json": the values of --format.
[[nodiscard]] const std::vector<std::string>& problem_format_names();
[[nodiscard]] ProblemFormat problem_format_named(std::string_view name);

// `path:line:column: error: message`, sorted, in the user's language; a file's problems after
// its twentieth are counted, not shown. With `quiet`, errors alone.
void print_problems_as_text(const std::vector<Diagnostic>& problems, bool quiet, std::ostream& out);

// The machine formats. Positions are relative to the site folder; `folder` ("" for the
// current one) is put before them, so that they name files from where the command ran, as
// both hosts expect of a repository's files.
[[nodiscard]] std::string github_commands(const std::vector<Diagnostic>& problems,
                                          std::string_view folder);
[[nodiscard]] std::string gitlab_code_quality(const std::vector<Diagnostic>& problems,
                                              std::string_view folder);
[[nodiscard]] std::string json_lines(const std::vector<Diagnostic>& problems,
                                     std::string_view folder);

}  // namespace almanac
