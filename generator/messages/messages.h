// What almanac says to people, in their language: every diagnostic and command-line message
// goes through tr(). The catalogs are GNU gettext's: po/<language>.po in the repository,
// compiled by msgfmt at build time into locale/<language>/LC_MESSAGES/almanac.mo beside the
// program. English is the text in the code.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace almanac {

struct MessageArgument {
  std::string_view name;  // the placeholder {name} in the message
  std::string value;
};

// The message `english` in the language chosen, with each {name} replaced by its value.
// Translators see the placeholders and may move them.
[[nodiscard]] std::string tr(const char* english,
                             std::initializer_list<MessageArgument> arguments = {});

// The same for a message about `count` things: `one` or `other` in English, the language's
// plural forms in a translation ("1 страница", "3 страницы", "5 страниц"). {count} is filled in.
[[nodiscard]] std::string trn(const char* one, const char* other, std::int64_t count,
                              std::initializer_list<MessageArgument> arguments = {});

// Marks a message to be translated later, where it is chosen before it is said: pass it to tr().
// (gettext's N_; the test of the catalog gathers both.)
[[nodiscard]] constexpr const char* to_translate(const char* english) {
  return english;
}

// Chooses the language as Debian's programs do, from LANGUAGE, LC_ALL, LC_MESSAGES and LANG,
// and finds the catalogs; works where no locale but C.UTF-8 is generated. Call once, at start.
void set_up_messages();

// Speaks `language` ("ru", "en") from now on: for tests, which check both. Not thread-safe.
void set_message_language(std::string_view language);

// The language messages are in now: "ru" or "en".
[[nodiscard]] std::string message_language();

}  // namespace almanac
