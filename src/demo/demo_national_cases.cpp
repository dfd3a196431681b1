#include "demo/demo_national_cases.h"

#include <algorithm>
#include <map>

#include "demo/demo_parts.h"
#include "justice/order_terms.h"
#include "justice/row_dates.h"

namespace pathway::demo {

namespace {

// What the justice records say of one child, by id.
struct CaseFacts {
  std::optional<Date> open_since;
  std::optional<Date> ended_start, ended_end;
  std::int64_t ended_outcome = 0;
  std::optional<Date> period_start, period_end;
  std::int64_t period_outcome = 0;
};

void keep_latest(std::optional<Date>& since, Date start) {
  if (!since || *since < start) since = start;
}

}  // namespace

NationalCases read_national_cases(store::Connection& connection, Date today) {
  auto range = connection.query_one("SELECT COALESCE(MIN(id), 1), COALESCE(MAX(id), 0) FROM children");
  std::int64_t first = range->integer(0);
  std::vector<CaseFacts> facts(static_cast<std::size_t>(std::max<std::int64_t>(0, range->integer(1) - first + 1)));
  auto of = [&](std::int64_t child_id) -> CaseFacts& { return facts[static_cast<std::size_t>(child_id - first)]; };
  Date two_years_ago = days_after(today, -730);

  connection.each_row(
      "SELECT id, child_id, outcome_type, outcome_date, start_date, end_date, COALESCE(completion, '') FROM outcomes",
      {}, [&](const store::RowView& row) {
        std::int64_t id = row.integer(0);
        CaseFacts& child = of(row.integer(1));
        auto start = justice::optional_date_in(row, 4);
        auto end = justice::optional_date_in(row, 5);
        std::string_view completion = row.text(6);
        if (start && completion == "ongoing") keep_latest(child.open_since, *start);
        // The county's ended_orders: the programme or order ending last (on a tie, the
        // greatest id) within the two years.
        if (start && end && two_years_ago <= *end && *end <= today && !completion.empty() && completion != "ongoing" &&
            (!child.ended_end || *child.ended_end < *end || (*child.ended_end == *end && child.ended_outcome < id))) {
          child.ended_start = start;
          child.ended_end = end;
          child.ended_outcome = id;
        }
        if (justice::is_order(row.text(2))) {
          Date first_day = start.value_or(justice::date_in(row, 3));
          if (!child.period_start || *child.period_start < first_day ||
              (*child.period_start == first_day && child.period_outcome < id)) {
            child.period_start = first_day;
            child.period_end = std::max(first_day, std::min(end.value_or(today), today));
            child.period_outcome = id;
          }
        }
      });
  connection.each_row("SELECT child_id, start_date FROM remands WHERE end_date IS NULL", {},
                      [&](const store::RowView& row) {
                        keep_latest(of(row.integer(0)).open_since, justice::date_in(row, 1));
                      });

  NationalCases found;
  std::map<std::string, std::uint32_t, std::less<>> teams;
  connection.each_row(
      "SELECT id, date_of_birth, given_name, COALESCE(looked_after, 'no'), COALESCE(holding_team_code, '')"
      " FROM children ORDER BY id",
      {}, [&](const store::RowView& row) {
        const CaseFacts& child = of(row.integer(0));
        if (!child.open_since && !child.ended_end) return;
        std::string_view team = row.text(4);
        if (team.empty()) return;  // no team holds the case: no one to work with the child
        auto known = teams.find(team);
        if (known == teams.end()) {
          known = teams.emplace(std::string(team), static_cast<std::uint32_t>(found.teams.size())).first;
          found.teams.emplace_back(team);
        }
        NationalCase worked;
        worked.child_id = row.integer(0);
        worked.born = justice::date_in(row, 1);
        worked.given_name = row.text(2);
        worked.looked_after = row.text(3) == "yes";
        worked.team = known->second;
        worked.open_since = child.open_since;
        worked.ended_start = child.ended_start;
        worked.ended_end = child.ended_end;
        worked.period_start = child.period_start.value_or(days_after(today, -365));
        worked.period_end = child.period_end.value_or(today);
        found.open += worked.open_since ? 1 : 0;
        found.ended += worked.ended_end ? 1 : 0;
        found.cases.push_back(std::move(worked));
      });
  return found;
}

}  // namespace pathway::demo
