#include "content/organization_loader.h"

#include "content/entry_loader.h"
#include "content/field_reader.h"
#include "content/front_matter.h"
#include "locale/locale_text.h"
#include "toml/toml_reader.h"
#include "util/text.h"

namespace almanac {

std::optional<Organization> load_organization(const std::string& path, std::string_view raw,
                                              Diagnostics& diagnostics) {
  const auto text = normalized_text(raw, path, diagnostics);
  if (!text) return std::nullopt;
  Diagnostics local;
  const auto table = read_toml(*text, path, 1, local);
  if (!table) {
    diagnostics.append(local);
    return std::nullopt;
  }
  Organization organization;
  organization.id = file_stem(path);
  organization.source_path = path;
  FieldReader reader(*table, path, "an organization", {path, 1, 1}, local);
  organization.name = reader.string("name", true, "name = \"...\"").value_or("");
  organization.short_name = reader.string("short_name", false, "short_name = \"...\"").value_or("");
  organization.name_en = reader.string("name_en", false, "name_en = \"...\"").value_or("");
  organization.name_native =
      reader.string("name_native", false, "name_native = \"江西省儿童医院\"").value_or("");
  organization.kind = static_cast<OrganizationKind>(
      reader
          .choice("kind",
                  {{"hospital", static_cast<int>(OrganizationKind::hospital)},
                   {"ministry", static_cast<int>(OrganizationKind::ministry)},
                   {"university", static_cast<int>(OrganizationKind::university)},
                   {"government", static_cast<int>(OrganizationKind::government)},
                   {"association", static_cast<int>(OrganizationKind::association)},
                   {"other", static_cast<int>(OrganizationKind::other)}},
                  false)
          .value_or(static_cast<int>(OrganizationKind::other)));
  organization.country = reader.string("country", true, "country = \"Китай\"").value_or("");
  organization.region = reader.string("region", false, "region = \"...\"").value_or("");
  organization.city = reader.string("city", false, "city = \"...\"").value_or("");
  organization.website = reader.string("website", false, "website = \"https://...\"").value_or("");
  organization.extra = reader.free_table("extra");
  reader.report_unknown_keys();

  if (!is_slug(organization.id)) {
    const std::string suggestion = slugify(organization.id);
    local.error({path, 0, 0}, "the file name \"" + organization.id +
                                  "\" is not a valid organization id (a-z, 0-9 and \"-\")" +
                                  (suggestion.empty() ? std::string()
                                                      : ": rename it to " + suggestion + ".toml"));
  }
  diagnostics.append(local);
  if (local.has_errors()) return std::nullopt;
  return organization;
}

}  // namespace almanac
