// Building kainjow view data in place. Its set() and push_back() copy whole subtrees, and its
// lists copy every item when they grow, so children are added empty and filled where they live.
#pragma once

#include <string>

#include "model/value.h"
#include "render/templates.h"

namespace almanac {

// A new empty object under `key` of `parent`, to fill in place.
ViewData& add_object(ViewData& parent, const std::string& key);
// A new list under `key` with room for `capacity` items, and the flag `has_<key>`, which
// templates use to wrap a list only when it has items.
ViewData& add_list(ViewData& parent, const std::string& key, std::size_t capacity);
// A new empty object at the end of `list` (made by add_list, so it never reallocates).
ViewData& append_object(ViewData& list);

// Mustache treats an empty string as true in a section, so empty values are left out instead.
void set_text(ViewData& data, const std::string& key, std::string text);

// data[key] = value. Unlike kainjow's set(), which copies its value twice (a whole subtree, for a
// list or an object), these move it in: most of a page's data is set once and read once.
void put(ViewData& data, const std::string& key, std::string text);
void put(ViewData& data, const std::string& key, const char* text);  // not taken as a bool
void put(ViewData& data, const std::string& key, bool flag);
void put(ViewData& data, const std::string& key, ViewData&& value);

// A TOML value (the [extra] tables, the interface strings) as view data.
ViewData from_value(const Value& value);

}  // namespace almanac
