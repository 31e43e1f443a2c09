// Reads the fields of one TOML table strictly: right types, required fields, no unknown keys.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/names.h"
#include "model/value.h"
#include "util/diagnostics.h"

namespace almanac {

// Items in one list of names (topics, countries, partners): each may make a page of its own, so
// a list of 60,000 topics in one file took 6 s; no real entry comes near.
inline constexpr std::size_t kMaxListItems = 250;

struct Choice {
  std::string_view name;
  int value;
};

class FieldReader {
 public:
  // `in_what` places the table in messages ("in a conference", translated); `whole` is where
  // problems with the table as a whole (a missing field) are reported.
  FieldReader(const Value& table, std::string path, std::string in_what, SourcePosition whole,
              Diagnostics& diagnostics);

  // Each getter takes an example of a correct line, which error messages show the editor.
  std::optional<std::string> string(std::string_view key, bool required, std::string_view example);
  std::optional<DateTime> date_time(std::string_view key, bool required, std::string_view example);
  std::optional<Date> date(std::string_view key, bool required, std::string_view example);
  std::optional<bool> boolean(std::string_view key, std::string_view example);
  std::optional<std::int64_t> count(std::string_view key, std::string_view example);
  std::vector<std::string> strings(std::string_view key, std::string_view example);
  // Like strings(), with the position of each, for checks against other files.
  std::vector<std::pair<std::string, SourcePosition>> located_strings(std::string_view key,
                                                                      std::string_view example);
  std::optional<int> choice(std::string_view key, const std::vector<Choice>& choices,
                            bool required);
  // One of the names in `table`; `fallback` when the key is absent or wrong (wrong is reported).
  template <typename Enum, std::size_t N>
  Enum choice(std::string_view key, const Named<Enum> (&table)[N], bool required, Enum fallback) {
    std::vector<Choice> choices;
    for (const auto& named : table)
      choices.push_back({named.name, static_cast<int>(named.value)});
    const auto value = choice(key, choices, required);
    return value ? static_cast<Enum>(*value) : fallback;
  }
  // Arrays of tables such as people = [{ name = "...", role = "..." }].
  std::vector<const Value*> tables(std::string_view key, std::string_view example);
  // A table whose keys the caller reads with a FieldReader of its own ([markdown]); nullptr when
  // it is absent or not a table (reported).
  const Value* section(std::string_view key);
  // A free table whose keys are not checked ([extra]).
  Value free_table(std::string_view key);

  // Counts `key` as known without reading it (a caller that checks it its own way).
  void accept(std::string_view key) { known_keys_.emplace_back(key); }

  // Reports every key that no getter asked for, and every field that a free table holds because
  // it was written below the table's header.
  void report_unknown_keys();

  [[nodiscard]] SourcePosition position_of(const Value& value) const;
  [[nodiscard]] const std::string& path() const { return path_; }
  [[nodiscard]] Diagnostics& diagnostics() { return diagnostics_; }

 private:
  const Value* take(std::string_view key, bool required, std::string_view example);
  void wrong_type(std::string_view key, const Value& value, std::string_view expected,
                  std::string_view example);
  std::string date_example(std::string_view key, const Value& value,
                           std::string_view example) const;

  const Value& table_;
  std::string path_;
  std::string in_what_;
  SourcePosition whole_;
  Diagnostics& diagnostics_;
  std::vector<std::string> known_keys_;
  std::vector<std::pair<std::string, const Value*>> free_tables_;  // read by free_table()
};

}  // namespace almanac
