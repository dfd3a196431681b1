#include "performance/dashboard_scope.h"

#include <algorithm>

#include "reference/geography.h"
#include "reference/teams.h"
#include "web/form_decoding.h"

namespace pathway::performance {

namespace {

using measures::ScopeKind;

struct ScopeField {
  ScopeKind kind;
  const char* name;  // the query field, and the word for the kind of place
  std::vector<Places::Place> Places::*places;
};

constexpr ScopeField scope_fields[] = {{ScopeKind::area, "area", &Places::areas},
                                       {ScopeKind::district, "district", &Places::districts},
                                       {ScopeKind::team, "team", &Places::teams}};

const ScopeField& field_of(ScopeKind kind) {
  return *std::find_if(std::begin(scope_fields), std::end(scope_fields),
                       [&](const ScopeField& field) { return field.kind == kind; });
}

const Places::Place* find_place(const std::vector<Places::Place>& places, const std::string& code) {
  auto found = std::find_if(places.begin(), places.end(), [&](const auto& place) { return place.code == code; });
  return found == places.end() ? nullptr : &*found;
}

// The districts of the scope, by their positions in the snapshot.
measures::Scope districts_of(ScopeKind kind, const std::string& code, const measures::RecordSnapshot& snapshot,
                             store::Connection& connection) {
  switch (kind) {
    case ScopeKind::service:
      return measures::whole_service(snapshot);
    case ScopeKind::area:
      return measures::resolve_scope(snapshot, {}, {code}).value();
    case ScopeKind::district:
      return measures::resolve_scope(snapshot, {code}, {}).value();
    case ScopeKind::team: {
      auto team = reference::find_team(connection, code);
      // A team covering no district counts no child (resolve_scope would take none for all).
      if (!team || team->district_codes.empty()) return {};
      return measures::resolve_scope(snapshot, team->district_codes, {}).value();
    }
  }
  return {};
}

}  // namespace

std::string PerformanceScope::query() const {
  if (kind == ScopeKind::service) return "";
  return std::string(field_of(kind).name) + "=" + web::encode_query_value(code);
}

std::string PerformanceScope::described() const {
  if (kind == ScopeKind::service) return name;
  return name + " (" + field_of(kind).name + ")";
}

Places Places::load(store::Connection& connection) {
  Places places;
  for (const auto& area : reference::list_areas(connection)) places.areas.push_back({area.code, area.name});
  for (const auto& district : reference::list_districts(connection)) {
    places.districts.push_back({district.code, district.name});
  }
  for (const auto& team : reference::list_teams(connection)) places.teams.push_back({team.code, team.name});
  return places;
}

PerformanceScope scope_from_fields(const web::FormFields& fields, const Places& places,
                                   const measures::RecordSnapshot& snapshot, store::Connection& connection,
                                   std::vector<web::FieldError>& errors) {
  auto value = [&](const char* name) { return web::first_value(fields, name).value_or(""); };
  PerformanceScope service{ScopeKind::service, "", "the whole service", measures::whole_service(snapshot)};
  std::vector<const ScopeField*> given;
  for (const auto& field : scope_fields) {
    if (!value(field.name).empty()) given.push_back(&field);
  }
  if (given.empty()) return service;
  if (given.size() > 1) {
    errors.push_back({given.front()->name, "Choose one area, district or team, not several"});
    return service;
  }
  const ScopeField& field = *given.front();
  std::string code = value(field.name);
  const Places::Place* place = find_place(places.*field.places, code);
  if (!place) {
    errors.push_back({field.name, "There is no " + std::string(field.name) + " with the code " + code +
                                      ": choose one from the list"});
    return service;
  }
  return {field.kind, code, place->name, districts_of(field.kind, code, snapshot, connection)};
}

web::ViewData scope_chooser(const Places& places, const PerformanceScope& chosen) {
  web::ViewData chooser;
  for (const auto& field : scope_fields) {
    web::ViewList options;
    for (const auto& place : places.*field.places) {
      web::ViewData option;
      option.set("value", place.code);
      option.set("text", place.name);
      option.set("selected", chosen.kind == field.kind && chosen.code == place.code);
      options.push_back(std::move(option));
    }
    chooser.set(std::string(field.name) + "_options", std::move(options));
  }
  return chooser;
}

}  // namespace pathway::performance
