#include "demo/demo_assessments.h"

#include <chrono>
#include <map>

#include "demo/demo_parts.h"
#include "practice/assessments/assessment_rules.h"
#include "practice/assessments/assessment_templates.h"
#include "practice/assessments/assessments.h"

namespace pathway::demo {

namespace {

using practice::AnswerType;

// What practitioners write, short enough for a demo, in the service's plain style.
constexpr std::string_view notes[] = {
    "Discussed with the child and their mother at home; consistent with what school and social care say.",
    "The child says things are better since starting at college. Their mother agrees, with some reservations.",
    "Some progress, but the child still spends evenings with older peers known to the police.",
    "A strong bond with their grandmother. Enjoys boxing twice a week and wants to compete.",
    "Would not talk about this today. To come back to at the next session, with the child's agreement.",
    "Settled for now. The family has asked for help with debts, which adds to the pressure at home.",
    "Attends most days; two fixed-term exclusions last term for fighting. A new key worker at school.",
    "Says they want to stay out of trouble and get an apprenticeship as a mechanic.",
};

struct Allocation {
  std::int64_t child_id;
  std::int64_t case_manager;
  std::int64_t countersigner;
};

// Each child's current case manager, and who countersigns for them: their line manager, or
// the head of service when they have none.
std::vector<Allocation> demo_allocations(store::Connection& connection) {
  auto head = connection.query_one("SELECT id FROM staff WHERE username = 'manager'");
  std::int64_t head_of_service = head ? head->integer(0) : 0;
  std::vector<Allocation> allocations;
  for (const auto& row : connection.query(
           "SELECT w.child_id, w.staff_id, s.line_manager_id FROM case_workers w JOIN staff s ON s.id = w.staff_id "
           "WHERE w.case_role = 'case_manager' AND w.ended_at IS NULL ORDER BY w.child_id",
           {})) {
    allocations.push_back({row.integer(0), row.integer(1), row.optional_integer(2).value_or(head_of_service)});
  }
  return allocations;
}

std::string answer_for(DemoRandom& random, const practice::Question& question, Date today) {
  switch (question.type) {
    case AnswerType::text:
      return std::string(notes[random.below(std::size(notes))]);
    case AnswerType::yes_no:
      return random.chance(350) ? "yes" : "no";
    case AnswerType::choice:
    case AnswerType::rating: {
      // The lower levels are the more common: each option less likely than the one before.
      std::size_t at = 0;
      while (at + 1 < question.choices.size() && random.chance(400)) ++at;
      return question.choices.at(at).value;
    }
    case AnswerType::scale:
    case AnswerType::number: {
      std::int64_t low = question.min.value_or(0);
      std::int64_t high = question.max.value_or(30);
      return std::to_string(low + random.below(static_cast<std::uint32_t>(high - low + 1)));
    }
    case AnswerType::date:
      return to_iso(std::chrono::sys_days{today} - std::chrono::days{30 + random.below(300)});
  }
  return "";
}

Date days_before(Date today, unsigned days) { return std::chrono::sys_days{today} - std::chrono::days{days}; }

class DemoAssessor {
 public:
  DemoAssessor(store::Connection& connection, std::uint64_t seed, Date today)
      : connection_(connection), random_(seed ^ 0xa55e55edULL), today_(today) {
    for (const auto& version : practice::latest_templates(connection)) {
      templates_.emplace(version.kind, *practice::load_template(connection, version.id));
    }
  }

  void assess(const Allocation& allocation) {
    unsigned started = 90 + random_.below(240);
    auto first = complete(allocation, "youth_justice", started, random_.chance(750));
    if (random_.chance(400)) reassess(allocation, first, started - 60 - random_.below(25));
    if (random_.chance(250)) complete(allocation, "signs_of_safety", 20 + random_.below(60), random_.chance(500));
    constexpr std::string_view screenings[] = {"speech_language_communication", "emotional_mental_health",
                                               "substance_misuse", "send", "accommodation", "ete"};
    for (auto kind : screenings) {
      if (!random_.chance(180)) continue;
      if (random_.chance(300)) {
        draft(allocation, std::string(kind), 1 + random_.below(14));
      } else {
        complete(allocation, std::string(kind), 15 + random_.below(200), random_.chance(400));
      }
    }
  }

