// The national demo's allocations and practice records, generated in bulk on one thread
// and written on the other (store/write_queue.h). Each child's records are drawn from the
// child's own random source (random_for_child), so a child's records do not depend on which
// other children were generated before it; the proportions, texts and rules are the demo
// county's (its helpers in demo_assessments.h, demo_plans.h, demo_contacts.h,
// demo_ended_orders.h, demo_practice_records.h, demo_circumstances.h, demo_wider_services.h).
#include "demo/demo_national_practice.h"

#include <algorithm>
#include <stdexcept>

#include "core/clock.h"
#include "demo/demo_allocations.h"
#include "demo/demo_assessments.h"
#include "demo/demo_circumstances.h"
#include "demo/demo_contacts.h"
#include "demo/demo_ended_orders.h"
#include "demo/demo_plans.h"
#include "demo/demo_practice_records.h"
#include "demo/demo_wider_services.h"
#include "demo/justice_histories.h"
#include "demo/national_practice_rows.h"
#include "practice/assessments/assessment_rules.h"
#include "practice/contacts/appointments.h"
#include "practice/notes/case_notes.h"

namespace pathway::demo {

namespace {

using practice::AssessmentTemplate;

// Mixed into the seed, so that the practice draws are not the histories' (the same child
// ids draw those from random_for_child too).
constexpr std::uint64_t practice_salt = 0x7072616374696365ULL;  // "practice"

// Cases generated and handed over at a time: enough rows for many-row statements, few
// enough that the rows waiting stay a few megabytes.
constexpr std::size_t cases_per_batch = 2000;

// An open case's appointments go back this far: its last six weeks, enough for the contact
// pages and the early warnings (which look at the last weeks) at a volume a million
// children's load can afford.
constexpr int appointment_days = 42;

// The screenings an open case may have, each as often as in the demo county.
constexpr std::string_view screenings[] = {"emotional_mental_health", "substance_misuse", "send"};
constexpr std::size_t send_screening = 2;
static_assert(screenings[send_screening] == "send");
constexpr std::uint32_t screening_per_thousand = 180;

// An objective waiting for its plan, which is written first.
struct PendingObjective {
  std::string_view need_area, worker_words, child_words;
  practice::OwnerKind owner;
  std::string_view owner_name;
  std::int64_t assessment_id = 0;  // 0: none
  Date made_on, review_on;
};

// A need an assessment found, and when.
struct FoundNeed {
  Date found_on;
  std::int64_t assessment_id = 0;
};

class PracticeGenerator {
 public:
  PracticeGenerator(store::Connection& connection, const NationalCases& cases,
                    const std::vector<NationalTeamStaff>& teams, std::uint64_t seed, Date today)
      : cases_(cases),
        teams_(teams),
        seed_(seed ^ practice_salt),
        today_(today),
        now_(to_iso_instant(now_unix_seconds())),
        open_turn_(teams.size()),
        closed_turn_(teams.size()) {
    for (const auto& version : practice::latest_templates(connection)) {
      if (version.kind == "youth_justice") youth_justice_ = *practice::load_template(connection, version.id);
      for (std::size_t i = 0; i < std::size(screenings); ++i) {
        if (version.kind == screenings[i]) screening_forms_[i] = *practice::load_template(connection, version.id);
      }
    }
    if (youth_justice_.id == 0 || std::any_of(std::begin(screening_forms_), std::end(screening_forms_),
                                              [](const AssessmentTemplate& form) { return form.id == 0; })) {
      throw std::logic_error("the assessment templates are loaded by the migrations, before any demo");
    }
    for (auto* table : tables()) {
      if (table->numbered()) table->number_after(connection);
    }
  }

  // On the generating thread.
  void generate(store::WriteQueue& queue) {
    for (std::size_t first = 0; first < cases_.cases.size(); first += cases_per_batch) {
      for (std::size_t i = first; i < std::min(cases_.cases.size(), first + cases_per_batch); ++i) {
        work(cases_.cases[i]);
      }
      // Parents before the rows that name them.
      for (auto* table : tables()) table->hand_over(queue);
    }
  }

