#include "render/view_data.h"

namespace almanac {

using Type = ViewData::type;

namespace {

// kainjow hands out no access to an object's map, and its operator[] first makes every new
// value an empty object (a map allocated and freed again). The map is reached through an
// explicit instantiation, which may name a private member ([temp.spec.general]).
using Object = kainjow::mustache::basic_object<std::string>;
using ObjectMember = std::unique_ptr<Object> ViewData::*;
Object& object_of(ViewData& data);
template <ObjectMember member>
struct ObjectOf {
  friend Object& object_of(ViewData& data) { return *(data.*member); }
};
template struct ObjectOf<&ViewData::obj_>;

}  // namespace

// kainjow's operator[] makes a missing key an empty object: one lookup, where set() and get()
// take three.
ViewData& add_object(ViewData& parent, const std::string& key) {
  ViewData& object = parent[key];
  if (!object.is_empty_object()) object = ViewData(Type::object);
  return object;
}

ViewData& add_list(ViewData& parent, const std::string& key, std::size_t capacity) {
  put(parent, "has_" + key, true);
  ViewData& list = object_of(parent).insert_or_assign(key, ViewData(Type::list)).first->second;
  // The data is ours and not const; kainjow only hands out const access to it.
  const_cast<kainjow::mustache::basic_list<std::string>&>(list.list_value()).reserve(capacity);
  return list;
}

ViewData& append_object(ViewData& list) {
  auto& items = const_cast<kainjow::mustache::basic_list<std::string>&>(list.list_value());
  items.emplace_back(Type::object);
  return items.back();
}

void set_text(ViewData& data, const std::string& key, std::string text) {
  if (!text.empty()) put(data, key, std::move(text));
}

void put(ViewData& data, const std::string& key, ViewData&& value) {
  object_of(data).insert_or_assign(key, std::move(value));
}

void put(ViewData& data, const std::string& key, std::string text) {
  ViewData value(Type::string);
  const_cast<std::string&>(value.string_value()) = std::move(text);
  put(data, key, std::move(value));
}

void put(ViewData& data, const std::string& key, const char* text) {
  put(data, key, std::string(text));
}

void put(ViewData& data, const std::string& key, bool flag) {
  put(data, key, ViewData(flag));
}

ViewData from_value(const Value& value) {
  switch (value.type) {
    case Value::Type::string:
      return ViewData(value.string);
    case Value::Type::integer:
      return ViewData(std::to_string(value.integer));
    case Value::Type::floating:
      return ViewData(std::to_string(value.floating));
    case Value::Type::boolean:
      return ViewData(value.boolean);
    case Value::Type::date:
    case Value::Type::date_time:
      return ViewData(value.date_time.iso());
    case Value::Type::time:
      return ViewData(std::string());
    case Value::Type::array: {
      ViewData items(Type::list);
      for (const auto& item : *value.array)
        items.push_back(from_value(item));
      return items;
    }
    case Value::Type::table: {
      ViewData table(Type::object);
      if (value.table) {
        for (const auto& [key, item] : *value.table)
          put(table, key, from_value(item));
      }
      return table;
    }
  }
  return ViewData(std::string());
}

}  // namespace almanac
