#include "justice/requirement_views.h"

#include <numeric>

#include "justice/periods.h"

namespace pathway::justice {

using web::ViewData;
using web::ViewList;

namespace {

std::string weekday_name(Date date) {
  static constexpr const char* names[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
  return names[std::chrono::weekday{std::chrono::sys_days{date}}.c_encoding()];
}

// A curfew's hours on each of the 7 days from its start, as the court set them.
std::string curfew_text(const Requirement& requirement) {
  const auto& hours = requirement.curfew_hours;
  std::string days;
  for (std::size_t i = 0; i < hours.size(); ++i) days += (i == 0 ? "" : ", ") + std::to_string(hours[i]);
  int week = std::accumulate(hours.begin(), hours.end(), 0);
  return "Hours a day on the 7 days from each " + weekday_name(requirement.starts_on) + ": " + days + " (" +
         amount_text(week, AmountUnit::hours) + " in each 7 days)";
}

std::string period_text(const Requirement& requirement) {
  if (!requirement.ends_on) return "From " + to_display(requirement.starts_on);
  return "From " + to_display(requirement.starts_on) + " to " + to_display(*requirement.ends_on);
}

ViewList progress_rows(const RecordedRequirement& recorded, AmountUnit unit) {
  ViewList rows;
  for (const auto& progress : recorded.progress) {
    ViewData row;
    row.set("date", to_display(progress.entry.done_on));
    row.set("amount", progress.entry.amount ? amount_text(*progress.entry.amount, unit) : "");
    row.set("note", progress.note);
    row.set("by", progress.recorded_by);
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace

std::string amount_text(int amount, AmountUnit unit) {
  std::string word = unit == AmountUnit::hours ? "hour" : "day";
  return std::to_string(amount) + " " + word + (amount == 1 ? "" : "s");
}

ViewList requirement_rows(const std::vector<RecordedRequirement>& requirements, const std::string& progress_href) {
  ViewList rows;
  for (const auto& recorded : requirements) {
    const Requirement& requirement = recorded.requirement;
    ViewData row;
    row.set("id", std::to_string(recorded.id));
    row.set("label", std::string(requirement_kind_info(requirement.kind).label));
    row.set("period", period_text(requirement));
    // Set either way, false for none: a missing key would be looked up outside, and any
    // string shows a section.
    if (requirement.curfew_hours.empty()) {
      row.set("curfew", false);
    } else {
      row.set("curfew", curfew_text(requirement));
    }
    auto ordered = ordered_amount(requirement);
    row.set("counted", ordered.has_value());
    if (ordered) {
      int done = amount_done(recorded.entries());
      int remaining = ordered->amount > done ? ordered->amount - done : 0;
      row.set("ordered", amount_text(ordered->amount, ordered->unit));
      row.set("done", amount_text(done, ordered->unit));
      row.set("remaining", amount_text(remaining, ordered->unit));
      row.set("complete", remaining == 0);
    } else {
      row.set("complete", false);
    }
    ViewList progress = progress_rows(recorded, ordered ? ordered->unit : AmountUnit::days);
    row.set("has_progress", !progress.empty());
    row.set("progress", std::move(progress));
    row.set("progress_href", progress_href.empty() ? "" : progress_href + "/" + std::to_string(recorded.id) + "/progress");
    row.set("edit_href", progress_href.empty() ? "" : progress_href + "/" + std::to_string(recorded.id) + "/edit");
    rows.push_back(std::move(row));
  }
  return rows;
}

ViewList requirement_kind_options(const std::string& chosen) {
  ViewList options;
  for (const auto& info : requirement_kinds()) {
    ViewData option;
    option.set("value", std::string(info.code));
    option.set("text", std::string(info.label));
    option.set("selected", info.code == chosen);
    options.push_back(std::move(option));
  }
  return options;
}

}  // namespace pathway::justice
