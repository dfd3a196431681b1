#include "justice/requirement_progress.h"

#include <string>

#include "justice/periods.h"

namespace pathway::justice {

namespace {

std::string count_of(int amount, AmountUnit unit) {
  std::string word = unit == AmountUnit::hours ? "hour" : "day";
  return std::to_string(amount) + " " + word + (amount == 1 ? "" : "s");
}

std::string unit_name(AmountUnit unit) { return unit == AmountUnit::hours ? "hours" : "days"; }

void check_day(std::vector<RuleBreach>& breaches, const Requirement& requirement, Date done_on, Date today,
               std::optional<Date> order_ended) {
  if (done_on < requirement.starts_on) {
    breaches.push_back({"done_on", "it is before the requirement started (" + to_display(requirement.starts_on) +
                                       "): give a date on or after it"});
  } else if (today < done_on) {
    breaches.push_back({"done_on", "it is in the future: give today's date or an earlier one"});
  } else if (order_ended && *order_ended < done_on) {
    breaches.push_back({"done_on", "it is after the order ended (" + to_display(*order_ended) +
                                       "): give a date on or before it"});
  }
}

void check_amount(std::vector<RuleBreach>& breaches, const Requirement& requirement, const OrderedAmount& ordered,
                  const std::vector<ProgressEntry>& recorded, const ProgressEntry& proposed) {
  if (!proposed.amount || *proposed.amount < 1) {
    breaches.push_back({"amount", "give the number of " + unit_name(ordered.unit) + " done, at least 1"});
    return;
  }
  int done = amount_done(recorded);
  int remaining = ordered.amount > done ? ordered.amount - done : 0;
  if (*proposed.amount > remaining) {
    breaches.push_back(
        {"amount", remaining == 0
                       ? "all " + count_of(ordered.amount, ordered.unit) + " ordered are done: nothing remains to record"
                       : "only " + count_of(remaining, ordered.unit) + " of the " +
                             count_of(ordered.amount, ordered.unit) + " ordered remain: give " +
                             std::to_string(remaining) + " or fewer"});
    return;
  }
  if (ordered.unit != AmountUnit::days || proposed.done_on < requirement.starts_on) return;
  int by_then = *proposed.amount;
  for (const auto& entry : recorded) {
    if (!(proposed.done_on < entry.done_on)) by_then += entry.amount.value_or(0);
  }
  int passed = days_counting_both_ends(requirement.starts_on, proposed.done_on);
  if (by_then > passed) {
    breaches.push_back({"amount", "that makes " + count_of(by_then, AmountUnit::days) + " done by " +
                                      to_display(proposed.done_on) + ", but only " +
                                      count_of(passed, AmountUnit::days) +
                                      " had passed since the requirement started: check the days or the date"});
  }
}

}  // namespace

std::optional<OrderedAmount> ordered_amount(const Requirement& requirement) {
  if (requirement.amount && requirement.unit != AmountUnit::none) {
    return OrderedAmount{*requirement.amount, requirement.unit};
  }
  if (requirement.ends_on) {
    return OrderedAmount{days_counting_both_ends(requirement.starts_on, *requirement.ends_on), AmountUnit::days};
  }
  return std::nullopt;
}

int amount_done(const std::vector<ProgressEntry>& entries) {
  int done = 0;
  for (const auto& entry : entries) done += entry.amount.value_or(0);
  return done;
}

std::vector<RuleBreach> progress_breaches(const Requirement& requirement, const std::vector<ProgressEntry>& recorded,
                                          const ProgressEntry& proposed, Date today, std::optional<Date> order_ended) {
  std::vector<RuleBreach> breaches;
  check_day(breaches, requirement, proposed.done_on, today, order_ended);
  if (auto ordered = ordered_amount(requirement)) {
    check_amount(breaches, requirement, *ordered, recorded, proposed);
  } else if (proposed.amount) {
    breaches.push_back({"amount", "this requirement has no hours or days ordered: leave the amount empty and say "
                                  "what was done in the note"});
  }
  return breaches;
}

}  // namespace pathway::justice
