// Errors and warnings about a site's files, collected so that one run reports every problem at
// once.
#pragma once

#include <mutex>
#include <string>
#include <vector>

namespace almanac {

struct SourcePosition {
  std::string path;  // as the user should see it, relative to the site folder
  int line = 0;      // 1-based; 0 when the problem concerns the whole file
  int column = 0;    // 1-based; 0 when unknown
};

enum class Severity { error, warning };

struct Diagnostic {
  Severity severity = Severity::error;
  SourcePosition position;
  std::string message;

  // `path:line:column: error: message`, the form compilers use and editors can jump to.
  [[nodiscard]] std::string to_string() const;
};

// Thread-safe, because files are loaded in parallel; sorted before printing so output is stable.
class Diagnostics {
 public:
  void error(SourcePosition position, std::string message);
  void warning(SourcePosition position, std::string message);
  void add(Diagnostic diagnostic);
  void append(const Diagnostics& other);

  [[nodiscard]] bool has_errors() const;
  [[nodiscard]] std::size_t error_count() const;
  [[nodiscard]] std::size_t warning_count() const;
  // Sorted by path, line, column, so that parallel loading prints in a stable order.
  [[nodiscard]] std::vector<Diagnostic> sorted() const;

 private:
  mutable std::mutex mutex_;
  std::vector<Diagnostic> items_;
};

}  // namespace almanac
