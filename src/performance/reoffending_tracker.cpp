#include "performance/reoffending_tracker.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "justice/record_labels.h"
#include "justice/record_rules.h"
#include "reference/ethnicity.h"

namespace pathway::performance {

using measures::CohortMember;
using measures::Day;
using measures::ReoffendingCohort;

namespace {

// The counts of some of a cohort's members, each with the number of their reoffences that
// count (all of them, or those committed within some months).
struct Tally {
  std::int64_t cohort = 0, reoffenders = 0, reoffences = 0;
  Day last_index_date = std::numeric_limits<Day>::min();

  void add(const CohortMember& member, std::int64_t reoffences_counted) {
    ++cohort;
    if (reoffences_counted > 0) ++reoffenders;
    reoffences += reoffences_counted;
    last_index_date = std::max(last_index_date, member.index_date);
  }
  measures::ReoffendingFigures figures(Day today) const {
    return measures::reoffending_figures(cohort, reoffenders, reoffences, last_index_date, today);
  }
};

// Rows of a breakdown, in the order of their keys.
class Split {
 public:
  void add(int key, std::string label, const CohortMember& member) {
    auto& [row_label, tally] = rows_[key];
    row_label = std::move(label);
    tally.add(member, member.reoffences);
  }
  Breakdown finish(std::string title, Day today) const {
    Breakdown breakdown{std::move(title), {}};
    for (const auto& [key, row] : rows_) breakdown.rows.push_back({row.first, row.second.figures(today)});
    return breakdown;
  }

 private:
  std::map<int, std::pair<std::string, Tally>> rows_;
};

std::pair<int, std::string> sex_row(const std::string& sex) {
  if (sex == "male") return {0, "Male"};
  if (sex == "female") return {1, "Female"};
  return {2, "Not known"};
}

std::pair<int, std::string> ethnicity_row(const std::string& code) {
  const auto& all = reference::ethnicities();
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (all[i].code == code) return {static_cast<int>(i), std::string(all[i].label)};
  }
  return {static_cast<int>(all.size()), "Not recorded"};
}

std::pair<int, std::string> looked_after_row(const std::string& looked_after) {
  if (looked_after == "yes") return {0, "Looked after"};
  if (looked_after == "no") return {1, "Not looked after"};
  return {2, "Not recorded"};
}

std::pair<int, std::string> disposal_row(const CohortMember& member) {
  std::string label = justice::outcome_type_label(justice::outcome_types().at(member.index_outcome));
  int key = member.index_outcome * 2 + (member.released ? 1 : 0);
  return {key, member.released ? "Release from custody: " + label : label};
}

std::pair<int, std::string> offence_row(const CohortMember& member) {
  if (member.index_offence_category == measures::no_offence_category) return {member.index_offence_category, "No offence named"};
  return {member.index_offence_category,
          justice::offence_category_label(justice::offence_categories().at(member.index_offence_category))};
}

}  // namespace

CohortProgress cohort_progress(const ReoffendingCohort& cohort, Day today) {
  Tally all;
  for (const CohortMember& member : cohort.members) all.add(member, member.reoffences);
  CohortProgress progress;
  progress.figures = all.figures(today);
  progress.proof_window_closed = progress.figures.follow_up_complete;
  if (!cohort.members.empty()) {
    progress.months_observed = measures::months_observed(all.last_index_date, today);
    progress.closes_on = measures::add_months(all.last_index_date, 18);
  }
  return progress;
}

std::vector<FollowUpMonth> follow_up_by_month(const ReoffendingCohort& cohort, Day today) {
  Day last = measures::last_index_date(cohort);
  std::vector<FollowUpMonth> months;
  for (int month = 1; month <= 12; ++month) {
    Tally tally;
    for (const CohortMember& member : cohort.members) {
      Day committed_by = measures::add_months(member.index_date, month);
      auto dates = cohort.reoffences_of(member);
      tally.add(member, std::upper_bound(dates.begin(), dates.end(), committed_by) - dates.begin());
    }
    bool observed = !cohort.members.empty() && measures::add_months(last, month) <= today;
    months.push_back({month, observed, tally.figures(today)});
  }
  return months;
}

std::vector<Breakdown> breakdowns(const ReoffendingCohort& cohort, const measures::RecordSnapshot& snapshot,
                                  const CharacteristicsById& characteristics, Day today) {
  Split age, sex, ethnicity, looked_after, disposal, offence;
  for (const CohortMember& member : cohort.members) {
    const ChildCharacteristics& child = characteristics.at(snapshot.children.id[member.child]);
    int years = age_on(child.date_of_birth, measures::date_of(member.index_date));
    age.add(years, "Aged " + std::to_string(years), member);
    auto add = [&](Split& split, std::pair<int, std::string> row) { split.add(row.first, std::move(row.second), member); };
    add(sex, sex_row(child.sex));
    add(ethnicity, ethnicity_row(child.ethnicity));
    add(looked_after, looked_after_row(child.looked_after));
    add(disposal, disposal_row(member));
    add(offence, offence_row(member));
  }
  return {age.finish("Age at the index date", today),
          sex.finish("Sex", today),
          ethnicity.finish("Ethnicity", today),
          looked_after.finish("Looked-after status (as recorded now)", today),
          disposal.finish("Index disposal", today),
          offence.finish("Index offence (the most serious offence of the index disposal)", today)};
}

std::vector<const CohortMember*> ranked_members(const ReoffendingCohort& cohort,
                                                const measures::RecordSnapshot& snapshot) {
  std::vector<const CohortMember*> ranked;
  for (const CohortMember& member : cohort.members) ranked.push_back(&member);
  std::sort(ranked.begin(), ranked.end(), [&](const CohortMember* a, const CohortMember* b) {
    return std::tuple(b->reoffences, a->index_date, snapshot.children.id[a->child]) <
           std::tuple(a->reoffences, b->index_date, snapshot.children.id[b->child]);
  });
  return ranked;
}

SmallGroup small_group(const ReoffendingCohort& cohort, const measures::RecordSnapshot& snapshot) {
  SmallGroup group;
  group.cohort = static_cast<std::int64_t>(cohort.members.size());
  for (const CohortMember& member : cohort.members) group.cohort_reoffences += member.reoffences;
  for (const CohortMember* member : ranked_members(cohort, snapshot)) {
    if (group.reoffences * 2 >= group.cohort_reoffences) break;
    group.members.push_back(member->child);
    group.reoffences += member->reoffences;
  }
  group.percent_of_cohort = measures::percent(static_cast<std::int64_t>(group.members.size()), group.cohort);
  group.percent_of_reoffences = measures::percent(group.reoffences, group.cohort_reoffences);
  return group;
}

}  // namespace pathway::performance
