#include "performance/board_report_model.h"

#include <algorithm>
#include <cmath>

#include "measures/measure_set.h"

namespace pathway::performance {

namespace {

using measures::ScopeKind;

measures::Ratio rounded(measures::Ratio value) {
  if (!value) return value;
  return std::round(*value * 10.0) / 10.0;
}

// A place reported on, with the engine's scope (its districts) and the section it fills.
struct Place {
  BoardReportSection section;
  measures::Scope scope;
};

Result<measures::Scope> scope_of(const measures::RecordSnapshot& snapshot, ScopeKind kind, const std::string& code) {
  if (kind == ScopeKind::area) return measures::resolve_scope(snapshot, {}, {code});
  if (kind == ScopeKind::district) return measures::resolve_scope(snapshot, {code}, {});
  return measures::whole_service(snapshot);
}

Result<Place> place(const measures::RecordSnapshot& snapshot, ScopeKind kind, std::string code, std::string name) {
  auto scope = scope_of(snapshot, kind, code);
  if (!scope) return Error{ErrorKind::not_found, scope.error().message};
  return Place{BoardReportSection{kind, std::move(code), std::move(name), {}}, std::move(scope.value())};
}

// The places of the request: the scope itself, then each of its areas followed by the area's
// districts, each by name (list_districts gives districts by name).
Result<std::vector<Place>> places_of(const measures::RecordSnapshot& snapshot,
                                     const std::vector<reference::District>& districts,
                                     const BoardReportRequest& request) {
  std::vector<Place> places;
  auto add = [&](ScopeKind kind, const std::string& code, const std::string& name) -> bool {
    auto found = place(snapshot, kind, code, name);
    if (found) places.push_back(std::move(found.value()));
    return found.ok();
  };
  const Error unknown{ErrorKind::not_found, "There is no " + std::string(scope_kind_text(request.scope_kind)) +
                                                " with the code " + request.scope_code};
  if (request.scope_kind == ScopeKind::service) {
    add(ScopeKind::service, "", "Whole service");
    for (const auto& area : areas_in_name_order(districts)) {
      bool area_added = false;
      for (const auto& district : districts) {
        if (district.area_code != area) continue;
        if (!area_added) area_added = add(ScopeKind::area, area, district.area_name);
        add(ScopeKind::district, district.code, district.name);
      }
    }
    return places;
  }
  for (const auto& district : districts) {
    bool in_area = request.scope_kind == ScopeKind::area && district.area_code == request.scope_code;
    bool is_district = request.scope_kind == ScopeKind::district && district.code == request.scope_code;
    if (in_area && places.empty() && !add(ScopeKind::area, district.area_code, district.area_name)) return unknown;
    if ((in_area || is_district) && !add(ScopeKind::district, district.code, district.name)) return unknown;
  }
  if (places.empty()) return unknown;
  return places;
}

}  // namespace

std::vector<std::string> areas_in_name_order(const std::vector<reference::District>& districts) {
  std::vector<std::pair<std::string, std::string>> areas;  // name, code
  for (const auto& district : districts) {
    std::pair<std::string, std::string> area{district.area_name, district.area_code};
    if (std::find(areas.begin(), areas.end(), area) == areas.end()) areas.push_back(area);
  }
  std::sort(areas.begin(), areas.end());
  std::vector<std::string> codes;
  for (const auto& area : areas) codes.push_back(area.second);
  return codes;
}

TargetStatus target_status(const measures::HeadlineMeasure& measure, measures::Ratio figure,
                           std::optional<double> target) {
  if (!target) return TargetStatus::no_target;
  if (!figure) return TargetStatus::no_figure;
  bool met = measure.better == measures::Better::lower ? *figure <= *target : *figure >= *target;
  return met ? TargetStatus::met : TargetStatus::missed;
}

std::string_view target_status_text(TargetStatus status) {
  switch (status) {
    case TargetStatus::met: return "Met";
    case TargetStatus::missed: return "Missed";
    case TargetStatus::no_target: return "No target set";
    case TargetStatus::no_figure: return "No figure";
    case TargetStatus::not_final: return "Not final";
  }
  return "";
}

std::string_view scope_kind_text(measures::ScopeKind kind) {
  switch (kind) {
    case ScopeKind::service: return "Whole service";
    case ScopeKind::area: return "Area";
    case ScopeKind::district: return "District";
    case ScopeKind::team: return "Team";
  }
  return "";
}

Result<BoardReport> build_board_report(const measures::RecordSnapshot& snapshot,
                                       const std::vector<reference::District>& districts,
                                       const std::vector<measures::MeasureTarget>& targets,
                                       const BoardReportRequest& request, Date today, std::string data_as_of) {
  auto places = places_of(snapshot, districts, request);
  if (!places) return places.error();
  std::vector<measures::Scope> scopes;
  for (const auto& place : places.value()) scopes.push_back(place.scope);
  measures::Day day = measures::day_of(today);
  // One pass over the records for each of the three quarters, counting every place at once.
  auto now = measures::measure_sets(snapshot, request.quarter.period(), scopes, day);
  auto before = measures::measure_sets(snapshot, request.quarter.previous().period(), scopes, day);
  auto year_ago =
      measures::measure_sets(snapshot, request.quarter.year_before().period(), scopes, day);

  BoardReport report{request, std::move(data_as_of), {}};
  for (std::size_t i = 0; i < places->size(); ++i) {
    BoardReportSection section = std::move(places.value()[i].section);
    for (const auto& measure : measures::headline_measures()) {
      BoardReportFigure figure;
      figure.measure = &measure;
      figure.this_quarter = rounded(measure.value(now[i]));
      figure.previous_quarter = rounded(measure.value(before[i]));
      figure.year_before = rounded(measure.value(year_ago[i]));
      figure.target = measures::target_for(targets, measure.key(), section.kind, section.code);
      figure.status = target_status(measure, figure.this_quarter, figure.target);
      figure.still_counting = measure.measure == "reoffending" && !now[i].reoffending.follow_up_complete;
      bool judged = figure.status == TargetStatus::met || figure.status == TargetStatus::missed;
      if (figure.still_counting && judged) figure.status = TargetStatus::not_final;
      section.figures.push_back(figure);
    }
    report.sections.push_back(std::move(section));
  }
  return report;
}

}  // namespace pathway::performance
