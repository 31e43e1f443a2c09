#include "toml/toml_reader.h"

#include <toml++/toml.h>

#include "messages/messages.h"
#include "toml/toml_limits.h"
#include "toml/toml_mistakes.h"
#include "util/utf8.h"

namespace almanac {
namespace {

struct Converter {
  int line_offset;
  const std::string& path;
  Diagnostics& diagnostics;
  bool ok = true;

  void place(Value& value, const toml::node& node) const {
    const auto& begin = node.source().begin;
    value.line = static_cast<int>(begin.line) + line_offset;
    value.column = static_cast<int>(begin.column);
  }

  // An escape such as "\u0007" that makes an invisible control character, which the feeds and
  // calendars could not carry (XML 1.0 and iCalendar forbid them).
  void check_text(const Value& value) {
    const auto problem = find_text_problem(value.string);
    if (!problem) return;
    diagnostics.error(
        {path, value.line, value.column},
        tr("the text holds an invisible control character ({code}), written as an escape; "
           "delete it",
           {{"code", code_point_name(static_cast<unsigned char>(value.string[problem->offset]))}}));
    ok = false;
  }

  Value convert(const toml::node& node) {
    Value value;
    place(value, node);
    switch (node.type()) {
      case toml::node_type::table: {
        value.type = Value::Type::table;
        value.table = std::make_shared<ValueTable>();
        for (const auto& [key, child] : *node.as_table()) {
          Value converted = convert(child);
          // A key's position is where the reader typed it, which is where an error belongs.
          const auto& key_begin = key.source().begin;
          if (key_begin.line > 0 && child.type() != toml::node_type::table) {
            converted.line = static_cast<int>(key_begin.line) + line_offset;
            converted.column = static_cast<int>(key_begin.column);
          }
          value.table->emplace_back(std::string(key.str()), std::move(converted));
        }
        break;
      }
      case toml::node_type::array:
        value.type = Value::Type::array;
        value.array = std::make_shared<ValueArray>();
        for (const auto& child : *node.as_array())
          value.array->push_back(convert(child));
        break;
      case toml::node_type::string:
        value.type = Value::Type::string;
        value.string = node.as_string()->get();
        check_text(value);
        break;
      case toml::node_type::integer:
        value.type = Value::Type::integer;
        value.integer = node.as_integer()->get();
        break;
      case toml::node_type::floating_point:
        value.type = Value::Type::floating;
        value.floating = node.as_floating_point()->get();
        break;
      case toml::node_type::boolean:
        value.type = Value::Type::boolean;
        value.boolean = node.as_boolean()->get();
        break;
      case toml::node_type::date: {
        const auto& d = node.as_date()->get();
        value.type = Value::Type::date;
        value.date_time.date = Date{d.year, d.month, d.day};
        break;
      }
      case toml::node_type::date_time: {
        const auto& dt = node.as_date_time()->get();
        value.type = Value::Type::date_time;
        value.date_time = DateTime{Date{dt.date.year, dt.date.month, dt.date.day}, true,
                                   dt.time.hour, dt.time.minute, dt.time.second};
        break;
      }
      case toml::node_type::time:
        value.type = Value::Type::time;
        break;
      case toml::node_type::none:
        break;
    }
    return value;
  }
};

}  // namespace

std::optional<Value> read_toml(std::string_view text, const std::string& path, int first_line,
                               Diagnostics& diagnostics) {
  if (const auto beyond = toml_beyond_limits(text, first_line)) {
    diagnostics.error({path, beyond->line, beyond->column}, beyond->message);
    return std::nullopt;
  }
  try {
    const toml::table table = toml::parse(text, std::string_view(path));
    Converter converter{first_line - 1, path, diagnostics};
    Value root = converter.convert(table);
    if (!converter.ok) return std::nullopt;
    root.line = first_line;
    root.column = 1;
    return root;
  } catch (const toml::parse_error& error) {
    // The commonest mistakes get a message that says what to write; the parser's is for the
    // rest.
    const auto mistakes = find_toml_mistakes(text, first_line);
    for (const auto& mistake : mistakes)
      diagnostics.error({path, mistake.line, mistake.column}, mistake.message);
    if (!mistakes.empty()) return std::nullopt;
    const auto& begin = error.source().begin;
    diagnostics.error(
        {path, static_cast<int>(begin.line) + first_line - 1, static_cast<int>(begin.column)},
        tr("invalid TOML: {reason}", {{"reason", std::string(error.description())}}));
    return std::nullopt;
  }
}

}  // namespace almanac
