// An outcome's own page (/children/{id}/outcomes/{outcome}): what was decided, the order's
// dates, a detention and training order's release, and the order's progress. Handlers stay
// thin: find the outcome, read what the page shows (justice/order_progress.h), build its
// words (justice/order_views.h), record the view, render.
#include <algorithm>

#include "children/child_record_guard.h"
#include "core/clock.h"
#include "justice/chronology.h"
#include "justice/correction_views.h"
#include "justice/justice_page_data.h"
#include "justice/order_pages.h"
#include "justice/order_release.h"
#include "justice/order_terms.h"
#include "justice/order_views.h"
#include "web/request_numbers.h"

namespace pathway::web {

namespace {

// The remands on the child's record up to the order's date, for its remand time.
std::vector<justice::RemandEvent> remands_before(store::Connection& connection, std::int64_t child_id, Date order_date) {
  std::vector<justice::RemandEvent> remands;
  for (auto& event : justice::chronology(connection, child_id, {{justice::EventKind::remand}, std::nullopt, order_date})) {
    remands.push_back(std::get<justice::RemandEvent>(std::move(event)));
  }
  return remands;
}

// The day the first offence the outcome disposes of was committed (its own date if none).
Date first_offence(const justice::Outcome& outcome, const std::vector<justice::Offence>& offences) {
  Date first = outcome.details.outcome_date;
  for (const auto& offence : offences) {
    const auto& ids = outcome.details.offence_ids;
    if (std::find(ids.begin(), ids.end(), offence.id) != ids.end()) first = std::min(first, offence.details.offence_date);
  }
  return first;
}

std::optional<Result<justice::DtoRelease>> release_of(store::Connection& connection, const OrderAddress& order,
                                                      const std::vector<justice::Offence>& offences) {
  const auto& details = order.outcome.details;
  if (details.outcome_type != "detention_and_training_order") return std::nullopt;
  return justice::release_of_order(details.outcome_date, details.length_months,
                                   remands_before(connection, order.summary.child.id, details.outcome_date),
                                   first_offence(order.outcome, offences));
}

// The corrections of the outcome (its end) and of the breach proceedings on it, newest first.
std::vector<justice::Correction> order_corrections(store::Connection& connection, const justice::Outcome& outcome,
                                                   const justice::OrderProgress& progress) {
  std::vector<justice::CorrectedRecord> records{{justice::CorrectedKind::outcome, outcome.id}};
  for (const auto& breach : progress.breaches) records.push_back({justice::CorrectedKind::breach_proceedings, breach.id});
  return justice::corrections_of(connection, records);
}

justice::RecordTitle correction_title(const justice::OrderProgress& progress) {
  return [&progress](const justice::CorrectedRecord& record) {
    if (record.kind == justice::CorrectedKind::outcome) return std::string("The order’s end");
    for (const auto& breach : progress.breaches) {
      if (breach.id == record.id) return "Breach proceedings begun on " + to_display(breach.begun_on);
    }
    return std::string("Breach proceedings");
  };
}

void add_saved_banner(ViewData& data, const std::string& saved) {
  static const std::pair<std::string_view, std::string_view> banners[] = {
      {"end", "The end of the order is recorded"}, {"warning", "Warning recorded"},
      {"breach", "Breach proceedings recorded"},   {"breach_corrected", "Breach proceedings corrected"},
      {"extension", "Extension recorded"},
      {"revocation", "Revocation recorded"},       {"unchanged", "You did not change anything"}};
  for (auto [code, heading] : banners) {
    if (saved != code) continue;
    ViewData banner;
    banner.set("heading", std::string(heading));
    data.set("notification", banner);
  }
}

Response outcome_page(PageContext& context) {
  auto connection = context.database.acquire();
  auto found = find_order(context, *connection);
  if (!found.order) return *found.refusal;
  const auto* order = &*found.order;
  auto offences = justice::offences_of_child(*connection, order->summary.child.id, justice_viewer(context));
  auto progress = justice::order_progress(*connection, order->outcome.id);
  const auto& details = order->outcome.details;
  std::vector<justice::ReferralOrderExtension> extensions;
  for (const auto& recorded : progress.extensions) extensions.push_back(recorded.extension);
  auto expected = justice::expected_end(
      {details.outcome_type, details.outcome_date, details.start_date, details.length_months, extensions});
  auto release = release_of(*connection, *order, offences);
  auto corrections = order_corrections(*connection, order->outcome, progress);
  context.record_view("child.outcome", "child", order->summary.child.public_id,
                      "outcome " + std::to_string(order->outcome.id) +
                          (corrections.empty() ? "" : "; corrections of " + justice::corrections_shown(corrections)));
  ViewData data = justice_page_data(context, *connection, order->summary, justice::order_caption(order->outcome));
  data.set("order", justice::order_page_data({order->outcome, offences, progress, expected, release, today_utc(),
                                              order->child_href,
                                              context.may(access::Permission::correct_child_record)}));
  justice::add_corrections_section(data, corrections, correction_title(progress), "Nothing on this order has been corrected.");
  add_saved_banner(data, context.query_value("saved"));
  return render_page(context, pages::child_outcome, data);
}

}  // namespace

OrderLookup find_order(PageContext& context, store::Connection& connection) {
  auto summary = justice_child(context, connection);
  if (!summary) return {std::nullopt, justice_child_not_found(context)};
  auto id = posted_version(context.params.at("outcome"));
  auto outcome = id ? justice::find_outcome(connection, summary->child.id, *id) : std::nullopt;
  if (!outcome) {
    return {std::nullopt, message_page(context, 404, "Outcome not found",
                                       "This child has no outcome with that reference. Go back to the child’s "
                                       "offences and outcomes.")};
  }
  std::string child_href = "/children/" + summary->child.public_id;
  std::string outcome_href = child_href + "/outcomes/" + std::to_string(outcome->id);
  return {OrderAddress{std::move(*summary), std::move(*outcome), child_href, outcome_href}, std::nullopt};
}

void add_order_pages(Routes& routes) {
  routes.record_page(Method::get, "/children/{id}/outcomes/{outcome}", access::Permission::read_child_record,
                     child_record_guard(), outcome_page);
  add_order_form_pages(routes);
}

}  // namespace pathway::web
