#include "render/views/organization_views.h"

#include "index/urls.h"
#include "model/names.h"
#include "render/structured_data.h"
#include "render/view_data.h"

namespace almanac {

ViewData organizations_view(const PageViews& views, const std::string& path) {
  const SiteIndex& index = views.index();
  const Strings& strings = views.strings();
  ViewData data = views.page_base(path, strings.get("menu.organizations"));
  if (index.organizations.empty()) return data;
  ViewData& rows = add_list(data, "organizations", index.organizations.size());
  for (const Organization* organization : index.organizations) {
    ViewData& row = append_object(rows);
    put(row, "name", index.organization_name(*organization));
    put(row, "path", organization_path(*organization));
    set_text(row, "country", index.term_name(organization->country));
    set_text(row, "city", organization->city);
    put(row, "kind_label",
        strings.get("organization_kind." +
                    std::string(name_of(organization->kind, kOrganizationKinds))));
    const auto entries = index.entries_by_organization.find(organization->id);
    const std::size_t count =
        entries == index.entries_by_organization.end() ? 0 : entries->second.size();
    put(row, "count", strings.count("count.entries", static_cast<std::int64_t>(count)));
  }
  return data;
}

PageView organization_view(const PageViews& views, const Organization& organization,
                           const std::string& path) {
  const SiteIndex& index = views.index();
  const Strings& strings = views.strings();
  PageView page(views.page_base(path, index.organization_name(organization)));
  ViewData& data = page.data;
  ViewData& org = add_object(data, "organization");
  put(org, "name", index.organization_name(organization));
  set_text(org, "short_name", organization.short_name);
  set_text(org, "name_en", organization.name_en);
  set_text(org, "name_native", organization.name_native);
  put(org, "kind_label",
      strings.get("organization_kind." +
                  std::string(name_of(organization.kind, kOrganizationKinds))));
  views.term_links(org, "country", "countries", {organization.country});
  set_text(org, "region", index.term_name(organization.region));
  set_text(org, "city", organization.city);
  set_text(org, "website", organization.website);
  put(org, "extra", from_value(organization.extra));
  put(data, "json_ld", organization_structured_data(organization, {index, index.full_url(path)}));
  if (views.indexer()) {
    page.search = views.indexer()->terms(index.organization_name(organization),
                                         organization.short_name + " " + organization.name_native +
                                             " " + organization.city + " " + organization.region,
                                         index.term_name(organization.country));
  }

  const auto entries = index.entries_by_organization.find(organization.id);
  if (entries == index.entries_by_organization.end()) return page;
  ViewData& groups = add_list(data, "groups", 3);
  for (const EntryKind kind : kActivityKinds) {
    std::vector<const Entry*> of_kind;
    for (const Entry* entry : entries->second) {
      if (entry->kind == kind) of_kind.push_back(entry);
    }
    if (of_kind.empty()) continue;
    ViewData& group = append_object(groups);
    put(group, "title", strings.get(std::string("menu.") + kind_folder(kind)));
    views.entry_rows(group, "entries", of_kind, 0, of_kind.size(), root_prefix(path));
  }
  return page;
}

}  // namespace almanac
