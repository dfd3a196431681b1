#include "demo/demo_circumstances.h"

#include <array>

#include "demo/demo_case_children.h"
#include "practice/circumstances/circumstances.h"
#include "practice/flags/flags.h"

namespace pathway::demo {

namespace {

Date days_from(Date day, int days) { return std::chrono::sys_days{day} + std::chrono::days{days}; }

int age_on_day(Date born, Date day) { return age_on(born, day); }

using Step = CircumstanceStep;

// Records one circumstance dated `days_ago` before today, recorded that day.
void record(store::Connection& connection, const DemoCaseChild& child, std::string_view kind, const Step& step,
            Date today, DemoCircumstanceCounts& counts) {
  Date from = days_from(today, -step.days_ago);
  if (from < child.date_of_birth) return;
  auto id = practice::record_circumstance(connection, child.id,
                                          {std::string(kind), std::string(step.status), std::string(step.suitability),
                                           step.hours, from, std::string(step.note)},
                                          child.worker);
  connection.execute("UPDATE child_circumstances SET recorded_at = ? WHERE id = ?", {to_iso(from) + "T11:30:00Z", id});
  ++counts.circumstances;
}

// Where the child has lived: a year and more at home (or in care), sometimes a move since.
void add_accommodation(store::Connection& connection, const DemoCaseChild& child, int k, Date today, bool showcase,
                       DemoCircumstanceCounts& counts) {
  Step settled = settled_accommodation(k, child.looked_after);
  record(connection, child, "accommodation", settled, today, counts);
  if (k % 5 == 0) {
    record(connection, child, "accommodation",
           {"supported_accommodation", "suitable", std::nullopt, 120 + k % 90,
            "Moved to supported lodgings after the placement ended; settling well."},
           today, counts);
  }
  // Lately, for worse: some lost their home, some stay where it no longer suits them.
  int ago = 1 + k % 20;
  if (k % 23 == 1 || showcase) {
    record(connection, child, "accommodation",
           {k % 2 ? "temporary" : "no_fixed_abode", "unsuitable", std::nullopt, ago,
            "Asked to leave home after an argument; staying with a friend's family for now. Housing referral made."},
           today, counts);
    ++counts.worse_lately;
  } else if (k % 23 == 7) {
    record(connection, child, "accommodation",
           {k % 5 == 0 ? "supported_accommodation" : settled.status, "unsuitable", std::nullopt, ago,
            "Older young people linked to exploitation now visiting the address; not safe for now."},
           today, counts);
    ++counts.worse_lately;
  }
}

// What the child does in the day: school to 16, then college, training or work.
void add_ete(store::Connection& connection, const DemoCaseChild& child, int k, Date today,
             DemoCircumstanceCounts& counts) {
  bool school_age = age_on_day(child.date_of_birth, today) < 16;
  Step first = first_ete(k, school_age);
  record(connection, child, "ete", first, today, counts);
  int ago = 2 + k % 18;
  if (k % 23 == 3 && first.status != "none") {
    record(connection, child, "ete",
           {"none", "unsuitable", std::nullopt, ago,
            school_age
                ? "Permanently excluded after a fight at school; a place at the pupil referral unit is being sought."
                : "Left the course; says he wants to work but has nothing lined up."},
           today, counts);
    ++counts.worse_lately;
  } else if (k % 23 == 11 && school_age) {
    record(connection, child, "ete",
           {"school", "unsuitable", 6, ago, "On a reduced timetable of mornings only after repeated exclusions."},
           today, counts);
    ++counts.worse_lately;
  } else if (k % 11 == 0 && first.status == "none") {
    record(connection, child, "ete",
           {"apprenticeship", "suitable", 30, 40 + k % 30, "Started an apprenticeship with a local garage."}, today,
           counts);
  }
}

// A few flags raised in the last weeks, dated the day they were raised.
void add_recent_flag(store::Connection& connection, const DemoCaseChild& child, int k, Date today,
                     DemoCircumstanceCounts& counts) {
  if (k % 17 != 2) return;
  Date start = days_from(today, -(2 + k % 15));
  bool missing = k % 2 == 0;
  auto id = practice::raise_flag(
      connection, child.id,
      {missing ? "missing_episodes" : "child_criminal_exploitation", std::nullopt, start, days_from(today, 60),
       missing ? "Missing overnight twice this month; found in another town both times."
               : "Arrested with others in a flat used for drug dealing; police intelligence "
                 "suggests he is being exploited."},
      child.worker);
  std::string at = to_iso(start) + "T15:00:00Z";
  connection.execute("UPDATE child_flag_changes SET changed_at = ? WHERE flag_id = ?", {at, id});
  connection.execute("UPDATE child_flags SET raised_at = ? WHERE id = ?", {at, id});
  ++counts.recent_flags;
}

}  // namespace

CircumstanceStep settled_accommodation(int k, bool looked_after) {
  return {looked_after ? (k % 2 ? "foster_care" : "childrens_home") : "family_home", "suitable", std::nullopt,
          420 + k % 300, ""};
}

CircumstanceStep first_ete(int k, bool school_age) {
  if (school_age) return {"school", "suitable", 25, 300 + k % 60, ""};
  if (k % 11 == 0) return {"none", "unsuitable", std::nullopt, 300 + k % 60, "Left school in June."};
  return k % 3 == 0 ? CircumstanceStep{"college", "suitable", 16, 300 + k % 60, "Level 1 motor vehicle."}
                    : CircumstanceStep{"training", "suitable", 30, 300 + k % 60, "Construction skills course."};
}

DemoCircumstanceCounts add_demo_circumstances(store::Connection& connection, Date today) {
  // An outcome is recorded on the day of the appointment, not when the demo was built: only
  // the absences of the last weeks are early warnings.
  connection.execute(
      "UPDATE appointments SET outcome_at = starts_on || 'T' || start_time || ':00Z'"
      " WHERE outcome_at IS NOT NULL AND starts_on < ?",
      {to_iso(today)});
  DemoCircumstanceCounts counts;
  // The demo's own case manager ("caseworker") always has one to see: the first of their
  // children loses their home.
  bool showcased = false;
  for (const auto& child : demo_case_children(connection)) {
    auto k = static_cast<int>(child.id);
    bool showcase = !showcased && child.worker.username == "caseworker";
    showcased = showcased || showcase;
    add_accommodation(connection, child, k, today, showcase, counts);
    add_ete(connection, child, k, today, counts);
    add_recent_flag(connection, child, k, today, counts);
  }
  return counts;
}

}  // namespace pathway::demo
