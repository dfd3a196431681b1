#include "demo/demo_wider_services.h"

#include <algorithm>
#include <map>

#include "children/child_repository.h"
#include "justice/order_terms.h"
#include "justice/row_dates.h"
#include "practice/wider_services/wider_services.h"

namespace pathway::demo {

namespace {

Date days_from(Date day, int days) { return std::chrono::sys_days{day} + std::chrono::days{days}; }

// A child of the demo and the period the services are dated around: their latest order,
// from its start to its end (today while it runs), or the last year for a child with
// none.
struct DemoChild {
  std::int64_t id = 0;
  Date born;
  bool looked_after = false;
  Date period_start;
  Date period_end;
};

std::vector<DemoChild> demo_children_with_periods(store::Connection& connection, Date today) {
  std::map<std::int64_t, std::pair<Date, Date>> latest_order;
  for (const auto& row : connection.query("SELECT child_id, outcome_type, COALESCE(start_date, outcome_date), "
                                          "end_date FROM outcomes"
                                          " ORDER BY child_id, COALESCE(start_date, outcome_date), id")) {
    if (!justice::is_order(row.text(1))) continue;
    Date start = justice::date_in(row, 2);
    Date end = std::min(justice::optional_date_in(row, 3).value_or(today), today);
    latest_order[row.integer(0)] = {start, std::max(start, end)};
  }
  std::vector<DemoChild> found;
  for (const auto& row : connection.query("SELECT id, date_of_birth, COALESCE(looked_after, "
                                          "'no') FROM children ORDER BY id")) {
    DemoChild child{row.integer(0), justice::date_in(row, 1), row.text(2) == "yes", days_from(today, -365), today};
    if (auto order = latest_order.find(child.id); order != latest_order.end()) {
      child.period_start = order->second.first;
      child.period_end = order->second.second;
    }
    found.push_back(child);
  }
  return found;
}

// Who recorded a child's services: their latest worker (a closed case's too), else the
// North Kent business support officer who keeps the children's services notifications.
std::map<std::int64_t, children::ChangeAuthor> demo_recorders(store::Connection& connection) {
  std::map<std::int64_t, children::ChangeAuthor> recorders;
  for (const auto& row : connection.query("SELECT w.child_id, s.username, s.display_name FROM "
                                          "case_workers w JOIN staff s ON s.id = w.staff_id"
                                          " ORDER BY w.child_id, w.started_at, w.id")) {
    recorders.insert_or_assign(row.integer(0), children::ChangeAuthor{row.text(1), row.text(2)});
  }
  return recorders;
}

children::ChangeAuthor business_support(store::Connection& connection) {
  auto row = connection.query_one("SELECT username, display_name FROM staff WHERE username = 'support'");
  if (!row) return children::ChangeAuthor("demo");
  return {row->text(0), row->text(1)};
}

class Recorder {
 public:
  Recorder(store::Connection& connection, DemoWiderServiceCounts& counts) : connection_(connection), counts_(counts) {}

  void record(std::int64_t child_id, const WiderServiceSpell& spell, const children::ChangeAuthor& author) {
    auto id = practice::add_wider_service(
        connection_, child_id, {std::string(spell.service), spell.from, spell.to, std::string(spell.note)}, author);
    // Recorded when it began, as a worker told of it would have.
    connection_.execute("UPDATE wider_services SET recorded_at = ? WHERE id = ?",
                        {to_iso(spell.from) + "T10:15:00Z", id});
    ++counts_.services;
  }

 private:
  store::Connection& connection_;
  DemoWiderServiceCounts& counts_;
};

// A spread of the child's id over 0..999, so neighbouring ids differ.
int draw(std::int64_t id) { return static_cast<int>((static_cast<std::uint64_t>(id) * 2654435761u) % 1000); }

// Keeps a spell if it can be dated: begun no earlier than the child's fifth birthday and not
// after today; an end on or after today is still continuing.
void keep(std::vector<WiderServiceSpell>& spells, Date born, Date today, WiderServiceSpell spell) {
  spell.from = std::max(spell.from, days_from(born, 5 * 365 + 1));
  if (today < spell.from) return;
  if (spell.to && (today <= *spell.to)) spell.to.reset();
  if (spell.to && *spell.to < spell.from) return;
  spells.push_back(spell);
}

}  // namespace

std::vector<WiderServiceSpell> demo_wider_service_spells(std::int64_t child_id, Date born, bool looked_after,
                                                         Date start, Date end, Date today) {
  std::vector<WiderServiceSpell> spells;
  int n = draw(child_id);
  if (looked_after) {
    // Some came into care from a child protection plan, which ended the day before.
    Date care_from = days_from(start, -(60 + n % 700));
    if (n % 4 == 0) {
      keep(spells, born, today,
           {"child_protection", days_from(care_from, -(200 + n % 150)), days_from(care_from, -1),
            "Neglect; the plan ended when the child came into care."});
    }
    keep(spells, born, today,
         {"looked_after", care_from, std::nullopt,
          n % 3 == 0 ? "Section 20, accommodated with a parent's agreement." : "Care order (section 31)."});
  } else if (n < 80) {
    // A child protection plan while the order ran, after early help that did not hold.
    keep(spells, born, today,
         {"early_help", days_from(start, -(500 + n % 200)), days_from(start, -(200 + n % 100)),
          "Family support worker; closed when the family stopped engaging."});
    keep(spells, born, today,
         {"child_protection", days_from(start, -(n % 90)), days_from(end, 30 + n % 120),
          "Category: neglect. Conference chaired by the local authority; the case manager attends the core group."});
  } else if (n < 300) {
    // A child in need plan around the order, some still open.
    keep(spells, born, today,
         {"child_in_need", days_from(start, -(30 + n % 300)),
          n % 2 ? std::optional<Date>(days_from(end, -(n % 60))) : std::nullopt,
          "Allocated social worker in the children in need team."});
  } else if (n < 420) {
    // Early help that ended before or during the order.
    keep(spells, born, today,
         {"early_help", days_from(start, -(250 + n % 400)), days_from(start, -(20 + n % 120)),
          "Early help team; school-based family worker."});
  } else if (n < 540) {
    // Early help continuing now.
    keep(spells, born, today,
         {"early_help", days_from(std::min(end, today), -(40 + n % 300)), std::nullopt,
          "Lead professional: the school's designated safeguarding lead."});
  }
  return spells;
}

DemoWiderServiceCounts add_demo_wider_services(store::Connection& connection, Date today) {
  DemoWiderServiceCounts counts;
  Recorder recorder(connection, counts);
  auto recorders = demo_recorders(connection);
  auto support = business_support(connection);
  for (const auto& child : demo_children_with_periods(connection, today)) {
    auto found = recorders.find(child.id);
    const children::ChangeAuthor& author = found == recorders.end() ? support : found->second;
    auto spells = demo_wider_service_spells(child.id, child.born, child.looked_after, child.period_start,
                                            child.period_end, today);
    for (const auto& spell : spells) {
      recorder.record(child.id, spell, author);
      counts.looked_after += spell.service == "looked_after" ? 1 : 0;
    }
    counts.children += spells.empty() ? 0 : 1;
  }
  return counts;
}

}  // namespace pathway::demo
