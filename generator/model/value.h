// A TOML document as plain data with the position of every value, free of the parser's types.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "model/date.h"

namespace almanac {

struct Value;
using ValueArray = std::vector<Value>;
// Keys keep the order of the file, so messages and themes see them as written.
using ValueTable = std::vector<std::pair<std::string, Value>>;

struct Value {
  enum class Type { string, integer, floating, boolean, date, date_time, time, array, table };

  Type type = Type::table;
  int line = 0;  // position in the file the value came from (1-based)
  int column = 0;
  std::string string;
  std::int64_t integer = 0;
  double floating = 0;
  bool boolean = false;
  DateTime date_time;  // for date (has_time false) and date_time
  std::shared_ptr<ValueArray> array;
  std::shared_ptr<ValueTable> table;

  [[nodiscard]] const Value* find(std::string_view key) const;
  [[nodiscard]] static const char* type_name(Type type);
  // The same type and content, wherever each was written.
  [[nodiscard]] bool same_as(const Value& other) const;
};

}  // namespace almanac
