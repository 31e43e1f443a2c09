// Incremental rebuilds in one process (pipeline/site_session.h) against full builds: random
// sequences of edits, additions, renames and deletions of entries, translations, organizations
// and settings, each followed by a rebuild that must give the very files a fresh full build of
// the new content gives.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <random>
#include <set>

#include "pipeline/site_build.h"
#include "pipeline/site_session.h"
#include "support/temp_folder.h"

using namespace almanac;
using namespace almanac::testing;

namespace {

const std::vector<std::string> kOrganizations = {"jiangxi", "nizhny", "tashkent", "haifa"};
const std::vector<std::string> kTopics = {"педиатрия", "хирургия", "реабилитация", "телемедицина"};
const std::vector<std::string> kRegions = {"Нижегородская область", "Хабаровский край"};
const std::vector<std::string> kCountries = {"Китай", "Узбекистан", "Израиль"};
const std::vector<std::string> kWords = {"Форум", "Соглашение", "Стажировка",  "Визит",
                                         "Школа", "Конгресс",   "Мастер-класс"};
const std::vector<std::string> kKinds = {"conferences", "collaborations", "internships", "pages"};

struct TestEntry {
  std::string kind;  // its folder
  std::string name;  // its file, without .md
  std::string title;
  int year = 2025, month = 1, day = 1;
  std::vector<std::string> partners, topics, regions, countries;
  std::string first = "Первый абзац.", rest = "Второй абзац.";
  std::string link;  // another entry's file this one's text links to, or empty
  bool translated = false;
  std::string title_en = "Title";

  [[nodiscard]] std::string path() const { return "content/" + kind + "/" + name + ".md"; }
  [[nodiscard]] std::string translation_path() const {
    return "content/" + kind + "/" + name + ".en.md";
  }
};

std::string list(const std::vector<std::string>& items) {
  std::string text = "[";
  for (const auto& item : items)
    text += (text.size() > 1 ? ", \"" : "\"") + item + "\"";
  return text + "]";
}

std::string date(int year, int month, int day) {
  char text[40];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
  return text;
}

std::string file_of(const TestEntry& e) {
  std::string text = "+++\ntitle = \"" + e.title + "\"\n";
  if (e.kind != "pages") {
    text += "date = " + date(e.year, e.month, e.day) + "\n";
    text += "partners = " + list(e.partners) + "\ntopics = " + list(e.topics) +
            "\nregions = " + list(e.regions) + "\ncountries = " + list(e.countries) + "\n";
  }
  if (e.kind == "conferences") {
    text += "starts = " + date(e.year, e.month, e.day + 3) + "\ncity = \"Город\"\n";
  } else if (e.kind == "collaborations") {
    text += "form = \"agreement\"\nsigned = " + date(e.year, e.month, e.day) + "\n";
  } else if (e.kind == "internships") {
    text += "program = \"Обмен\"\nstarts = " + date(e.year, e.month, e.day) +
            "\nends = " + date(e.year + 1, 2, 1) + "\n";
  }
  text += "+++\n" + e.first + "\n\n" + e.rest;
  if (!e.link.empty()) text += " [Ссылка](@/" + e.link.substr(8) + ")";
  return text + "\n";
}

std::string translation_of(const TestEntry& e) {
  return "+++\ntitle = \"" + e.title_en + "\"\n+++\nThe text in English.\n";
}

std::string organization_of(const std::string& id, const std::string& city,
                            const std::string& name = "Больница",
                            const std::string& country = "Китай", bool website = false,
                            const std::string& name_en = "Hospital") {
  return "name = \"" + name + " " + id + "\"\nname_en = \"" + name_en + " " + id +
         "\"\nkind = \"hospital\"\ncountry = \"" + country + "\"\ncity = \"" + city + "\"\n" +
         (website ? "website = \"https://" + id + ".example.org/\"\n" : "");
}

class RandomSite {
 public:
  RandomSite(const TempFolder& folder, unsigned seed) : folder_(folder), random_(seed) {
    write("almanac.toml", settings("Сайт"));
    for (const auto& id : kOrganizations)
      write("content/organizations/" + id + ".toml", organization_of(id, "Город"));
    for (int i = 0; i < 14; ++i)
      add_entry();
    // Every organization named, so that none draws a warning of its own.
    entries_.front().partners = kOrganizations;
    write(entries_.front().path(), file_of(entries_.front()));
  }

  [[nodiscard]] std::filesystem::path source() const { return folder_.path() / "site"; }

