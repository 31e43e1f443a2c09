#include "messages/messages.h"

#include <libintl.h>
#include <unistd.h>

#include <clocale>
#include <cstdlib>
#include <filesystem>
#include <mutex>

// GNU gettext's counter of catalog changes: raising it makes gettext look at LANGUAGE again (the
// gettext manual's way to change the language of a running program).
extern "C" int _nl_msg_cat_cntr;

namespace almanac {
namespace {

constexpr const char* kDomain = "almanac";
// The languages almanac has catalogs for, besides English.
constexpr std::string_view kTranslated[] = {"ru"};

std::string& chosen_language() {
  static std::string language = "en";
  return language;
}

// "ru_RU.UTF-8" → "ru"; "C", "POSIX" and languages without a catalog → "".
std::string catalog_language(std::string_view locale) {
  const std::string_view code = locale.substr(0, locale.find_first_of("_.@"));
  if (code == "en") return "en";
  for (const auto language : kTranslated) {
    if (code == language) return std::string(language);
  }
  return "";
}

// The first language the environment asks for that almanac speaks, the way GNU gettext reads
// it: the locale of messages (LC_ALL, else LC_MESSAGES, else LANG), and before it the list in
// LANGUAGE ("ru:en"), which counts only when that locale is not plain "C".
std::string language_from_environment() {
  std::string_view locale;
  for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    if (const char* value = std::getenv(variable); value && *value) {
      locale = value;
      break;
    }
  }
  if (locale.empty() || locale == "C" || locale == "POSIX") return "en";
  if (const char* list = std::getenv("LANGUAGE"); list && *list) {
    std::string_view rest = list;
    while (!rest.empty()) {
      const auto colon = rest.find(':');
      if (auto language = catalog_language(rest.substr(0, colon)); !language.empty()) {
        return language;
      }
      rest = colon == std::string_view::npos ? "" : rest.substr(colon + 1);
    }
  }
  const auto language = catalog_language(locale);
  return language.empty() ? "en" : language;
}

std::filesystem::path catalog_folder() {
  std::error_code ec;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", ec).parent_path();
  for (const auto& candidate : {self / "locale", self / "../share/locale", self / "../locale",
                                std::filesystem::path(ALMANAC_BUILD_LOCALE_DIR)}) {
    if (std::filesystem::exists(candidate / "ru/LC_MESSAGES/almanac.mo", ec)) return candidate;
  }
  return "/usr/share/locale";
}

void bind_catalogs() {
  static std::once_flag once;
  std::call_once(once, [] {
    // gettext reads LANGUAGE only when messages are not in the "C" locale, and the user's own
    // (ru_RU.UTF-8) may not be generated: C.UTF-8 is on every Debian. Only messages: numbers
    // and dates in files must not change with the locale.
    if (!std::setlocale(LC_MESSAGES, "C.UTF-8")) std::setlocale(LC_MESSAGES, "");
    bindtextdomain(kDomain, catalog_folder().c_str());
    bind_textdomain_codeset(kDomain, "UTF-8");
  });
}

}  // namespace

void set_message_language(std::string_view language) {
  bind_catalogs();
  chosen_language() = std::string(language);
  setenv("LANGUAGE", chosen_language().c_str(), 1);
  ++_nl_msg_cat_cntr;
}

void set_up_messages() {
  set_message_language(language_from_environment());
}

std::string message_language() {
  return chosen_language();
}

namespace {

std::string filled(std::string text, std::initializer_list<MessageArgument> arguments) {
  for (const auto& [name, value] : arguments) {
    std::string placeholder = "{";
    placeholder.append(name).append("}");
    for (auto at = text.find(placeholder); at != std::string::npos;
         at = text.find(placeholder, at + value.size())) {
      text.replace(at, placeholder.size(), value);
    }
  }
  return text;
}

}  // namespace

std::string tr(const char* english, std::initializer_list<MessageArgument> arguments) {
  return filled(chosen_language() == "en" ? english : dgettext(kDomain, english), arguments);
}

std::string trn(const char* one, const char* other, std::int64_t count,
                std::initializer_list<MessageArgument> arguments) {
  const auto n = static_cast<unsigned long>(count < 0 ? -count : count);
  std::string text =
      chosen_language() == "en" ? (n == 1 ? one : other) : dngettext(kDomain, one, other, n);
  const std::string number = std::to_string(count);
  text = filled(std::move(text), {{"count", number}});
  return filled(std::move(text), arguments);
}

}  // namespace almanac
