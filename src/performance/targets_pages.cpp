// The service's targets for its headline measures (/performance/targets): a manager sets
// or clears them for the whole service, an area, a district or a team. A scope without a
// target of its own is held to the service's (measures/measure_targets.h). Every change is
// audited in the transaction that makes it.
#include "access/audit.h"
#include "core/clock.h"
#include "measures/measure_catalogue.h"
#include "measures/measure_targets.h"
#include "measures/snapshot_cache.h"
#include "performance/dashboard_model.h"
#include "performance/dashboard_request.h"
#include "performance/targets_form.h"
#include "store/transaction.h"
#include "performance/performance_templates.h"
#include "web/app.h"

namespace pathway::web {

namespace {

using measures::MeasureTarget;

// The target the scope holds itself, not the service's it falls back to.
std::optional<double> own_target(const std::vector<MeasureTarget>& targets, const std::string& key,
                                 const performance::PerformanceScope& scope) {
  for (const auto& target : targets) {
    if (target.measure_key == key && target.scope_kind == scope.kind && target.scope_code == scope.code) {
      return target.value;
    }
  }
  return std::nullopt;
}

// The form for the scope: what was typed (after a mistake) or the targets as stored.
Response targets_form(PageContext& context, const performance::DashboardRequest& request,
                      const std::vector<MeasureTarget>& targets, const FormFields* typed,
                      const std::vector<FieldError>& errors, int status) {
  ViewData data = layout_data(context, "Targets", "/performance");
  ViewData back;
  back.set("href", "/performance?" + request.query());
  back.set("text", "Performance");
  data.set("back_link", back);
  data.set("chooser", performance::dashboard_chooser(request, today_utc()));
  data.set("scope", request.scope.described());
  data.set("is_service", request.scope.kind == measures::ScopeKind::service);
  data.set("area", request.scope.kind == measures::ScopeKind::area ? request.scope.code : "");
  data.set("district", request.scope.kind == measures::ScopeKind::district ? request.scope.code : "");
  data.set("team", request.scope.kind == measures::ScopeKind::team ? request.scope.code : "");
  ViewList fields;
  for (const auto& measure : measures::headline_measures()) {
    ViewData field;
    std::string id = performance::target_field(measure);
    field.set("id", id);
    field.set("label", std::string(measure.label));
    field.set("unit_hint", measure.unit == "%" ? std::string("A percentage.")
                                               : "Unit: " + std::string(measure.unit) + ".");
    field.set("better", measure.better == measures::Better::lower ? "Lower is better." : "Higher is better.");
    auto service = own_target(targets, measure.key(), {});
    if (request.scope.kind != measures::ScopeKind::service) {
      field.set("service_target", service ? performance::figure_text(service, measure.unit) : "none");
    }
    field.set("value", typed ? first_value(*typed, id).value_or("")
                             : performance::target_as_typed(own_target(targets, measure.key(), request.scope)));
    for (const auto& error : errors) {
      if (error.field == id) field.set("error", error.text);
    }
    fields.push_back(std::move(field));
  }
  data.set("measures", std::move(fields));
  if (context.query_value("done") == "saved") {
    ViewData banner;
    banner.set("heading", "Targets saved for " + request.scope.described());
    data.set("notification", std::move(banner));
  }
  add_errors(data, errors);
  return render_page(context, pages::performance_targets, data, status);
}

Response show_targets(PageContext& context, measures::SnapshotCache& snapshots) {
  auto held = snapshots.current(context.database);
  auto connection = context.database.acquire();
  auto request = performance::dashboard_request(context, held->records, *connection, today_utc());
  auto targets = measures::load_targets(*connection);
  return targets_form(context, request, targets, nullptr, request.errors, request.errors.empty() ? 200 : 400);
}

std::string audited_scope(const performance::PerformanceScope& scope) {
  return scope.kind == measures::ScopeKind::service ? "service" : scope.query();
}

Response save_targets(PageContext& context, measures::SnapshotCache& snapshots) {
  auto held = snapshots.current(context.database);
  auto connection = context.database.acquire();
  performance::DashboardRequest request;
  request.quarter = performance::quarter_of(today_utc());
  request.places = performance::Places::load(*connection);
  request.scope = performance::scope_from_fields(context.form, request.places, held->records, *connection, request.errors);
  auto targets = measures::load_targets(*connection);
  if (!request.errors.empty()) return targets_form(context, request, targets, nullptr, request.errors, 400);

  std::vector<FieldError> errors;
  std::vector<std::pair<const measures::HeadlineMeasure*, std::optional<double>>> typed;
  for (const auto& measure : measures::headline_measures()) {
    typed.emplace_back(&measure, performance::typed_target(
                                     measure, context.form_value(performance::target_field(measure)), errors));
  }
  if (!errors.empty()) return targets_form(context, request, targets, &context.form, errors, 422);

  const auto& scope = request.scope;
  store::Transaction transaction(*connection);
  for (const auto& [measure, value] : typed) {
    std::string key = measure->key();
    auto before = own_target(targets, key, scope);
    if (before == value) continue;
    if (value) {
      measures::save_target(*connection, {key, scope.kind, scope.code, *value}, context.staff().id);
    } else {
      measures::remove_target(*connection, key, scope.kind, scope.code);
    }
    access::record_audit_event(
        *connection, context.audit(value ? "measure_target.set" : "measure_target.clear", "measure_target",
                                   key + " " + audited_scope(scope),
                                   performance::target_as_typed(before) + " -> " + performance::target_as_typed(value)));
  }
  transaction.commit();
  std::string query = scope.query();
  return Response::redirect("/performance/targets?" + (query.empty() ? "" : query + "&") + "done=saved");
}

}  // namespace

void add_targets_pages(Routes& routes, std::shared_ptr<measures::SnapshotCache> snapshots) {
  routes.page(Method::get, "/performance/targets", access::Permission::set_measure_targets,
              [snapshots](PageContext& context) { return show_targets(context, *snapshots); });
  routes.page(Method::post, "/performance/targets", access::Permission::set_measure_targets,
              [snapshots](PageContext& context) { return save_targets(context, *snapshots); });
}

}  // namespace pathway::web
