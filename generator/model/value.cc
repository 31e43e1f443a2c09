#include "model/value.h"

namespace almanac {

const Value* Value::find(std::string_view key) const {
  if (type != Type::table || !table) return nullptr;
  for (const auto& [name, value] : *table) {
    if (name == key) return &value;
  }
  return nullptr;
}

bool Value::same_as(const Value& other) const {
  if (type != other.type) return false;
  switch (type) {
    case Type::string:
      return string == other.string;
    case Type::integer:
      return integer == other.integer;
    case Type::floating:
      return floating == other.floating;
    case Type::boolean:
      return boolean == other.boolean;
    case Type::date:
    case Type::date_time:
      return date_time == other.date_time;
    case Type::time:
      return true;
    case Type::array: {
      if (array->size() != other.array->size()) return false;
      for (std::size_t i = 0; i < array->size(); ++i) {
        if (!(*array)[i].same_as((*other.array)[i])) return false;
      }
      return true;
    }
    case Type::table: {
      const std::size_t size = table ? table->size() : 0;
      const std::size_t other_size = other.table ? other.table->size() : 0;
      if (size != other_size) return false;
      for (std::size_t i = 0; i < size; ++i) {
        const Value* match = other.find((*table)[i].first);
        if (!match || !(*table)[i].second.same_as(*match)) return false;
      }
      return true;
    }
  }
  return false;
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
