#include "cli/problem_formats.h"

#include <filesystem>
#include <set>

#include "messages/messages.h"
#include "util/content_hash.h"
#include "util/text.h"

namespace almanac {
namespace {

// A file's problems after these are counted, not shown, as a compiler does: a pasted text full
// of broken links does not push the other files' messages out of view.
constexpr int kMessagesShownPerFile = 20;

std::string path_from(std::string_view folder, const std::string& path) {
  if (folder.empty() || folder == ".") return path;
  return (std::filesystem::path(folder) / path).lexically_normal().generic_string();
}

std::string_view severity_name(Severity severity) {
  return severity == Severity::error ? "error" : "warning";
}

// GitHub's escaping of a workflow command's message; `property` also escapes what separates
// the command's properties.
std::string github_escaped(std::string_view text, bool property) {
  std::string out;
  for (const char c : text) {
    if (c == '%') {
      out += "%25";
    } else if (c == '\r') {
      out += "%0D";
    } else if (c == '\n') {
      out += "%0A";
    } else if (property && c == ':') {
      out += "%3A";
    } else if (property && c == ',') {
      out += "%2C";
    } else {
      out += c;
    }
  }
  return out;
}

void append_json_number_or_null(std::string& out, int value) {
  out += value > 0 ? std::to_string(value) : "null";
}

}  // namespace

const std::vector<std::string>& problem_format_names() {
  static const std::vector<std::string> names = {"text", "github", "gitlab", "json"};
  return names;
}

ProblemFormat problem_format_named(std::string_view name) {
  if (name == "github") return ProblemFormat::github;
  if (name == "gitlab") return ProblemFormat::gitlab;
  if (name == "json") return ProblemFormat::json;
  return ProblemFormat::text;
}

void print_problems_as_text(const std::vector<Diagnostic>& problems, bool quiet,
                            std::ostream& out) {
  for (std::size_t i = 0; i < problems.size();) {
    const std::string& path = problems[i].position.path;
    std::int64_t shown = 0;
    std::int64_t hidden = 0;
    for (; i < problems.size() && problems[i].position.path == path; ++i) {
      if (quiet && problems[i].severity == Severity::warning) continue;
      if (shown < kMessagesShownPerFile) {
        out << problems[i].to_string() << "\n";
        ++shown;
      } else {
        ++hidden;
      }
    }
    if (hidden > 0) {
      out << path << ": "
          << trn("and {count} more problem in this file",
                 "and {count} more problems in "
                 "this file",
                 hidden)
          << "\n";
    }
  }
}

std::string github_commands(const std::vector<Diagnostic>& problems, std::string_view folder) {
  std::string out;
  for (const Diagnostic& problem : problems) {
    out += "::";
    out += severity_name(problem.severity);
    out += " file=" + github_escaped(path_from(folder, problem.position.path), true);
    if (problem.position.line > 0) {
      out += ",line=" + std::to_string(problem.position.line);
      if (problem.position.column > 0) out += ",col=" + std::to_string(problem.position.column);
    }
    out += ",title=almanac::" + github_escaped(problem.message, false) + "\n";
  }
  return out;
}

std::string gitlab_code_quality(const std::vector<Diagnostic>& problems, std::string_view folder) {
  std::string out = "[";
  std::set<std::string> fingerprints;
  for (std::size_t i = 0; i < problems.size(); ++i) {
    const Diagnostic& problem = problems[i];
    const std::string path = path_from(folder, problem.position.path);
    const std::string line = std::to_string(problem.position.line);
    const std::string column = std::to_string(problem.position.column);
    // The same problem twice at one place still gets a fingerprint of its own: GitLab shows
    // one problem per fingerprint.
    std::string fingerprint;
    for (int repeat = 0; fingerprint.empty() || !fingerprints.insert(fingerprint).second;
         ++repeat) {
      fingerprint = content_hash_of_parts({severity_name(problem.severity), path, line, column,
                                           problem.message, std::to_string(repeat)});
    }
    out += i ? ",\n  {" : "\n  {";
    out += "\n    \"description\": ";
    append_json_string(out, problem.message);
    out += ",\n    \"check_name\": ";
    append_json_string(out, std::string("almanac-") + std::string(severity_name(problem.severity)));
    out += ",\n    \"fingerprint\": ";
    append_json_string(out, fingerprint);
    // GitLab's scale runs info, minor, major, critical, blocker: an error stops the build.
    out += ",\n    \"severity\": ";
    append_json_string(out, problem.severity == Severity::error ? "major" : "minor");
    out += ",\n    \"location\": {\n      \"path\": ";
    append_json_string(out, path);
    // A problem with the whole file is shown on its first line.
    out += ",\n      \"lines\": {\"begin\": " + std::to_string(std::max(1, problem.position.line)) +
           "}\n    }\n  }";
  }
  out += problems.empty() ? "]\n" : "\n]\n";
  return out;
}

std::string json_lines(const std::vector<Diagnostic>& problems, std::string_view folder) {
  std::string out;
  for (const Diagnostic& problem : problems) {
    out += "{\"severity\": ";
    append_json_string(out, severity_name(problem.severity));
    out += ", \"path\": ";
    append_json_string(out, path_from(folder, problem.position.path));
    out += ", \"line\": ";
    append_json_number_or_null(out, problem.position.line);
    out += ", \"column\": ";
    append_json_number_or_null(out, problem.position.column);
    out += ", \"message\": ";
    append_json_string(out, problem.message);
    out += "}\n";
  }
  return out;
}

}  // namespace almanac
