#include "util/diagnostics.h"

#include <algorithm>
#include <tuple>

#include "messages/messages.h"

namespace almanac {

std::string Diagnostic::to_string() const {
  std::string text = position.path;
  if (position.line > 0) {
    text.append(":").append(std::to_string(position.line));
    if (position.column > 0) text.append(":").append(std::to_string(position.column));
  }
  text.append(": ").append(severity == Severity::error ? tr("error") : tr("warning")).append(": ");
  text += message;
  return text;
}

void Diagnostics::error(SourcePosition position, std::string message) {
  add({Severity::error, std::move(position), std::move(message)});
}

void Diagnostics::warning(SourcePosition position, std::string message) {
  add({Severity::warning, std::move(position), std::move(message)});
}

void Diagnostics::add(Diagnostic diagnostic) {
  std::lock_guard lock(mutex_);
  items_.push_back(std::move(diagnostic));
}

void Diagnostics::append(const Diagnostics& other) {
  for (auto& diagnostic : other.sorted())
    add(diagnostic);
}

bool Diagnostics::has_errors() const {
  return error_count() > 0;
}

std::size_t Diagnostics::error_count() const {
  std::lock_guard lock(mutex_);
  return std::count_if(items_.begin(), items_.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::error; });
}

std::size_t Diagnostics::warning_count() const {
  std::lock_guard lock(mutex_);
  return std::count_if(items_.begin(), items_.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::warning; });
}

std::vector<Diagnostic> Diagnostics::sorted() const {
  std::vector<Diagnostic> copy;
  {
    std::lock_guard lock(mutex_);
    copy = items_;
  }
  std::stable_sort(copy.begin(), copy.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.position.path, a.position.line, a.position.column, a.message) <
           std::tie(b.position.path, b.position.line, b.position.column, b.message);
  });
  return copy;
}

}  // namespace almanac
