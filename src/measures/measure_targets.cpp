#include "measures/measure_targets.h"

#include <array>
#include <charconv>
#include <cstdio>

#include "core/clock.h"
#include "core/dates.h"

namespace pathway::measures {

namespace {

constexpr std::array<std::pair<ScopeKind, std::string_view>, 4> kind_names = {{
    {ScopeKind::service, "service"},
    {ScopeKind::area, "area"},
    {ScopeKind::district, "district"},
    {ScopeKind::team, "team"},
}};

// Shortest text that reads back as the same double ("3.5", not "3.500000").
std::string decimal_text(double value) {
  char buffer[32];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, end);
}

double decimal_value(const std::string& text) {
  double value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) {
    throw store::StoreError("a measure target is not a number: " + text);
  }
  return value;
}

}  // namespace

std::string_view scope_kind_name(ScopeKind kind) {
  for (const auto& [each, name] : kind_names) {
    if (each == kind) return name;
  }
  return "service";
}

std::optional<ScopeKind> parse_scope_kind(std::string_view name) {
  for (const auto& [kind, each] : kind_names) {
    if (each == name) return kind;
  }
  return std::nullopt;
}

std::vector<MeasureTarget> load_targets(store::Connection& connection) {
  std::vector<MeasureTarget> targets;
  for (const auto& row : connection.query(
           "SELECT measure_key, scope_kind, scope_code, target_value FROM measure_targets "
           "ORDER BY measure_key, scope_kind, scope_code")) {
    targets.push_back({row.text(0), parse_scope_kind(row.text(1)).value_or(ScopeKind::service), row.text(2),
                       decimal_value(row.text(3))});
  }
  return targets;
}

std::optional<double> target_for(const std::vector<MeasureTarget>& targets, std::string_view measure_key,
                                 ScopeKind kind, std::string_view scope_code) {
  std::optional<double> service;
  for (const auto& target : targets) {
    if (target.measure_key != measure_key) continue;
    if (target.scope_kind == kind && (kind == ScopeKind::service || target.scope_code == scope_code)) {
      return target.value;
    }
    if (target.scope_kind == ScopeKind::service) service = target.value;
  }
  return service;
}

void save_target(store::Connection& connection, const MeasureTarget& target, std::int64_t set_by_staff_id) {
  std::string code = target.scope_kind == ScopeKind::service ? "" : target.scope_code;
  connection.execute(
      "INSERT INTO measure_targets (measure_key, scope_kind, scope_code, target_value, set_by, set_at) "
      "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (measure_key, scope_kind, scope_code) DO UPDATE SET "
      "target_value = excluded.target_value, set_by = excluded.set_by, set_at = excluded.set_at",
      {target.measure_key, std::string(scope_kind_name(target.scope_kind)), code, decimal_text(target.value),
       set_by_staff_id, to_iso_instant(now_unix_seconds())});
}

void remove_target(store::Connection& connection, std::string_view measure_key, ScopeKind kind,
                   std::string_view scope_code) {
  std::string code = kind == ScopeKind::service ? "" : std::string(scope_code);
  connection.execute("DELETE FROM measure_targets WHERE measure_key = ? AND scope_kind = ? AND scope_code = ?",
                     {std::string(measure_key), std::string(scope_kind_name(kind)), code});
}

}  // namespace pathway::measures
