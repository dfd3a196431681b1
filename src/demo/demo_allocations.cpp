#include "demo/demo_allocations.h"

#include <algorithm>
#include <map>
#include <span>

#include "allocation/allocation_repository.h"
#include "core/dates.h"

namespace pathway::demo {

namespace {

constexpr std::int64_t day_seconds = 24 * 60 * 60;

struct DemoWorker {
  std::int64_t id = 0;
  std::string username;
  std::string team;
  std::int64_t fte_percent = 100;
  std::int64_t target = 0;  // open cases this worker takes
  std::int64_t open = 0;
};

// The active staff holding `role`, in id order.
std::vector<DemoWorker> workers_holding(store::Connection& connection, access::Role role) {
  auto holds = allocation::holds_any_role_condition({role});
  std::vector<DemoWorker> workers;
  for (const auto& row : connection.query("SELECT st.id, st.username, COALESCE(st.team_code, ''), st.fte_percent"
                                          " FROM staff st WHERE st.active = 1 AND " + holds.sql + " ORDER BY st.id",
                                          holds.params)) {
    workers.push_back({row.integer(0), row.text(1), row.text(2), row.integer(3)});
  }
  return workers;
}

// Who allocates a team's cases: its team manager, else a manager of the whole service,
// else the demo itself.
std::string allocator_of(store::Connection& connection, const std::string& team) {
  auto managers = allocation::holds_any_role_condition({access::Role::manager});
  std::vector<store::Value> params = managers.params;
  params.emplace_back(team);
  auto rows = connection.query("SELECT st.username FROM staff st WHERE st.active = 1 AND " + managers.sql +
                                   " AND ((st.scope_kind = 'team' AND st.scope_code = ?) OR st.scope_kind = 'service')"
                                   " ORDER BY st.scope_kind = 'service', st.id LIMIT 1",
                               params);
  return rows.empty() ? "demo" : rows.front().text(0);
}

class Allocator {
 public:
  Allocator(store::Connection& connection, DemoRandom& random, std::int64_t now)
      : connection_(connection), random_(random), now_(now) {}

  void insert(std::int64_t child, const DemoWorker& worker, allocation::CaseRole role, allocation::Intensity intensity,
              std::int64_t started, std::optional<std::int64_t> ended, const std::string& by,
              std::string_view reason, std::string_view end_reason, bool closes_case) {
    connection_.execute(
        "INSERT INTO case_workers (child_id, staff_id, case_role, started_at, ended_at, allocated_by, reason,"
        " intensity, ended_by, end_reason, closed_case) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {child, worker.id, std::string(allocation::case_role_code(role)), to_iso_instant(started),
         ended ? store::Value{to_iso_instant(*ended)} : store::Value{nullptr}, by,
         reason.empty() ? store::Value{nullptr} : store::Value{std::string(reason)},
         std::string(allocation::intensity_code(intensity)), ended ? store::Value{by} : store::Value{nullptr},
         end_reason.empty() ? store::Value{nullptr} : store::Value{std::string(end_reason)},
         std::int64_t{closes_case ? 1 : 0}});
  }

  allocation::Intensity intensity() { return demo_intensity(random_); }

  std::int64_t days_ago(std::uint32_t from, std::uint32_t span) {
    return now_ - (from + random_.below(span)) * day_seconds - random_.below(8 * 60 * 60);
  }

 private:
  store::Connection& connection_;
  DemoRandom& random_;
  std::int64_t now_;
};

constexpr std::string_view reallocation_reasons[] = {
    "Case manager moved to another unit", "Case manager on long-term leave", "Child moved to another part of the district",
    "Balancing caseloads across the unit", "Family asked for a different worker"};
constexpr std::string_view closing_reasons[] = {"Order completed", "Out-of-court disposal completed",
                                                "Referral order completed", "Moved out of the county"};

}  // namespace

allocation::Intensity demo_intensity(DemoRandom& random) {
  static constexpr Weighted<allocation::Intensity> weights[] = {{allocation::Intensity::standard, 60},
                                                                {allocation::Intensity::enhanced, 28},
                                                                {allocation::Intensity::intensive, 12}};
  return pick_weighted(random, std::span<const Weighted<allocation::Intensity>>(weights));
}