  // One random change to the site's files; returns the paths it touched.
  std::vector<std::string> change(std::string& what) {
    changed_.clear();
    TestEntry& e = entries_[pick(entries_.size())];
    switch (pick(16)) {
      case 0:
        what = "text below the first paragraph of " + e.path();
        e.rest = "Новый текст " + std::to_string(random_());
        write(e.path(), file_of(e));
        break;
      case 1:
        what = "first paragraph (summary) of " + e.path();
        e.first = "Новый первый абзац " + std::to_string(random_() % 100) + ".";
        write(e.path(), file_of(e));
        break;
      case 2:
        what = "title of " + e.path();
        e.title = kWords[pick(kWords.size())] + " " + std::to_string(random_() % 1000);
        write(e.path(), file_of(e));
        break;
      case 3:
        what = "date of " + e.path();
        e.year = 2023 + static_cast<int>(pick(3));
        e.month = 1 + static_cast<int>(pick(12));
        write(e.path(), file_of(e));
        break;
      case 4:
        what = "terms and partners of " + e.path();
        e.topics = some(kTopics);
        e.regions = some(kRegions);
        e.countries = some(kCountries);
        e.partners = some(kOrganizations);
        if (&e == &entries_.front()) e.partners = kOrganizations;
        write(e.path(), file_of(e));
        break;
      case 5:
        what = "a new entry";
        add_entry();
        break;
      case 6:
        if (&e == &entries_.front() || linked(e)) return change(what);
        what = "deleted " + e.path();
        remove(e);
        entries_.erase(entries_.begin() + (&e - entries_.data()));
        break;
      case 7: {
        if (linked(e)) return change(what);
        what = "renamed " + e.path();
        remove(e);
        e.name += "-r" + std::to_string(random_() % 100);
        write(e.path(), file_of(e));
        if (e.translated) write(e.translation_path(), translation_of(e));
        break;
      }
      case 8: {
        const std::string& id = kOrganizations[pick(kOrganizations.size())];
        what = "organization " + id;
        // Its city (on its own page), or its names, country or website too (on every page that
        // names it; a new name moves it in the lists of organizations).
        const std::vector<std::string> names = {"Больница", "Клиника", "Академия"};
        const std::vector<std::string> names_en = {"Hospital", "Clinic", "Academy"};
        const std::vector<std::string> countries = {"Китай", "Китай", "Израиль"};
        write("content/organizations/" + id + ".toml",
              organization_of(id, "Город " + std::to_string(random_() % 100),
                              names[pick(names.size())], countries[pick(countries.size())],
                              pick(2) == 0, names_en[pick(names_en.size())]));
        break;
      }
      case 9:
        what = (e.translated ? "removed the translation of " : "translated ") + e.path();
        if (e.translated) {
          erase(e.translation_path());
        } else {
          write(e.translation_path(), translation_of(e));
        }
        e.translated = !e.translated;
        break;
      case 10:
        if (!e.translated) return change(what);
        what = "title of the translation of " + e.path();
        e.title_en = "Title " + std::to_string(random_() % 1000);
        write(e.translation_path(), translation_of(e));
        break;
      case 11:
        what = "the site's title";
        write("almanac.toml", settings("Сайт " + std::to_string(random_() % 100)));
        break;
      case 13:
        what = "the 404 page's template, in the site's own theme";
        write("themes/default/templates/404.mustache", "{{> head}}\n<h1>{{page_title}} " +
                                                           std::to_string(random_() % 100) +
                                                           "</h1>\n{{> foot}}\n");
        break;
      case 14:
        what = "a static file";
        write("static/docs/plan.txt", "План " + std::to_string(random_() % 100) + "\n");
        break;
      case 12: {
        what = "a link from " + e.path();
        const TestEntry& other = entries_[pick(entries_.size())];
        e.link = &other == &e ? "" : other.path();
        write(e.path(), file_of(e));
        break;
      }
      default: {
        what = "two entries at once";
        TestEntry& other = entries_[pick(entries_.size())];
        e.rest = "Ещё текст " + std::to_string(random_());
        other.title = "Двойная правка " + std::to_string(random_() % 1000);
        write(e.path(), file_of(e));
        write(other.path(), file_of(other));
        break;
      }
    }
    return changed_;
  }

  // Breaks an entry's front matter; returns its path, for fix().
  std::string break_entry() {
    broken_ = pick(entries_.size());
    changed_.clear();
    write(entries_[broken_].path(), "+++\ntitle = \n+++\nТекст.\n");
    return entries_[broken_].path();
  }
  // Gives an entry's text a link to a file that does not exist; returns its path, for fix().
  std::string link_to_nowhere() {
    broken_ = pick(entries_.size());
    changed_.clear();
    write(entries_[broken_].path(),
          file_of(entries_[broken_]) + "\n[Ссылка](@/conferences/nothing.md)\n");
    return entries_[broken_].path();
  }
  std::vector<std::string> fix() {
    changed_.clear();
    write(entries_[broken_].path(), file_of(entries_[broken_]));
    return changed_;
  }