  // Once the writer has finished: what it gave back.
  void free_written() {
    for (auto* table : tables()) table->free_written();
  }

  NationalPracticeCounts counts() {
    NationalPracticeCounts counts;
    for (auto* table : tables()) counts[table->table()] = table->written();
    return counts;
  }

  void advance_identities(store::Connection& connection) {
    for (auto* table : tables()) {
      if (table->numbered()) table->advance_identity(connection);
    }
  }

 private:
  std::vector<PracticeTable*> tables() {
    return {&case_workers_, &assessments_, &answers_, &plans_,         &objectives_,    &appointments_,
            &case_notes_,   &flags_,       &flag_changes_, &circumstances_, &wider_services_};
  }

  void work(const NationalCase& worked) {
    const NationalTeamStaff& team = teams_[worked.team];
    if (team.case_managers.empty()) return;  // no one in the team to hold it
    DemoRandom random = random_for_child(seed_, worked.child_id);
    objectives_waiting_.clear();
    const NationalCaseManager* worker;
    if (worked.open_since) {
      // In turn through the team's case managers: for the services the demo staffs, at
      // most their capacity each.
      worker = &team.case_managers[open_turn_[worked.team]++ % team.case_managers.size()];
      open_case(worked, *worker, team.allocator, random);
    } else {
      worker = &team.case_managers[closed_turn_[worked.team]++ % team.case_managers.size()];
      closed_case(worked, *worker, team.allocator, random);
    }
    if (worked.ended_end) ended_order(worked, *worker, random);
    write_plan(worked, *worker);
    for (const auto& spell : demo_wider_service_spells(worked.child_id, worked.born, worked.looked_after,
                                                       worked.period_start, worked.period_end, today_)) {
      auto row = wider_services_.add();
      set(row[0], wider_services_.next_id());
      set(row[1], worked.child_id);
      set(row[2], spell.service);
      set(row[3], spell.from);
      set(row[4], spell.to);
      set_or_null(row[5], spell.note);
      set_instant(row[6], spell.from, 10, 15);  // recorded when it began, as the county's are
      set(row[7], worker->username);
      set(row[8], worker->display_name);
    }
  }

  // ---- Allocations ----

  void allocation_row(const NationalCase& worked, const NationalCaseManager& worker, const std::string& by,
                      allocation::Intensity intensity, Date started, std::optional<Date> ended) {
    auto row = case_workers_.add();
    set(row[0], case_workers_.next_id());
    set(row[1], worked.child_id);
    set(row[2], worker.id);
    set(row[3], std::string_view("case_manager"));
    set_instant(row[4], started, 9);
    set(row[6], by);
    set(row[8], allocation::intensity_code(intensity));
    if (ended) {
      set_instant(row[5], *ended, 17);
      set(row[9], by);
      set(row[10], std::string_view("Order completed"));
    }
    set(row[11], std::int64_t{ended ? 1 : 0});
  }

  void closed_case(const NationalCase& worked, const NationalCaseManager& worker, const std::string& by,
                   DemoRandom& random) {
    allocation_row(worked, worker, by, demo_intensity(random), *worked.ended_start, worked.ended_end);
  }

  // ---- An open case ----

