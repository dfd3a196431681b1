#include "justice/order_views.h"

#include "justice/offence_views.h"
#include "justice/order_progress_rules.h"
#include "justice/order_terms.h"
#include "justice/record_labels.h"

namespace pathway::justice {

namespace {

using web::ViewData;
using web::ViewList;

std::string days(int count) { return std::to_string(count) + (count == 1 ? " day" : " days"); }

ViewData link(std::string text, std::string href) {
  ViewData item;
  item.set("text", std::move(text));
  item.set("href", std::move(href));
  return item;
}

// The pages about parts of an outcome that other pages keep: a youth rehabilitation
// order's requirements, an out-of-court disposal's joint decision panel.
ViewList related_links(const Outcome& outcome, const std::string& outcome_href) {
  ViewList links;
  auto tier = outcome_tier(outcome.details.outcome_type);
  if (tier == OutcomeTier::community) links.push_back(link("Requirements", outcome_href + "/requirements"));
  if (tier == OutcomeTier::pre_court || tier == OutcomeTier::pre_court_substantive) {
    links.push_back(link("Joint decision panel", outcome_href + "/decision-panel"));
  }
  return links;
}

ViewData credit_data(const RemandCredit& credit) {
  ViewData data;
  data.set("custody_days", days(credit.custody_days));
  data.set("bail_days", days(credit.qualifying_bail_days));
  data.set("local_authority_days", days(credit.local_authority_days));
  data.set("credited", days(credit.days_credited));
  data.set("deducted", credit.rule && credit.rule->deducted);
  if (credit.rule) data.set("source", credit.rule->source);
  return data;
}

ViewData release_data(const DtoRelease& release) {
  ViewData data;
  data.set("term", std::to_string(release.term_months) + " months (" + days(release.term_days) + ")");
  data.set("halfway", to_display(release.halfway_date) + " (day " + std::to_string(release.halfway_days) + ")");
  data.set("credit", credit_data(release.credit));
  data.set("release_date", to_display(release.release_date));
  data.set("released_on_order_date", release.released_on_order_date);
  if (release.early_release) {
    data.set("early_release",
             to_display(release.early_release->first) + " to " + to_display(release.early_release->last));
  }
  std::string late;
  for (Date date : release.late_release_dates) late += (late.empty() ? "" : " or ") + to_display(date);
  if (!late.empty()) data.set("late_release", late);
  data.set("order_end", to_display(release.order_end));
  return data;
}

ViewData release_section(const std::optional<Result<DtoRelease>>& release) {
  ViewData data;
  if (!release) {
    data.set("missing", "No term is recorded, so the release dates cannot be worked out.");
  } else if (!*release) {
    data.set("missing", release->error().message);
  } else {
    data = release_data(release->value());
  }
  return data;
}

ViewList warning_rows(const std::vector<OrderWarning>& warnings) {
  ViewList rows;
  for (const auto& warning : warnings) {
    ViewData row;
    row.set("date", to_display(warning.given_on));
    row.set("reason", warning.reason);
    row.set("given_by", warning.given_by);
    rows.push_back(std::move(row));
  }
  return rows;
}

// Each row links to its correction form under `outcome_href` when given ("" when the
// viewer may not correct the record).
ViewList breach_rows(const std::vector<BreachProceedings>& breaches, const std::string& outcome_href) {
  ViewList rows;
  for (const auto& breach : breaches) {
    ViewData row;
    if (!outcome_href.empty()) {
      row.set("edit_href", outcome_href + "/breaches/" + std::to_string(breach.id) + "/edit");
    }
    row.set("begun", to_display(breach.begun_on));
    row.set("court_date", breach.court_date ? to_display(*breach.court_date) : "Not yet listed");
    row.set("result", breach.result.empty() ? "Not yet decided" : breach_result_label(breach.result));
    rows.push_back(std::move(row));
  }
  return rows;
}

ViewList extension_rows(const std::vector<RecordedExtension>& extensions) {
  ViewList rows;
  for (const auto& recorded : extensions) {
    ViewData row;
    row.set("date", to_display(recorded.extension.made_on));
    int months = recorded.extension.months;
    row.set("months", std::to_string(months) + (months == 1 ? " month" : " months"));
    row.set("reason", recorded.reason);
    rows.push_back(std::move(row));
  }
  return rows;
}

void add_progress(ViewData& data, const OrderPage& page, const std::string& outcome_href) {
  const auto& progress = page.progress;
  std::vector<Date> given;
  for (const auto& warning : progress.warnings) given.push_back(warning.given_on);
  data.set("warnings_in_year", std::to_string(warnings_in_last_12_months(given, page.today)));
  data.set("warnings", warning_rows(progress.warnings));
  data.set("has_warnings", !progress.warnings.empty());
  data.set("breaches", breach_rows(progress.breaches, page.may_change ? outcome_href : ""));
  data.set("may_change", page.may_change);
  data.set("has_breaches", !progress.breaches.empty());
  bool referral = page.outcome.details.outcome_type == "referral_order";
  data.set("is_referral_order", referral);
  data.set("extensions", extension_rows(progress.extensions));
  data.set("has_extensions", !progress.extensions.empty());
  if (progress.revocation) {
    ViewData revocation;
    revocation.set("date", to_display(progress.revocation->revoked_on));
    revocation.set("reason", progress.revocation->reason);
    data.set("revocation", revocation);
  }
  if (!page.may_change) return;
  data.set("end_href", outcome_href + "/end");
  data.set("warning_href", outcome_href + "/warnings/new");
  data.set("breach_href", outcome_href + "/breaches/new");
  if (referral && !progress.revocation) {
    data.set("extension_href", outcome_href + "/extensions/new");
    data.set("revocation_href", outcome_href + "/revocation");
  }
}

}  // namespace

ViewData order_page_data(const OrderPage& page) {
  const auto& details = page.outcome.details;
  std::string outcome_href = page.child_href + "/outcomes/" + std::to_string(page.outcome.id);
  ViewData data;
  data.set("outcome", outcome_row(page.outcome, page.offences, page.child_href));
  ViewList links = related_links(page.outcome, outcome_href);
  data.set("has_links", !links.empty());
  data.set("links", std::move(links));
  bool order = is_order(details.outcome_type);
  data.set("is_order", order);
  if (!order) return data;
  data.set("expected_end", page.expected_end ? to_display(*page.expected_end) : "Not known: no length is recorded");
  if (details.outcome_type == "detention_and_training_order") data.set("release", release_section(page.release));
  add_progress(data, page, outcome_href);
  return data;
}

std::string order_caption(const Outcome& outcome) {
  return outcome_type_label(outcome.details.outcome_type) + ", " + to_display(outcome.details.outcome_date);
}

}  // namespace pathway::justice
