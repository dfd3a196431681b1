#pragma once
// The targets a service sets for its headline measures (measures/measure_catalogue.h): for
// the whole service, or for one area, district or team, which then overrides the service's.
// The background plan's board sets them yearly ("custodial sentences should not represent
// more than 3.5% of all court disposals"); pages and the board report compare each figure
// with the target of its scope.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/database.h"

namespace pathway::measures {

enum class ScopeKind { service, area, district, team };

// "service", "area", "district", "team": the stored and URL spelling.
std::string_view scope_kind_name(ScopeKind kind);
std::optional<ScopeKind> parse_scope_kind(std::string_view name);

struct MeasureTarget {
  std::string measure_key;  // HeadlineMeasure::key()
  ScopeKind scope_kind = ScopeKind::service;
  std::string scope_code;   // empty for the service
  double value = 0;
};

// Every target set, by measure key, scope kind and code.
std::vector<MeasureTarget> load_targets(store::Connection& connection);

// The scope's own target, else the service's; nullopt when neither is set.
std::optional<double> target_for(const std::vector<MeasureTarget>& targets, std::string_view measure_key,
                                 ScopeKind kind, std::string_view scope_code);

// Sets (or replaces) one target, recording who set it and when. The caller checks the
// measure key, scope and value first and audits the change in the same transaction.
void save_target(store::Connection& connection, const MeasureTarget& target, std::int64_t set_by_staff_id);

// Removes one scope's target for a measure (the service's then applies); nothing when unset.
void remove_target(store::Connection& connection, std::string_view measure_key, ScopeKind kind,
                   std::string_view scope_code);

}  // namespace pathway::measures
