#include "load/organization_loader.h"

#include "load/entry_loader.h"
#include "load/field_reader.h"
#include "load/front_matter.h"
#include "locale/locale_text.h"
#include "messages/messages.h"
#include "util/content_hash.h"
#include "util/text.h"

namespace almanac {

namespace {

Organization read_organization(const Value& table, const std::string& path, Diagnostics& local) {
  Organization organization;
  organization.id = file_stem(path);
  organization.source_path = path;
  FieldReader reader(table, path, tr("in an organization"), {path, 1, 1}, local);
  organization.name = reader.string("name", true, "name = \"...\"").value_or("");
  organization.short_name = reader.string("short_name", false, "short_name = \"...\"").value_or("");
  organization.name_en = reader.string("name_en", false, "name_en = \"...\"").value_or("");
  organization.name_native =
      reader.string("name_native", false, "name_native = \"江西省儿童医院\"").value_or("");
  organization.kind = reader.choice("kind", kOrganizationKinds, false, OrganizationKind::other);
  organization.country = reader.string("country", true, "country = \"Китай\"").value_or("");
  organization.region = reader.string("region", false, "region = \"...\"").value_or("");
  organization.city = reader.string("city", false, "city = \"...\"").value_or("");
  organization.website = reader.string("website", false, "website = \"https://...\"").value_or("");
  organization.extra = reader.free_table("extra");
  reader.report_unknown_keys();

  if (!is_slug(organization.id)) {
    const std::string suggestion = slugify(organization.id);
    local.error({path, 0, 0},
                suggestion.empty()
                    ? tr("the file name \"{name}\" is not a valid organization id (a-z, 0-9 and "
                         "\"-\")",
                         {{"name", organization.id}})
                    : tr("the file name \"{name}\" is not a valid organization id (a-z, 0-9 and "
                         "\"-\"): rename it to {suggestion}.toml",
                         {{"name", organization.id}, {"suggestion", suggestion}}));
  }
  return organization;
}

}  // namespace

std::optional<Organization> load_organization(const std::string& path, std::string_view raw,
                                              Diagnostics& diagnostics) {
  auto organization = load_toml_file<Organization>(path, raw, diagnostics, read_organization);
  if (organization) {
    organization->version = content_hash(raw);
    organization->reference_version = content_hash_of_parts(
        {organization->name, organization->name_en, organization->country, organization->website});
  }
  return organization;
}

}  // namespace almanac