  void open_case(const NationalCase& worked, const NationalCaseManager& worker, const std::string& by,
                 DemoRandom& random) {
    auto intensity = demo_intensity(random);
    Date allocated = std::min(today_, days_after(*worked.open_since, static_cast<int>(random.below(7))));
    allocation_row(worked, worker, by, intensity, allocated, std::nullopt);

    std::map<std::string, FoundNeed> needs;
    Date started = std::min(today_, days_after(allocated, 2 + static_cast<int>(random.below(9))));
    Date completed = std::min(today_, days_after(started, 3 + static_cast<int>(random.below(10))));
    bool countersigned = random.chance(750) && worker.countersigner != 0 && worker.countersigner != worker.id &&
                         days_after(completed, 2) <= today_;
    auto answers = demo_answers(random, youth_justice_, completed, false);
    auto assessment = write_assessment(worked, youth_justice_, worker, started, completed, countersigned, answers);
    found(needs, youth_justice_, answers, completed, assessment);
    for (const auto& form : screening_forms_) {
      if (!random.chance(screening_per_thousand)) continue;
      Date screened = std::min(today_, days_after(allocated, 5 + static_cast<int>(random.below(40))));
      Date done = std::min(today_, days_after(screened, 1 + static_cast<int>(random.below(5))));
      auto screening_answers = demo_answers(random, form, done, false);
      auto screening = write_assessment(worked, form, worker, screened, done, false, screening_answers);
      found(needs, form, screening_answers, done, screening);
    }
    if (random.chance(700)) {
      plan_objectives(random, std::min(today_, days_after(completed, 7 + static_cast<int>(random.below(14)))));
    }
    for (const auto& work : needs_followed()) {
      auto need = needs.find(std::string(work.need_area));
      if (need == needs.end()) continue;
      follow_need(worked, worker, work, need_follow_up(random, need->second.found_on, today_),
                  need->second.assessment_id, true, random);
    }
    contacts(worked, worker, intensity, allocated);
    notes(worked, worker, allocated);
    flag(worked, worker);
    circumstances(worked, worker);
  }

  // The objectives of a plan agreed on `agreed`, chosen as the county's are.
  void plan_objectives(DemoRandom& random, Date agreed) {
    auto all = demo_objectives();
    std::size_t count = 2 + random.below(2);
    std::size_t first = random.below(static_cast<std::uint32_t>(all.size()));
    for (std::size_t i = 0; i < count; ++i) {
      const auto& chosen = all[(first + i * 3) % all.size()];
      PendingObjective objective{chosen.need_area, chosen.worker_words, chosen.child_words, chosen.owner,
                                 chosen.owner_name, 0, agreed, days_after(agreed, 84 + static_cast<int>(i) * 7)};
      objectives_waiting_.push_back(std::move(objective));
    }
  }

  void contacts(const NationalCase& worked, const NationalCaseManager& worker, allocation::Intensity intensity,
                Date allocated) {
    int step = days_between_contacts(allocation::intensity_code(intensity));
    int n = 0;
    for (Date day = days_after(std::max(allocated, days_after(today_, -appointment_days)), 1); day < today_;
         day = days_after(day, step), ++n) {
      auto drawn = demo_appointment(worked.child_id, n);
      auto row = appointment(worked, worker, drawn.kind, day, drawn.start_minute, drawn.place, drawn.status);
      set_or_null(row[10], drawn.reason);
      if (drawn.status == "attended") {
        set(row[11], "The child and " + worker.display_name);
        set(row[13], std::int64_t{drawn.minutes});
        set(row[14], drawn.engagement);
        set(row[15], drawn.note);
        set_or_null(row[16], drawn.intervention);
        set_or_null(row[17], drawn.programme);
        set_or_null(row[18], drawn.need_area);
      }
    }
    for (int ahead : coming_appointment_days) {
      appointment(worked, worker, "supervision", days_after(today_, ahead), 10 * 60, "Youth justice office",
                  "scheduled");
    }
  }

  // An appointment's row, its outcome (unless still scheduled) recorded on its day by the
  // case manager; the caller fills in what happened.
  std::span<store::Value> appointment(const NationalCase& worked, const NationalCaseManager& worker,
                                      std::string_view kind, Date day, int start_minute, std::string_view place,
                                      std::string_view status) {
    auto row = appointments_.add();
    set(row[0], appointments_.next_id());
    set(row[1], worked.child_id);
    set(row[2], worker.id);
    set(row[3], kind);
    set(row[4], day);
    set(row[5], practice::clock_time(start_minute));
    set(row[6], std::int64_t{60});
    set(row[7], place);
    set(row[8], std::string_view(""));
    set(row[9], status);
    set(row[19], worker.username);
    set(row[20], now_);
    if (status != "scheduled") {
      set(row[21], worker.username);
      set_instant(row[22], day, start_minute / 60, start_minute % 60);
    }
    return row;
  }

