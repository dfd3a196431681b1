#include "performance/board_report_request_form.h"

#include <algorithm>

namespace pathway::performance {

namespace {

using measures::ScopeKind;

constexpr int board_report_quarters = 8;

std::string place_value(ScopeKind kind, const std::string& code) {
  if (kind == ScopeKind::area) return "area:" + code;
  if (kind == ScopeKind::district) return "district:" + code;
  return "service";
}

web::ViewData option(std::string value, std::string label, const BoardReportForm& form) {
  web::ViewData data;
  data.set("selected", value == form.place);
  data.set("value", std::move(value));
  data.set("label", std::move(label));
  return data;
}

}  // namespace

BoardReportForm form_from_query(const std::string& quarter, const std::string& area, const std::string& district) {
  if (!district.empty()) return {quarter, "district:" + district};
  if (!area.empty()) return {quarter, "area:" + area};
  return {quarter, "service"};
}

CheckedBoardReportForm check_board_report_form(const BoardReportForm& form,
                                               const std::vector<reference::District>& districts, Date today) {
  CheckedBoardReportForm checked;
  auto quarter = parse_quarter(form.quarter);
  if (!quarter) {
    checked.errors.push_back({"quarter", "Choose the quarter to report on"});
  } else if (!(quarter.value() < quarter_of(today))) {
    checked.errors.push_back({"quarter", "Choose a quarter that has ended: " + quarter.value().label() +
                                             " has not ended yet"});
  }
  BoardReportRequest request;
  bool place_found = form.place == "service";
  for (const auto& district : districts) {
    if (form.place == "area:" + district.area_code) {
      request = {{}, ScopeKind::area, district.area_code};
      place_found = true;
    } else if (form.place == "district:" + district.code) {
      request = {{}, ScopeKind::district, district.code};
      place_found = true;
    }
  }
  if (!place_found) checked.errors.push_back({"place", "Choose the whole service, an area or a district"});
  if (checked.errors.empty()) {
    request.quarter = quarter.value();
    checked.request = request;
  }
  return checked;
}

web::ViewList quarter_options(const BoardReportForm& form, Date today) {
  web::ViewList options;
  auto quarters = ended_quarters(today, board_report_quarters);
  bool any_selected = std::any_of(quarters.begin(), quarters.end(),
                                  [&](Quarter quarter) { return quarter.code() == form.quarter; });
  for (std::size_t i = 0; i < quarters.size(); ++i) {
    web::ViewData data;
    data.set("value", quarters[i].code());
    data.set("label", quarters[i].label());
    // The last quarter that has ended, unless the form or link chose another.
    data.set("selected", any_selected ? quarters[i].code() == form.quarter : i == 0);
    options.push_back(std::move(data));
  }
  return options;
}

web::ViewList place_options(const BoardReportForm& form, const std::vector<reference::District>& districts) {
  web::ViewList options;
  options.push_back(option("service", "Whole service, its areas and districts", form));
  for (const auto& area : areas_in_name_order(districts)) {
    bool first = true;
    for (const auto& district : districts) {
      if (district.area_code != area) continue;
      if (first) options.push_back(option(place_value(ScopeKind::area, area), district.area_name + " area and its districts", form));
      first = false;
      options.push_back(option(place_value(ScopeKind::district, district.code), district.name + " district", form));
    }
  }
  return options;
}

std::string request_place_label(const BoardReportRequest& request, const std::vector<reference::District>& districts) {
  for (const auto& district : districts) {
    if (request.scope_kind == ScopeKind::area && district.area_code == request.scope_code) {
      return district.area_name + " area and its districts";
    }
    if (request.scope_kind == ScopeKind::district && district.code == request.scope_code) {
      return district.name + " district";
    }
  }
  if (request.scope_kind == ScopeKind::service) return "Whole service, its areas and districts";
  return request.scope_code;
}

}  // namespace pathway::performance