  // The assessments of an order that has ended, made while it ran: the youth justice
  // assessment in its first weeks and, for some children, a SEND screening, so that the
  // YJB's practice indicators (docs/kpi.md) have records behind them in past quarters.
  void assess_ended_order(const EndedOrder& order) {
    auto made = [&](const std::string& kind, int from_start) {
      const auto& form = templates_.at(kind);
      Date started = std::min(days_after(order.start, from_start), order.end);
      auto id = practice::create_assessment(connection_, order.child_id, form.id, order.case_manager, started,
                                            std::nullopt, demo_answers(random_, form, started, false));
      practice::mark_completed(connection_, id, std::min(days_after(started, 3 + static_cast<int>(random_.below(10))),
                                                         order.end));
    };
    made("youth_justice", 2 + static_cast<int>(random_.below(8)));
    if (random_.chance(350)) made("send", 10 + static_cast<int>(random_.below(20)));
  }

 private:
  // Started `days_ago`, completed a few days later (never after today), countersigned a day
  // or two after that when `countersigned`. Returns its id.
  std::int64_t complete(const Allocation& allocation, const std::string& kind, unsigned days_ago, bool countersigned) {
    const auto& form = templates_.at(kind);
    auto id = practice::create_assessment(connection_, allocation.child_id, form.id, allocation.case_manager,
                                          days_before(today_, days_ago), std::nullopt,
                                          demo_answers(random_, form, today_, false));
    finish(allocation, id, days_ago, countersigned);
    return id;
  }

  void finish(const Allocation& allocation, std::int64_t id, unsigned days_ago, bool countersigned) {
    unsigned completed = days_ago > 12 ? days_ago - 1 - random_.below(10) : days_ago;
    practice::mark_completed(connection_, id, days_before(today_, completed));
    if (countersigned && allocation.countersigner != allocation.case_manager && completed > 2) {
      practice::mark_countersigned(connection_, id, allocation.countersigner, days_before(today_, completed - 2));
    }
  }

  void draft(const Allocation& allocation, const std::string& kind, unsigned days_ago) {
    const auto& form = templates_.at(kind);
    practice::create_assessment(connection_, allocation.child_id, form.id, allocation.case_manager,
                                days_before(today_, days_ago), std::nullopt, demo_answers(random_, form, today_, true));
  }

  // A reassessment on the same template, from the previous answers with a few changed:
  // completed, or for a third of them still a draft.
  void reassess(const Allocation& allocation, std::int64_t previous, unsigned days_ago) {
    const auto& form = templates_.at("youth_justice");
    auto answers = practice::carried_forward(form, practice::answers_of(connection_, previous), form);
    for (const auto& section : form.sections) {
      for (const auto& question : section.questions) {
        if (random_.chance(250)) answers[question.id] = answer_for(random_, question, today_);
      }
    }
    auto id = practice::create_assessment(connection_, allocation.child_id, form.id, allocation.case_manager,
                                          days_before(today_, days_ago), previous, answers);
    if (!random_.chance(330)) finish(allocation, id, days_ago, random_.chance(600));
  }

  store::Connection& connection_;
  DemoRandom random_;
  Date today_;
  std::map<std::string, practice::AssessmentTemplate> templates_;
};

}  // namespace

practice::Answers demo_answers(DemoRandom& random, const practice::AssessmentTemplate& form, Date today, bool partly) {
  practice::Answers answers;
  for (const auto& section : form.sections) {
    for (const auto& question : section.questions) {
      bool answered = partly ? random.chance(500) : (question.required || random.chance(600));
      if (answered) answers[question.id] = answer_for(random, question, today);
    }
  }
  return answers;
}

void add_demo_assessments(store::Connection& connection, std::uint64_t seed, Date today) {
  DemoAssessor assessor(connection, seed, today);
  for (const auto& allocation : demo_allocations(connection)) assessor.assess(allocation);
  for (const auto& order : ended_orders(connection, today)) assessor.assess_ended_order(order);
}

}  // namespace pathway::demo