  // Two contacts written up in the last weeks, none before the allocation.
  void notes(const NationalCase& worked, const NationalCaseManager& worker, Date allocated) {
    auto k = static_cast<int>(worked.child_id % 1'000'000);
    auto texts = demo_contact_notes();
    for (int j = 0; j < 2; ++j) {
      Date day = days_after(today_, -(5 + 14 * j + k % 7));
      if (day < allocated) continue;
      const auto& text = texts[static_cast<std::size_t>(k + j) % texts.size()];
      practice::NoteContent content{std::string(text.type), day,
                                    j == 0 ? std::nullopt : std::optional<std::string>("11:00"),
                                    std::string(text.summary), with_name(text.body, worked.given_name)};
      auto row = case_notes_.add();
      set(row[0], case_notes_.next_id());
      set(row[1], worked.child_id);
      set(row[2], content.note_type);
      set(row[3], day);
      if (content.happened_time) set(row[4], *content.happened_time);
      set(row[5], content.summary);
      set(row[7], practice::search_text(content));
      row[6] = std::move(content.body);
      set_instant(row[8], day, 17, 30);  // written up at the end of the day, as the county's are
      set(row[9], worker.username);
      set(row[10], worker.display_name);
    }
  }

  // A current flag for one child in four, as the county's: a third of them due for review.
  void flag(const NationalCase& worked, const NationalCaseManager& worker) {
    auto k = static_cast<int>(worked.child_id % 1'000'000);
    if (k % 4 != 0) return;
    auto stories = demo_flag_stories();
    const auto& story = stories[static_cast<std::size_t>(k / 4) % stories.size()];
    Date start = std::max(days_after(today_, -(60 + k % 200)), worked.born);
    Date review = k % 3 == 0 ? days_after(today_, -(1 + k % 20)) : days_after(today_, 20 + k % 70);
    if (review <= start) review = days_after(start, 90);
    std::int64_t id = flags_.next_id();
    auto row = flags_.add();
    set(row[0], id);
    set(row[1], worked.child_id);
    set(row[2], story.type);
    if (story.type == "mappa") set(row[3], std::int64_t{1 + k % 2});
    set(row[4], start);
    set(row[5], review);
    set(row[6], story.reason);
    set_instant(row[7], start, 10);
    set(row[8], worker.username);
    set(row[9], worker.display_name);
    auto change = flag_changes_.add();
    set(change[0], flag_changes_.next_id());
    set(change[1], id);
    set(change[2], worked.child_id);
    set(change[3], std::string_view("raised"));
    set_instant(change[4], start, 10);
    set(change[5], worker.username);
    set(change[6], worker.display_name);
    set(change[7], "From " + to_display(start) + ", review by " + to_display(review));
    set(change[8], story.reason);
  }

  // Where the child lives and what they do in the day, as first recorded in the county.
  void circumstances(const NationalCase& worked, const NationalCaseManager& worker) {
    auto k = static_cast<int>(worked.child_id % 1'000'000);
    bool school_age = age_on(worked.born, today_) < 16;
    for (auto [kind, step] : {std::pair{std::string_view("accommodation"), settled_accommodation(k, worked.looked_after)},
                              std::pair{std::string_view("ete"), first_ete(k, school_age)}}) {
      Date from = days_after(today_, -step.days_ago);
      if (from < worked.born) continue;
      auto row = circumstances_.add();
      set(row[0], circumstances_.next_id());
      set(row[1], worked.child_id);
      set(row[2], kind);
      set(row[3], step.status);
      set(row[4], step.suitability);
      if (step.hours) set(row[5], std::int64_t{*step.hours});
      set(row[6], from);
      set_or_null(row[7], step.note);
      set_instant(row[8], from, 11, 30);
      set(row[9], worker.username);
      set(row[10], worker.display_name);
    }
  }

  // ---- An order ended in the last two years ----

