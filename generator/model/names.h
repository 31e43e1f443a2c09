// The names editors write for each enumerated value, shared by the loaders and the templates'
// view data, so a value and its name are defined once.
#pragma once

#include <string_view>

#include "model/entry.h"
#include "model/organization.h"

namespace almanac {

template <typename Enum>
struct Named {
  Enum value;
  std::string_view name;
};

inline constexpr Named<ConferenceFormat> kConferenceFormats[] = {
    {ConferenceFormat::in_person, "in-person"},
    {ConferenceFormat::online, "online"},
    {ConferenceFormat::hybrid, "hybrid"},
};

inline constexpr Named<CollaborationForm> kCollaborationForms[] = {
    {CollaborationForm::agreement, "agreement"},
    {CollaborationForm::memorandum, "memorandum"},
    {CollaborationForm::working_group, "working-group"},
    {CollaborationForm::meeting, "meeting"},
    {CollaborationForm::program, "program"},
};

inline constexpr Named<CollaborationStatus> kCollaborationStatuses[] = {
    {CollaborationStatus::planned, "planned"},
    {CollaborationStatus::active, "active"},
    {CollaborationStatus::completed, "completed"},
};

inline constexpr Named<OrganizationKind> kOrganizationKinds[] = {
    {OrganizationKind::hospital, "hospital"},       {OrganizationKind::ministry, "ministry"},
    {OrganizationKind::university, "university"},   {OrganizationKind::government, "government"},
    {OrganizationKind::association, "association"}, {OrganizationKind::other, "other"},
};

inline constexpr Named<EntryKind> kEntryKinds[] = {
    {EntryKind::collaboration, "collaboration"},
    {EntryKind::conference, "conference"},
    {EntryKind::internship, "internship"},
    {EntryKind::page, "page"},
};

template <typename Enum, std::size_t N>
constexpr std::string_view name_of(Enum value, const Named<Enum> (&table)[N]) {
  for (const auto& named : table) {
    if (named.value == value) return named.name;
  }
  return table[0].name;
}

}  // namespace almanac
