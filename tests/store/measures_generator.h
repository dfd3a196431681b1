#pragma once
// Generated children and justice records for the measures' property tests (the engine
// against SQL, the lists behind each figure, the reoffending tracker): ages across the 10th
// and 18th birthdays, 29 February births, orders ending on the same day, ids whose byte
// order is not their number order, districts without a population, releases from sentences
// and remands; the same records every run, from a fixed seed.
#include <random>
#include <string>
#include <vector>

#include "measures_fixture.h"

namespace pathway::testing {

using namespace std::chrono;

inline const std::vector<std::string> all_outcome_types = {
    "no_further_action", "not_guilty", "community_resolution", "deferred_prosecution", "youth_caution",
    "youth_conditional_caution", "absolute_discharge", "conditional_discharge", "fine", "compensation_order",
    "referral_order", "youth_rehabilitation_order", "youth_rehabilitation_order_iss",
    "detention_and_training_order", "section_250", "section_252a", "extended_sentence",
    "detention_at_his_majestys_pleasure"};

// Generated records: every child's offences between their 10th and 18th birthdays, outcomes
// after the offences they dispose of, ends and releases after starts.
class MeasuresGenerator {
 public:
  explicit MeasuresGenerator(MeasuresFixture& db) : db_(db) {}

  // The districts and `count` children with their records, in one transaction.
  void districts_and_children(int count) {
    districts();
    store::Transaction transaction(db_.connection());
    for (int i = 0; i < count; ++i) child();
    transaction.commit();
  }

  void districts() {
    db_.district("A1", "NORTH", {{2020, 8000}, {2021, 8100}, {2022, 8200}, {2023, 8300}, {2024, 8400}, {2025, 8500}});
    db_.district("A2", "NORTH", {{2020, 5000}, {2021, 5100}, {2022, 5200}, {2023, 5300}, {2024, 5400}, {2025, 5500}});
    db_.district("B1", "SOUTH", {{2020, 9000}, {2021, 9100}, {2022, 9200}, {2023, 9300}, {2024, 9400}, {2025, 9500}});
    db_.district("B2", "SOUTH", {{2020, 3000}, {2021, 3100}, {2022, 3200}, {2023, 3300}});  // none later
  }

  void child() {
    static const std::vector<std::string> codes = {"A1", "A2", "B1", "B2"};
    int birth_year = pick(2003, 2013);
    Date born = pick(0, 9) == 0 && birth_year % 4 == 0 ? Date{year{birth_year}, February, day{29}}
                                                        : date_of(day_of(Date{year{birth_year}, January, day{1}}) + pick(0, 364));
    auto id = db_.child(to_iso(born), codes[pick(0, 3)]);
    int first = day_of(add_months(born, 120)), last = day_of(add_months(born, 216)) - 1;
    std::vector<std::pair<std::int64_t, int>> offences;
    for (int n = pick(0, 6); n > 0; --n) {
      int on = pick(first, last);
      static const std::vector<std::string> categories = {"violence_against_the_person", "robbery", "drugs",
                                                          "theft_and_handling", "burglary"};
      offences.push_back({db_.offence(id, iso(on), categories[pick(0, 4)], pick(1, 8)), on});
    }
    for (std::size_t i = 0; i < offences.size(); ++i) outcome(id, offences, i);
    for (int n = pick(0, 2); n > 0; --n) {
      static const std::vector<std::string> types = {"unconditional_bail", "conditional_bail",
                                                     "bail_supervision_and_support", "bail_iss",
                                                     "remand_local_authority", "remand_youth_detention"};
      db_.remand(id, iso(pick(first, last)), types[pick(0, 5)]);
    }
  }

 private:
  int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(random_); }
  static int day_of(Date d) { return static_cast<int>(sys_days{d}.time_since_epoch().count()); }
  static Date date_of(int d) { return Date{sys_days{days{d}}}; }
  static std::string iso(int d) { return to_iso(date_of(d)); }
  // A day near `d`, often a month's end, so that endings tie and months end short.
  int later(int d, int most) {
    int day = d + pick(0, most);
    if (pick(0, 2) > 0) return day;
    Date date = date_of(day);
    return day_of(Date{year_month_day_last{date.year(), month_day_last{date.month()}}});
  }

  // An outcome for offence i, sometimes for the next one too; a second outcome now and then.
  void outcome(std::int64_t child, const std::vector<std::pair<std::int64_t, int>>& offences, std::size_t i) {
    std::vector<std::int64_t> named = {offences[i].first};
    int latest = offences[i].second;
    if (i + 1 < offences.size() && pick(0, 3) == 0) {
      named.push_back(offences[i + 1].first);
      latest = std::max(latest, offences[i + 1].second);
    }
    for (int outcomes = pick(0, 4) == 0 ? 2 : 1; outcomes > 0; --outcomes) {
      int on = later(latest, 300);
      const std::string& type = all_outcome_types[pick(0, 17)];
      OutcomeDetails details;
      int start = on + pick(0, 20);
      if (pick(0, 2) > 0) details.start_date = iso(start);
      if (pick(0, 3) > 0) details.end_date = iso(later(start, 400));
      static const std::vector<std::string> completions = {"", "completed", "breached", "revoked", "ongoing",
                                                           "not_applicable"};
      details.completion = completions[pick(0, 5)];
      static const std::vector<std::string> statuses = {"", "suitable", "unsuitable"};
      details.end_ete = statuses[pick(0, 2)];
      details.end_accommodation = statuses[pick(0, 2)];
      // Random digits first, so that byte order and creation order differ.
      details.exchange_id = std::to_string(pick(1, 99'999));
      details.exchange_id += '-';
      details.exchange_id += std::to_string(++outcomes_);
      auto id = db_.outcome(child, iso(on), type, named, details);
      bool sentence = type == "detention_and_training_order" || type == "section_250" || type == "extended_sentence";
      if (sentence && pick(0, 3) > 0) {
        db_.custody(child, id, iso(on), pick(0, 5) == 0 ? "" : iso(later(on, 500)));
      } else if (pick(0, 9) == 0) {
        db_.custody(child, std::nullopt, iso(on), iso(later(on, 60)));  // a remand in custody
      }
    }
  }

  MeasuresFixture& db_;
  std::mt19937 random_{20261130};
  int outcomes_ = 0;
};

}  // namespace pathway::testing
