// Safeguarding and risk flags for the demo children with a case manager: about one in four
// has a current flag (a third of those past their review date, so due for review), and
// about one in six an ended one. Raised by the child's case manager; each change in the log
// is dated the day it was made in the demo's story.
#include <array>

#include "demo/demo_case_children.h"
#include "demo/demo_practice_records.h"
#include "practice/flags/flags.h"

namespace pathway::demo {

namespace {

constexpr std::array<FlagStory, 8> stories = {{
    {"child_criminal_exploitation", "Found with cash and a second phone; seen with older young people linked to county lines. NRM referral made."},
    {"serious_youth_violence", "Named by police as involved in a group dispute in which a young person was stabbed."},
    {"missing_episodes", "Three missing episodes in a month; return home interviews arranged by social care."},
    {"risk_to_staff", "Threatened a worker with a bottle at the office. See two workers at once, in the office only."},
    {"child_sexual_exploitation", "Seen getting into cars with adult men; social care leading on a child protection enquiry."},
    {"harmful_sexual_behaviour", "AIM3 assessment completed after harmful sexual behaviour towards a younger child."},
    {"mappa", "Managed under MAPPA after a serious violent offence; agreed at the MAPPA meeting."},
    {"radicalisation", "Prevent referral after extremist material was found on a school laptop; Channel panel involved."},
}};

Date days_from(Date day, int days) { return std::chrono::sys_days{day} + std::chrono::days{days}; }

void date_log(store::Connection& connection, std::int64_t flag_id, std::string_view kind, Date day) {
  connection.execute("UPDATE child_flag_changes SET changed_at = ? WHERE flag_id = ? AND change_kind = ?",
                     {to_iso(day) + "T10:00:00Z", flag_id, std::string(kind)});
  if (kind == "raised") {
    connection.execute("UPDATE child_flags SET raised_at = ? WHERE id = ?", {to_iso(day) + "T10:00:00Z", flag_id});
  }
}

}  // namespace

std::span<const FlagStory> demo_flag_stories() { return stories; }

int add_demo_flags(store::Connection& connection, Date today) {
  int count = 0;
  for (const auto& child : demo_case_children(connection)) {
    auto k = static_cast<int>(child.id);
    if (k % 4 == 0) {
      const auto& story = stories[(k / 4) % stories.size()];
      Date start = days_from(today, -(60 + k % 200));
      Date review = k % 3 == 0 ? days_from(today, -(1 + k % 20)) : days_from(today, 20 + k % 70);
      std::optional<int> level = story.type == "mappa" ? std::optional<int>(1 + k % 2) : std::nullopt;
      auto id = practice::raise_flag(connection, child.id,
                                     {std::string(story.type), level, start, review, std::string(story.reason)},
                                     child.worker);
      date_log(connection, id, "raised", start);
      ++count;
    }
    if (k % 6 == 1) {
      Date start = days_from(today, -(400 + k % 60));
      Date end = days_from(start, 150);
      auto id = practice::raise_flag(connection, child.id,
                                     {"missing_episodes", std::nullopt, start, days_from(start, 90),
                                      "Went missing twice from the family home over a weekend."},
                                     child.worker);
      auto flag = *practice::find_flag(connection, child.id, id);
      practice::end_flag(connection, flag, end, "No missing episodes for four months; social care agree.", child.worker);
      date_log(connection, id, "raised", start);
      date_log(connection, id, "ended", end);
      ++count;
    }
  }
  return count;
}

}  // namespace pathway::demo