  // As the county's ended orders: a youth justice assessment in its first weeks, a SEND
  // screening for some, and what followed the needs found from the order's start.
  void ended_order(const NationalCase& worked, const NationalCaseManager& worker, DemoRandom& random) {
    Date start = *worked.ended_start, end = *worked.ended_end;
    auto made = [&](const AssessmentTemplate& form, int from_start, practice::Answers& answers) {
      Date started = std::min(days_after(start, from_start), end);
      answers = demo_answers(random, form, started, false);
      Date completed = std::min(days_after(started, 3 + static_cast<int>(random.below(10))), end);
      return write_assessment(worked, form, worker, started, completed, false, answers);
    };
    practice::Answers answers;
    std::int64_t assessment = made(youth_justice_, 2 + static_cast<int>(random.below(8)), answers);
    auto needs = practice::needs_in(youth_justice_, answers);
    if (random.chance(350)) made(screening_forms_[send_screening], 10 + static_cast<int>(random.below(20)), answers);
    for (const auto& work : needs_followed()) {
      if (std::find(needs.begin(), needs.end(), work.need_area) == needs.end()) continue;
      // An objective only while the case is open: a closed case's plan would have reviews
      // falling due (demo_ended_orders.cpp).
      follow_need(worked, worker, work, need_follow_up(random, start, end), assessment,
                  worked.open_since.has_value(), random);
    }
  }

  // ---- Shared ----

  std::int64_t write_assessment(const NationalCase& worked, const AssessmentTemplate& form,
                                const NationalCaseManager& author, Date started, Date completed, bool countersigned,
                                const practice::Answers& answers) {
    std::int64_t id = assessments_.next_id();
    auto row = assessments_.add();
    set(row[0], id);
    set(row[1], worked.child_id);
    set(row[2], form.id);
    set(row[3], std::string_view(countersigned ? "countersigned" : "completed"));
    set(row[4], author.id);
    set(row[5], started);
    set(row[6], completed);
    if (countersigned) {
      set(row[7], author.countersigner);
      set(row[8], days_after(completed, 2));
    }
    set(row[9], now_);
    for (const auto& [question, answer] : answers) {
      auto value = answers_.add();
      set(value[0], id);
      set(value[1], question);
      set(value[2], answer);
    }
    return id;
  }

  void found(std::map<std::string, FoundNeed>& needs, const AssessmentTemplate& form, const practice::Answers& answers,
             Date completed, std::int64_t assessment) {
    for (auto& need : practice::needs_in(form, answers)) needs.try_emplace(std::move(need), FoundNeed{completed, assessment});
  }

  // The objective (when `objective`) and sessions that followed a need.
  void follow_need(const NationalCase& worked, const NationalCaseManager& worker, const NeedWork& work,
                   const NeedFollowUp& follow_up, std::int64_t assessment, bool objective, DemoRandom& random) {
    if (!follow_up.planned_on) return;
    if (objective) {
      objectives_waiting_.push_back({work.need_area, work.objective, "", practice::OwnerKind::staff, "", assessment,
                                     *follow_up.planned_on, days_after(*follow_up.planned_on, 84)});
    }
    for (Date held : follow_up.sessions) {
      auto row = appointment(worked, worker, "intervention_session", held, 16 * 60, "Youth justice office", "attended");
      set(row[11], std::string_view("The child and their case manager"));
      set(row[13], std::int64_t{50});
      set(row[14], std::string_view(random.chance(600) ? "good" : "some"));
      set(row[15], need_session_note);
      set(row[16], std::string_view("one_to_one"));
      set(row[17], work.programme);
      set(row[18], work.need_area);
    }
  }