 private:
  std::size_t pick(std::size_t count) { return random_() % count; }

  std::vector<std::string> some(const std::vector<std::string>& from) {
    std::vector<std::string> chosen;
    for (const auto& item : from) {
      if (random_() % 3 == 0) chosen.push_back(item);
    }
    return chosen;
  }

  static std::string settings(const std::string& title) {
    return "title = \"" + title +
           "\"\nbase_url = \"https://example.org/\"\nlanguages = [\"ru\", \"en\"]\n"
           "untranslated = \"show\"\npage_size = 2\n\n[en]\ntitle = \"Site\"\n";
  }

  void add_entry() {
    TestEntry e;
    e.kind = kKinds[pick(kKinds.size())];
    e.name = "e" + std::to_string(next_name_++);
    e.title = kWords[pick(kWords.size())] + " " + std::to_string(next_name_);
    e.year = 2023 + static_cast<int>(pick(3));
    e.month = 1 + static_cast<int>(pick(12));
    e.day = 1 + static_cast<int>(pick(20));
    e.partners = some(kOrganizations);
    e.topics = some(kTopics);
    e.regions = some(kRegions);
    e.countries = some(kCountries);
    e.translated = pick(3) == 0;
    entries_.push_back(e);
    write(e.path(), file_of(e));
    if (e.translated) write(e.translation_path(), translation_of(e));
  }

  [[nodiscard]] bool linked(const TestEntry& target) const {
    return std::any_of(entries_.begin(), entries_.end(),
                       [&](const TestEntry& e) { return e.link == target.path(); });
  }

  void remove(const TestEntry& e) {
    erase(e.path());
    if (e.translated) erase(e.translation_path());
  }

  void write(const std::string& path, const std::string& text) {
    folder_.write("site/" + path, text);
    changed_.push_back(path);
  }
  void erase(const std::string& path) {
    std::filesystem::remove(source() / path);
    changed_.push_back(path);
  }

  const TempFolder& folder_;
  std::mt19937 random_;
  std::vector<TestEntry> entries_;
  std::vector<std::string> changed_;
  int next_name_ = 0;
  std::size_t broken_ = 0;
};

BuildOptions options_for(const std::filesystem::path& source) {
  BuildOptions options;
  options.source = source;
  options.jobs = 2;
  options.today = Date{2025, 6, 1};
  return options;
}

// The files of a fresh full build, which the session's must equal.
void check_same_as_full_build(const SiteSession& session, const BuildOptions& options) {
  Diagnostics diagnostics;
  const SiteInMemory full = build_site_in_memory(options, diagnostics);
  REQUIRE(full.result.ok);
  CHECK(session.files().size() == full.files.size());
  for (const auto& [path, bytes] : full.files) {
    CAPTURE(path);
    const auto it = session.files().find(path);
    REQUIRE(it != session.files().end());
    CHECK(it->second == bytes);
  }
  for (const auto& [path, bytes] : session.files()) {
    CAPTURE(path);
    CHECK(full.files.contains(path));
  }
}

// What the session says it wrote and removed, against the files before and after.
void check_written_and_removed(const SiteSession& session,
                               const std::map<std::string, std::string>& before) {
  std::set<std::string> written, removed;
  for (const auto& [path, bytes] : session.files()) {
    const auto old = before.find(path);
    if (old == before.end() || old->second != bytes) written.insert(path);
  }
  for (const auto& [path, bytes] : before) {
    if (!session.files().contains(path)) removed.insert(path);
  }
  CHECK(std::set(session.written().begin(), session.written().end()) == written);
  CHECK(std::set(session.removed().begin(), session.removed().end()) == removed);
}

}  // namespace

TEST_CASE("incremental rebuilds give the files of a full build after random edits") {
  for (const unsigned seed : {1u, 2u, 3u}) {
    CAPTURE(seed);
    TempFolder folder;
    RandomSite site(folder, seed);
    const BuildOptions options = options_for(site.source());
    SiteSession session(options);
    Diagnostics first;
    REQUIRE(session.rebuild({}, first).ok);
    check_same_as_full_build(session, options);
    std::size_t partial = 0;  // rebuilds that rendered only some of the jobs
    for (int step = 0; step < 40; ++step) {
      std::string what;
      const std::vector<std::string> changed = site.change(what);
      CAPTURE(step);
      CAPTURE(what);
      const std::map<std::string, std::string> before = session.files();
      Diagnostics diagnostics;
      REQUIRE(session.rebuild(changed, diagnostics).ok);
      CHECK_FALSE(diagnostics.has_errors());
      check_same_as_full_build(session, options);
      check_written_and_removed(session, before);
      const std::size_t files = session.files().size();
      if (session.rendered() * 2 < files) ++partial;
    }
    CHECK(partial > 10);
  }
}