void add_demo_allocations(store::Connection& connection, DemoRandom& random, std::int64_t now) {
  using allocation::CaseRole;
  auto case_managers = workers_holding(connection, access::Role::case_manager);
  auto transition = workers_holding(connection, access::Role::transition_practitioner);
  auto restorative = workers_holding(connection, access::Role::restorative_justice_worker);
  std::map<std::string, std::vector<DemoWorker*>> by_team;
  for (auto& worker : case_managers) {
    if (worker.team.empty()) continue;
    // 10 to 15 open cases for a full-time post, scaled by working hours.
    worker.target = std::max<std::int64_t>(1, (10 + random.below(6)) * worker.fte_percent / 100);
    by_team[worker.team].push_back(&worker);
  }
  std::multimap<std::string, std::string> teams_covering;
  for (const auto& row : connection.query("SELECT district_code, team_code FROM team_districts ORDER BY team_code")) {
    if (by_team.count(row.text(1))) teams_covering.emplace(row.text(0), row.text(1));
  }
  std::map<std::string, std::string> allocators;
  Allocator allocate(connection, random, now);
  for (const auto& row : connection.query("SELECT id, district_code, COALESCE(holding_team_code, '') FROM children"
                                          " ORDER BY id")) {
    std::int64_t child = row.integer(0);
    std::string team = row.text(2);
    if (!by_team.count(team)) {
      auto [first, last] = teams_covering.equal_range(row.text(1));
      std::vector<std::string> covering;
      for (auto it = first; it != last; ++it) covering.push_back(it->second);
      if (covering.empty()) continue;  // no team with case managers covers the district
      team = covering[random.below(static_cast<std::uint32_t>(covering.size()))];
    }
    auto& team_workers = by_team[team];
    if (!allocators.count(team)) allocators[team] = allocator_of(connection, team);
    const std::string& by = allocators[team];
    connection.execute("UPDATE children SET holding_team_code = ? WHERE id = ?", {team, child});
    const DemoWorker& someone = *team_workers[random.below(static_cast<std::uint32_t>(team_workers.size()))];

    if (random.chance(50)) {  // waits for a case manager; a third of them lost one
      if (random.chance(333)) {
        std::int64_t started = allocate.days_ago(60, 300);
        allocate.insert(child, someone, CaseRole::case_manager, allocation::Intensity::standard, started,
                        allocate.days_ago(1, 20), by, "", "Case manager left the service", false);
      }
      continue;
    }
    // The open case goes to the least loaded case manager with room, for their hours.
    DemoWorker* chosen = nullptr;
    for (DemoWorker* worker : team_workers) {
      if (worker->open >= worker->target) continue;
      if (!chosen || worker->open * 100 / worker->fte_percent < chosen->open * 100 / chosen->fte_percent) {
        chosen = worker;
      }
    }
    if (!chosen) {  // the team is full: a case closed in the past
      std::int64_t started = allocate.days_ago(200, 700);
      std::int64_t ended = std::min(started + (60 + random.below(300)) * day_seconds, now - day_seconds);
      allocate.insert(child, someone, CaseRole::case_manager, allocate.intensity(), started, ended, by, "",
                      pick_one(random, std::span<const std::string_view>(closing_reasons)), true);
      continue;
    }
    ++chosen->open;
    auto intensity = allocate.intensity();
    std::int64_t started = allocate.days_ago(7, 330);
    std::string_view reason;
    if (random.chance(120) && team_workers.size() > 1 && &someone != chosen) {  // reallocated
      reason = pick_one(random, std::span<const std::string_view>(reallocation_reasons));
      allocate.insert(child, someone, CaseRole::case_manager, intensity, started - (30 + random.below(200)) * day_seconds,
                      started, by, "", "Reallocated: " + std::string(reason), false);
    }
    allocate.insert(child, *chosen, CaseRole::case_manager, intensity, started, std::nullopt, by, reason, "", false);
    bool intensive = intensity == allocation::Intensity::intensive;
    // Specialists join within the first weeks, and never after today.
    auto joined = [&] { return std::min<std::int64_t>(started + random.below(30) * day_seconds, now - day_seconds / 2); };
    if (!transition.empty() && random.chance(intensive ? 400 : 60)) {
      const auto& worker = transition[random.below(static_cast<std::uint32_t>(transition.size()))];
      allocate.insert(child, worker, CaseRole::transition_practitioner, allocation::Intensity::intensive,
                      joined(), std::nullopt, by, "", "", false);
    }
    if (!restorative.empty() && random.chance(180)) {
      const auto& worker = restorative[random.below(static_cast<std::uint32_t>(restorative.size()))];
      allocate.insert(child, worker, CaseRole::restorative_justice_worker, allocation::Intensity::standard,
                      joined(), std::nullopt, by, "", "", false);
    }
  }
}

}  // namespace pathway::demo
