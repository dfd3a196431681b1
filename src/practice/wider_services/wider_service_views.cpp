#include "practice/wider_services/wider_service_views.h"

#include "practice/practice_page.h"
#include "practice/wider_services/wider_service_vocabulary.h"
#include "practice/wider_services/wider_services.h"

namespace pathway::web {

namespace {

ViewData wider_service_row(const practice::WiderService& service, const std::string& base) {
  const auto& details = service.details;
  ViewData row;
  row.set("id", std::to_string(service.id));
  row.set("service", practice::wider_service_words(details.service));
  row.set("from", to_display(details.from));
  row.set("to", details.to ? to_display(*details.to) : std::string("Continuing"));
  row.set("continuing", service.continuing());
  row.set("note", details.note);
  row.set("recorded_at", recorded_at_display(service.recorded_at));
  row.set("recorded_by", service.recorded_by_name);
  row.set("end_href", base + "/" + std::to_string(service.id) + "/end");
  return row;
}

}  // namespace

std::string wider_services_href(const children::ChildSummary& summary) {
  return section_href(summary, "wider-services");
}

std::size_t add_wider_services(ViewData& data, store::Connection& connection, const children::ChildSummary& summary) {
  std::string base = wider_services_href(summary);
  auto services = practice::wider_services_of(connection, summary.child.id);
  ViewList rows;
  for (const auto& service : services) rows.push_back(wider_service_row(service, base));
  data.set("has_wider_services", !rows.empty());
  data.set("wider_services", std::move(rows));
  // The record's status today, corrected on the record itself: shown beside the history,
  // never worked out from it (wider_services.cpp says why).
  data.set("looked_after_now", std::string(children::looked_after_label(summary.child.details.looked_after)));
  data.set("wider_service_href", base + "/new");
  return services.size();
}

}  // namespace pathway::web
