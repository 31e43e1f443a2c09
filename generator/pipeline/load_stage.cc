#include "pipeline/load_stage.h"

#include <future>
#include <optional>

#include "load/site_loader.h"
#include "locale/locale_text.h"

namespace almanac {

std::unique_ptr<LoadedSite> load_stage(const BuildOptions& options, Diagnostics& diagnostics) {
  // ICU compiles its transliteration rules while the files load; the index needs them next
  // (the future waits for them as it goes, whichever way this returns).
  auto slugs_ready = std::async(std::launch::async, prepare_slugify);

  LoadOptions load_options{options.source, options.include_drafts, options.jobs, options.today};
  std::optional<Site> site = load_site(load_options, diagnostics);
  if (!site) return nullptr;
  if (options.local) site->config.local = true;
  auto theme = Theme::load(options.source, site->config.theme, diagnostics);
  if (!theme) return nullptr;
  auto templates = Templates::load(*theme, diagnostics);
  std::vector<Strings> strings;
  for (const auto& language : site->config.languages) {
    auto loaded =
        Strings::load(*theme, language, strings.empty() ? nullptr : &strings.front(), diagnostics);
    if (!loaded) return nullptr;
    strings.push_back(std::move(*loaded));
  }
  Assets assets = collect_assets(*theme, options.source, diagnostics);
  if (!templates || diagnostics.has_errors()) return nullptr;
  return std::make_unique<LoadedSite>(LoadedSite{std::move(*site), std::move(*theme),
                                                 std::move(*templates), std::move(strings),
                                                 std::move(assets)});
}

}  // namespace almanac
