#include "fuzz/fuzz_site.h"

#include <algorithm>
#include <utility>

namespace almanac::fuzzing {

namespace {

Organization organization(std::string id, std::string name, OrganizationKind kind,
                          std::string country) {
  Organization organization;
  organization.source_path = "content/organizations/" + id + ".toml";
  organization.id = std::move(id);
  organization.name = std::move(name);
  organization.kind = kind;
  organization.country = std::move(country);
  return organization;
}

}  // namespace

const std::vector<Organization>& fuzz_organizations() {
  static const std::vector<Organization> organizations = [] {
    std::vector<Organization> list;
    list.push_back(organization("abakan-university", "Абаканский университет",
                                OrganizationKind::university, "Россия"));
    list.push_back(
        organization("city-hospital", "Городская больница", OrganizationKind::hospital, "Россия"));
    list.push_back(organization("jiangxi-childrens-hospital", "Детская больница провинции Цзянси",
                                OrganizationKind::hospital, "Китай"));
    list.back().name_en = "Jiangxi Provincial Children's Hospital";
    list.push_back(
        organization("yelets-clinic", "Елецкая клиника", OrganizationKind::other, "Россия"));
    return list;
  }();
  return organizations;
}

const EntryContext& fuzz_entry_context() {
  static const std::vector<std::string> ids = [] {
    std::vector<std::string> list;
    for (const auto& organization : fuzz_organizations())
      list.push_back(organization.id);
    std::sort(list.begin(), list.end());
    return list;
  }();
  static const std::vector<std::string> failed;
  static const std::map<std::string, std::string, std::less<>> names = [] {
    std::map<std::string, std::string, std::less<>> map;
    for (const auto& organization : fuzz_organizations())
      map[organization.name] = organization.id;
    return map;
  }();
  static const EntryContext context{&ids, &failed, &names, false, Date{2025, 11, 12}};
  return context;
}

}  // namespace almanac::fuzzing
