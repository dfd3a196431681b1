#include "measures/measure_terms.h"

#include <algorithm>
#include <array>
#include <initializer_list>

#include "justice/record_rules.h"

namespace pathway::measures {

using namespace std::chrono;

namespace {

// The lists of kpi.md's Terms, word for word, so that a reader can check them against it.
constexpr std::array substantive = {
    "youth_caution", "youth_conditional_caution", "absolute_discharge", "conditional_discharge", "fine",
    "compensation_order", "referral_order", "youth_rehabilitation_order", "youth_rehabilitation_order_iss",
    "detention_and_training_order", "section_250", "section_252a", "extended_sentence",
    "detention_at_his_majestys_pleasure"};
constexpr std::array court_disposals = {
    "absolute_discharge", "conditional_discharge", "fine", "compensation_order", "referral_order",
    "youth_rehabilitation_order", "youth_rehabilitation_order_iss", "detention_and_training_order", "section_250",
    "section_252a", "extended_sentence", "detention_at_his_majestys_pleasure"};
constexpr std::array custodial = {"detention_and_training_order", "section_250", "section_252a",
                                  "extended_sentence", "detention_at_his_majestys_pleasure"};
constexpr std::array out_of_court = {"community_resolution", "deferred_prosecution", "youth_caution",
                                     "youth_conditional_caution"};
constexpr std::array court_orders = {"referral_order", "youth_rehabilitation_order",
                                     "youth_rehabilitation_order_iss", "detention_and_training_order",
                                     "section_250", "section_252a", "extended_sentence"};

template <std::size_t N>
bool listed(const std::array<const char*, N>& list, OutcomeCode code) {
  const auto& types = justice::outcome_types();
  if (code >= types.size()) return false;
  return std::any_of(list.begin(), list.end(), [&](const char* name) { return types[code] == name; });
}

// One bit per Term, per code, worked out once.
enum Term : std::uint8_t {
  substantive_bit = 1,
  court_disposal_bit = 2,
  custodial_bit = 4,
  out_of_court_bit = 8,
  court_order_bit = 16,
};

const std::vector<std::uint8_t>& terms_by_code() {
  static const std::vector<std::uint8_t> table = [] {
    std::vector<std::uint8_t> bits(justice::outcome_types().size(), 0);
    for (std::size_t i = 0; i < bits.size(); ++i) {
      auto code = static_cast<OutcomeCode>(i);
      bits[i] = static_cast<std::uint8_t>((listed(substantive, code) ? substantive_bit : 0) |
                                          (listed(court_disposals, code) ? court_disposal_bit : 0) |
                                          (listed(custodial, code) ? custodial_bit : 0) |
                                          (listed(out_of_court, code) ? out_of_court_bit : 0) |
                                          (listed(court_orders, code) ? court_order_bit : 0));
    }
    return bits;
  }();
  return table;
}

bool has(OutcomeCode code, Term term) {
  const auto& table = terms_by_code();
  return code < table.size() && (table[code] & term) != 0;
}

}  // namespace

Day day_of(Date date) { return static_cast<Day>(sys_days{date}.time_since_epoch().count()); }

Date date_of(Day day) { return Date{sys_days{days{day}}}; }

Day birthday(Date date_of_birth, int years) {
  Date same_day{date_of_birth.year() + std::chrono::years{years}, date_of_birth.month(), date_of_birth.day()};
  if (same_day.ok()) return day_of(same_day);
  // Only 29 February can be missing: the child turns a year older on 1 March.
  return day_of(Date{same_day.year(), March, day{1}});
}

Day add_months(Day day, int months) { return day_of(pathway::add_months(date_of(day), months)); }

Day last_day_of_school_age(Date date_of_birth) {
  Date sixteenth = date_of(birthday(date_of_birth, 16));
  // The school year that holds the 16th birthday ends in June of this year.
  year ends_in = sixteenth.month() >= September ? sixteenth.year() + years{1} : sixteenth.year();
  return day_of(Date{sys_days{year_month_weekday_last{ends_in, June, weekday_last{Friday}}}});
}

std::optional<OutcomeCode> outcome_code(std::string_view outcome_type) {
  const auto& types = justice::outcome_types();
  auto found = std::find(types.begin(), types.end(), outcome_type);
  if (found == types.end()) return std::nullopt;
  return static_cast<OutcomeCode>(found - types.begin());
}

std::optional<CompletionCode> completion_code(std::string_view completion) {
  const auto& values = justice::completions();
  auto found = std::find(values.begin(), values.end(), completion);
  if (found == values.end()) return std::nullopt;
  return static_cast<CompletionCode>(found - values.begin());
}

std::optional<OffenceCategoryCode> offence_category_code(std::string_view category) {
  const auto& values = justice::offence_categories();
  auto found = std::find(values.begin(), values.end(), category);
  if (found == values.end()) return std::nullopt;
  return static_cast<OffenceCategoryCode>(found - values.begin());
}

bool follow_up_complete(Day last_index_date, Day today) {
  return last_index_date == std::numeric_limits<Day>::min() || add_months(last_index_date, 18) <= today;
}

int months_observed(Day index_date, Day today) {
  int months = 0;
  while (months < 12 && add_months(index_date, months + 1) <= today) ++months;
  return months;
}

bool is_substantive(OutcomeCode code) { return has(code, substantive_bit); }
bool is_court_disposal(OutcomeCode code) { return has(code, court_disposal_bit); }
bool is_custodial_sentence(OutcomeCode code) { return has(code, custodial_bit); }
bool is_index_outcome(OutcomeCode code) {
  static const auto youth_caution = outcome_code("youth_caution");
  static const auto youth_conditional_caution = outcome_code("youth_conditional_caution");
  return code == youth_caution || code == youth_conditional_caution ||
         (is_court_disposal(code) && !is_custodial_sentence(code));
}
bool is_out_of_court_disposal(OutcomeCode code) { return has(code, out_of_court_bit); }
bool is_court_programme_or_order(OutcomeCode code) { return has(code, court_order_bit); }

bool is_serious_violence_offence(std::string_view category, std::int64_t gravity) {
  bool violent = category == "violence_against_the_person" || category == "robbery" || category == "drugs";
  return violent && gravity >= 5;
}

}  // namespace pathway::measures