TEST_CASE("an incremental rebuild that fails keeps the last good files and recovers") {
  // A broken front matter (the site is loaded again), a link to nowhere (the plan is kept).
  for (const bool link : {false, true}) {
    CAPTURE(link);
    TempFolder folder;
    RandomSite site(folder, 7);
    const BuildOptions options = options_for(site.source());
    SiteSession session(options);
    Diagnostics first;
    REQUIRE(session.rebuild({}, first).ok);
    const auto good = session.files();

    const std::string broken = link ? site.link_to_nowhere() : site.break_entry();
    Diagnostics diagnostics;
    CHECK_FALSE(session.rebuild({broken}, diagnostics).ok);
    REQUIRE(diagnostics.has_errors());
    const auto problems = diagnostics.sorted();
    CHECK(std::any_of(problems.begin(), problems.end(), [&](const Diagnostic& problem) {
      return problem.severity == Severity::error && problem.position.path == broken &&
             (link || problem.position.line == 2);
    }));
    CHECK(session.files() == good);

    Diagnostics fixed;
    REQUIRE(session.rebuild(site.fix(), fixed).ok);
    check_same_as_full_build(session, options);
    CHECK(session.files() == good);
  }
}

TEST_CASE(
    "an entry's text changed on disk but not named as changed fails the rebuild that shows it") {
  TempFolder folder;
  RandomSite site(folder, 5);
  const BuildOptions options = options_for(site.source());
  SiteSession session(options);
  Diagnostics first;
  REQUIRE(session.rebuild({}, first).ok);

  // An organization's new name is on the pages of the entries that name it: the first of them
  // is changed on disk, unknown to the session, before the organization's name changes again.
  const std::string organization = "content/organizations/" + kOrganizations.front() + ".toml";
  folder.write("site/" + organization, organization_of(kOrganizations.front(), "Город", "Клиника"));
  Diagnostics renamed;
  REQUIRE(session.rebuild({organization}, renamed).ok);
  const auto page =
      std::find_if(session.written().begin(), session.written().end(), [](const std::string& path) {
        return path.starts_with("conferences/e") || path.starts_with("internships/e") ||
               path.starts_with("collaborations/e");
      });
  REQUIRE(page != session.written().end());
  const std::string entry =
      "content/" + page->substr(0, page->size() - strlen("/index.html")) + ".md";
  const auto good = session.files();
  folder.write("site/" + entry, folder.read("site/" + entry) + "Ещё абзац.\n");
  folder.write("site/" + organization, organization_of(kOrganizations.front(), "Город", "Центр"));
  Diagnostics diagnostics;
  CHECK_FALSE(session.rebuild({organization}, diagnostics).ok);
  std::vector<std::string> errors;
  for (const auto& problem : diagnostics.sorted()) {
    if (problem.severity == Severity::error) errors.push_back(problem.message);
  }
  REQUIRE(errors.size() == 1);
  CHECK(errors.front().find(entry + " changed while the site was being built") !=
        std::string::npos);
  CHECK(session.files() == good);

  Diagnostics named;
  REQUIRE(session.rebuild({entry}, named).ok);
  check_same_as_full_build(session, options);
}

TEST_CASE("a rebuild after a file saved unchanged renders only what shows the whole site") {
  TempFolder folder;
  RandomSite site(folder, 11);
  SiteSession session(options_for(site.source()));
  Diagnostics diagnostics;
  REQUIRE(session.rebuild({}, diagnostics).ok);
  const std::size_t jobs = session.rendered();
  REQUIRE(session.rebuild({}, diagnostics).ok);
  CHECK(session.rendered() == 0);
  CHECK(session.written().empty());
  // The same bytes saved again: the home page, lists of terms, the sitemap and the like are
  // made again (they show the whole site), and give the same bytes.
  const std::string path = "content/organizations/jiangxi.toml";
  folder.write("site/" + path, folder.read("site/" + path));
  REQUIRE(session.rebuild({path}, diagnostics).ok);
  CHECK(session.rendered() > 0);
  CHECK(session.rendered() * 4 < jobs);
  CHECK(session.written().empty());
  CHECK(session.removed().empty());
}
