#include "model/value.h"

namespace almanac {

const Value* Value::find(std::string_view key) const {
  if (type != Type::table || !table) return nullptr;
  for (const auto& [name, value] : *table) {
    if (name == key) return &value;
  }
  return nullptr;
}

const char* Value::type_name(Type type) {
  switch (type) {
    case Type::string:
      return "a string";
    case Type::integer:
      return "an integer";
    case Type::floating:
      return "a number";
    case Type::boolean:
      return "true or false";
    case Type::date:
      return "a date";
    case Type::date_time:
      return "a date with a time";
    case Type::time:
      return "a time of day";
    case Type::array:
      return "an array";
    case Type::table:
      return "a table";
  }
  return "a value";
}

}  // namespace almanac
