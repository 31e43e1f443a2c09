#include "load/field_reader.h"

#include <algorithm>

#include "messages/messages.h"
#include "model/written_date.h"
#include "util/text.h"

namespace almanac {
namespace {

// What a value of each type is called in a message: "not an integer".
std::string type_text(Value::Type type) {
  switch (type) {
    case Value::Type::string:
      return tr("a string");
    case Value::Type::integer:
      return tr("an integer");
    case Value::Type::floating:
      return tr("a number with a fraction");
    case Value::Type::boolean:
      return tr("true or false");
    case Value::Type::date:
      return tr("a date");
    case Value::Type::date_time:
      return tr("a date with a time");
    case Value::Type::time:
      return tr("a time of day");
    case Value::Type::array:
      return tr("a list");
    case Value::Type::table:
      return tr("a table");
  }
  return "";
}

// `"a", "b" or "c"`, in the language of the messages.
std::string alternatives(const std::vector<std::string>& names) {
  std::string joiner = " ";
  joiner.append(tr("or")).append(" ");
  return quoted_alternatives(names, joiner);
}

std::string bracketed(std::string_view text) {
  std::string out(1, '[');
  out.append(text).push_back(']');
  return out;
}

}  // namespace

FieldReader::FieldReader(const Value& table, std::string path, std::string in_what,
                         SourcePosition whole, Diagnostics& diagnostics)
    : table_(table),
      path_(std::move(path)),
      in_what_(std::move(in_what)),
      whole_(std::move(whole)),
      diagnostics_(diagnostics) {}

SourcePosition FieldReader::position_of(const Value& value) const {
  return {path_, value.line, value.column};
}

const Value* FieldReader::take(std::string_view key, bool required, std::string_view example) {
  known_keys_.emplace_back(key);
  const Value* value = table_.find(key);
  if (!value && required) {
    diagnostics_.error(
        whole_,
        tr("missing required field \"{key}\" {in_what}: add a line {example}",
           {{"key", std::string(key)}, {"in_what", in_what_}, {"example", std::string(example)}}));
  }
  return value;
}

// The date the editor meant, written as TOML wants it, when a string reads as one
// ("08.10.2025" → starts = 2025-10-08); else the field's usual example.
std::string FieldReader::date_example(std::string_view key, const Value& value,
                                      std::string_view example) const {
  if (value.type != Value::Type::string) return std::string(example);
  const auto meant = read_written_date(value.string);
  return meant ? std::string(key) + " = " + meant->iso() : std::string(example);
}

void FieldReader::wrong_type(std::string_view key, const Value& value, std::string_view expected,
                             std::string_view example) {
  diagnostics_.error(position_of(value),
                     tr("\"{key}\" must be {expected}, not {found}; write it like {example}",
                        {{"key", std::string(key)},
                         {"expected", std::string(expected)},
                         {"found", type_text(value.type)},
                         {"example", std::string(example)}}));
}

std::optional<std::string> FieldReader::string(std::string_view key, bool required,
                                               std::string_view example) {
  const Value* value = take(key, required, example);
  if (!value) return std::nullopt;
  if (value->type != Value::Type::string) {
    wrong_type(key, *value, tr("a string in quotes"), example);
    return std::nullopt;
  }
  if (required && trim(value->string).empty()) {
    diagnostics_.error(position_of(*value),
                       tr("\"{key}\" must not be empty", {{"key", std::string(key)}}));
    return std::nullopt;
  }
  return value->string;
}

std::optional<DateTime> FieldReader::date_time(std::string_view key, bool required,
                                               std::string_view example) {
  const Value* value = take(key, required, example);
  if (!value) return std::nullopt;
  if (value->type == Value::Type::date || value->type == Value::Type::date_time) {
    return value->date_time;
  }
  if (value->type == Value::Type::string) {
    wrong_type(key, *value, tr("a date without quotes"), date_example(key, *value, example));
  } else {
    wrong_type(key, *value, tr("a date"), example);
  }
  return std::nullopt;
}

std::optional<Date> FieldReader::date(std::string_view key, bool required,
                                      std::string_view example) {
  const Value* value = take(key, required, example);
  if (!value) return std::nullopt;
  if (value->type == Value::Type::date) return value->date_time.date;
  wrong_type(key, *value,
             value->type == Value::Type::string ? tr("a date without quotes")
                                                : tr("a date (year-month-day, no time)"),
             date_example(key, *value, example));
  return std::nullopt;
}

std::optional<bool> FieldReader::boolean(std::string_view key, std::string_view example) {
  const Value* value = take(key, false, example);
  if (!value) return std::nullopt;
  if (value->type == Value::Type::boolean) return value->boolean;
  wrong_type(key, *value, tr("true or false"), example);
  return std::nullopt;
}

std::optional<std::int64_t> FieldReader::count(std::string_view key, std::string_view example) {
  const Value* value = take(key, false, example);
  if (!value) return std::nullopt;
  if (value->type != Value::Type::integer) {
    wrong_type(key, *value, tr("a whole number"), example);
    return std::nullopt;
  }
  if (value->integer < 0) {
    diagnostics_.error(position_of(*value),
                       tr("\"{key}\" is a count and cannot be negative (found {number})",
                          {{"key", std::string(key)}, {"number", std::to_string(value->integer)}}));
    return std::nullopt;
  }
  return value->integer;
}

std::vector<std::pair<std::string, SourcePosition>> FieldReader::located_strings(
    std::string_view key, std::string_view example) {
  std::vector<std::pair<std::string, SourcePosition>> result;
  const Value* value = take(key, false, example);
  if (!value) return result;
  if (value->type != Value::Type::array) {
    wrong_type(key, *value, tr("a list of strings"), example);
    return result;
  }
  for (const auto& item : *value->array) {
    if (result.size() == kMaxListItems) {
      diagnostics_.error(position_of(item),
                         tr("\"{key}\" lists more than {limit} items; almanac takes at most "
                            "{limit}: keep the main ones",
                            {{"key", std::string(key)}, {"limit", std::to_string(kMaxListItems)}}));
      break;
    }
    if (item.type != Value::Type::string) {
      wrong_type(key, item, tr("a list of strings"), example);
      continue;
    }
    if (trim(item.string).empty()) {
      diagnostics_.error(position_of(item), tr("\"{key}\" holds an empty string; remove it",
                                               {{"key", std::string(key)}}));
      continue;
    }
    result.emplace_back(item.string, position_of(item));
  }
  return result;
}

std::vector<std::string> FieldReader::strings(std::string_view key, std::string_view example) {
  std::vector<std::string> result;
  for (auto& [text, position] : located_strings(key, example))
    result.push_back(std::move(text));
  return result;
}

std::optional<int> FieldReader::choice(std::string_view key, const std::vector<Choice>& choices,
                                       bool required) {
  std::vector<std::string> names;
  for (const auto& c : choices)
    names.emplace_back(c.name);
  const std::string example = std::string(key) + " = \"" + names.front() + "\"";
  const Value* value = take(key, required, example);
  if (!value) return std::nullopt;
  if (value->type != Value::Type::string) {
    wrong_type(key, *value, tr("one of {choices}", {{"choices", alternatives(names)}}), example);
    return std::nullopt;
  }
  for (const auto& c : choices) {
    if (value->string == c.name) return c.value;
  }
  const auto guess = closest_match(value->string, names);
  diagnostics_.error(
      position_of(*value),
      guess ? tr("unknown {key} \"{value}\"; did you mean \"{guess}\"? Allowed: {choices}",
                 {{"key", std::string(key)},
                  {"value", value->string},
                  {"guess", *guess},
                  {"choices", alternatives(names)}})
            : tr("unknown {key} \"{value}\". Allowed: {choices}",
                 {{"key", std::string(key)},
                  {"value", value->string},
                  {"choices", alternatives(names)}}));
  return std::nullopt;
}

std::vector<const Value*> FieldReader::tables(std::string_view key, std::string_view example) {
  std::vector<const Value*> result;
  const Value* value = take(key, false, example);
  if (!value) return result;
  if (value->type != Value::Type::array) {
    wrong_type(key, *value, tr("a list of tables"), example);
    return result;
  }
  for (const auto& item : *value->array) {
    if (item.type != Value::Type::table) {
      wrong_type(key, item, tr("a list of tables"), example);
      continue;
    }
    result.push_back(&item);
  }
  return result;
}

const Value* FieldReader::section(std::string_view key) {
  const std::string example = bracketed(key);
  const Value* value = take(key, false, example);
  if (!value || value->type == Value::Type::table) return value;
  wrong_type(key, *value, tr("a table"), example);
  return nullptr;
}

Value FieldReader::free_table(std::string_view key) {
  const std::string example = bracketed(key);
  const Value* value = take(key, false, example);
  if (!value) return Value{};
  if (value->type != Value::Type::table) {
    wrong_type(key, *value, tr("a table"), example);
    return Value{};
  }
  free_tables_.emplace_back(std::string(key), value);
  return *value;
}

void FieldReader::report_unknown_keys() {
  if (!table_.table) return;
  // In TOML every line below a [table] header belongs to that table: a field written under
  // [extra] would silently leave the entry.
  for (const auto& [name, table] : free_tables_) {
    if (!table->table) continue;
    for (const auto& [key, value] : *table->table) {
      if (key == name ||
          std::find(known_keys_.begin(), known_keys_.end(), key) == known_keys_.end()) {
        continue;
      }
      diagnostics_.error(
          position_of(value),
          tr("\"{key}\" is below the [{table}] line (line {line}), so TOML counts "
             "it as part of [{table}] and not as a field; move the line above "
             "[{table}]",
             {{"key", key}, {"table", name}, {"line", std::to_string(table->line)}}));
    }
  }
  for (const auto& [key, value] : *table_.table) {
    if (std::find(known_keys_.begin(), known_keys_.end(), key) != known_keys_.end()) continue;
    std::string allowed;
    for (const auto& k : known_keys_)
      allowed += (allowed.empty() ? "" : ", ") + k;
    const auto guess = closest_match(key, known_keys_);
    diagnostics_.error(
        position_of(value),
        guess ? tr("unknown key \"{key}\" {in_what}; did you mean \"{guess}\"? Allowed keys: "
                   "{keys}",
                   {{"key", key}, {"in_what", in_what_}, {"guess", *guess}, {"keys", allowed}})
              : tr("unknown key \"{key}\" {in_what}. Allowed keys: {keys}",
                   {{"key", key}, {"in_what", in_what_}, {"keys", allowed}}));
  }
}

}  // namespace almanac