  // The child's intervention plan, made with its first objective, when it has any.
  void write_plan(const NationalCase& worked, const NationalCaseManager& worker) {
    if (objectives_waiting_.empty()) return;
    std::int64_t plan = plans_.next_id();
    auto first = std::min_element(objectives_waiting_.begin(), objectives_waiting_.end(),
                                  [](const auto& a, const auto& b) { return a.made_on < b.made_on; });
    auto row = plans_.add();
    set(row[0], plan);
    set(row[1], worked.child_id);
    set(row[2], std::string_view("intervention"));
    set(row[3], worker.id);
    set_instant(row[4], first->made_on, 11);
    for (const auto& pending : objectives_waiting_) {
      std::int64_t id = objectives_.next_id();
      auto objective = objectives_.add();
      set(objective[0], id);
      set(objective[1], plan);
      set(objective[2], pending.need_area);
      if (pending.assessment_id != 0) set(objective[3], pending.assessment_id);
      set(objective[4], pending.worker_words);
      set_or_null(objective[5], pending.child_words);
      set(objective[6], practice::owner_kind_code(pending.owner));
      if (pending.owner == practice::OwnerKind::staff) {
        set(objective[7], worker.id);
      } else {
        set_or_null(objective[8], pending.owner_name);
      }
      set(objective[9], pending.review_on);
      set(objective[10], worker.id);
      set_instant(objective[11], pending.made_on, 11);
    }
  }

  const NationalCases& cases_;
  const std::vector<NationalTeamStaff>& teams_;
  std::uint64_t seed_;
  Date today_;
  std::string now_;
  std::vector<std::size_t> open_turn_, closed_turn_;
  AssessmentTemplate youth_justice_;
  AssessmentTemplate screening_forms_[std::size(screenings)];
  std::vector<PendingObjective> objectives_waiting_;

  PracticeTable case_workers_{"case_workers",
                              "id, child_id, staff_id, case_role, started_at, ended_at, allocated_by, reason,"
                              " intensity, ended_by, end_reason, closed_case",
                              12};
  PracticeTable assessments_{"assessments",
                             "id, child_id, template_id, state, author_id, started_on, completed_on, countersigned_by,"
                             " countersigned_on, updated_at",
                             10};
  PracticeTable answers_{"assessment_answers", "assessment_id, question_id, answer", 3};
  PracticeTable plans_{"plans", "id, child_id, kind, created_by, created_at", 5};
  PracticeTable objectives_{"plan_objectives",
                            "id, plan_id, need_area, assessment_id, worker_words, child_words, owner_kind,"
                            " owner_staff_id, owner_name, review_on, created_by, created_at",
                            12};
  PracticeTable appointments_{"appointments",
                              "id, child_id, practitioner_id, kind, starts_on, start_time, planned_minutes, place,"
                              " with_whom, status, status_reason, present, held_at, minutes_taken, engagement, note,"
                              " intervention, programme, need_area, created_by, created_at, outcome_by, outcome_at",
                              23};
  PracticeTable case_notes_{"case_notes",
                            "id, child_id, note_type, happened_on, happened_time, summary, body, search_text,"
                            " recorded_at, recorded_by, recorded_by_name",
                            11};
  PracticeTable flags_{"child_flags",
                       "id, child_id, flag_type, mappa_level, start_date, review_date, reason, raised_at, raised_by,"
                       " raised_by_name",
                       10};
  PracticeTable flag_changes_{"child_flag_changes",
                              "id, flag_id, child_id, change_kind, changed_at, changed_by, changed_by_name, what, why",
                              9};
  PracticeTable circumstances_{"child_circumstances",
                               "id, child_id, kind, status, suitability, hours, from_date, note, recorded_at,"
                               " recorded_by, recorded_by_name",
                               11};
  PracticeTable wider_services_{"wider_services",
                                "id, child_id, service, from_date, to_date, note, recorded_at, recorded_by,"
                                " recorded_by_name",
                                9};
};

}  // namespace

NationalPracticeCounts add_national_practice(store::Connection& connection, const NationalCases& cases,
                                             const std::vector<NationalTeamStaff>& teams, std::uint64_t seed,
                                             Date today) {
  PracticeGenerator generator(connection, cases, teams, seed, today);
  store::load_on_two_threads(connection, 16, [&](store::WriteQueue& queue) { generator.generate(queue); });
  generator.free_written();
  generator.advance_identities(connection);
  return generator.counts();
}

}  // namespace pathway::demo
