#pragma once
// Checks what a practitioner typed into the plan's forms: an objective (its need area, the
// worker's and the child's words, an owner, a review date not in the past, and up to
// `objective_action_rows` actions), an action added later, and a review of the plan. Any
// error means nothing is saved. Pure: "today" is passed in.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "practice/plans/plan.h"
#include "web/date_input.h"
#include "web/page.h"

namespace pathway::practice {

inline constexpr std::size_t max_plan_words = 2000;    // the worker's or the child's words, what changed
inline constexpr std::size_t max_action_text = 300;    // an action's description
inline constexpr std::size_t max_plan_name = 100;      // who does an action, an owner's name, who took part
inline constexpr std::size_t objective_action_rows = 3;

// Multi-line text a person typed (paragraphs kept): what is wrong with it as a phrase that
// follows its name ("must be 2000 characters or fewer"), or nullopt. Valid UTF-8 with no
// control characters but line breaks and tabs, at most `max_length` characters.
std::optional<std::string> long_text_problem(std::string_view text, std::size_t max_length);

// One action's row as typed; a row left wholly blank is no action.
struct ActionForm {
  std::string description;
  std::string who;
  web::DateInput by_when;
  bool blank() const;
};

struct ObjectiveForm {
  std::string need_area;      // a need area's code
  std::string assessment_id;  // optional, a whole number
  std::string worker_words;
  std::string child_words;
  std::string owner;       // "child", "parent", "agency" or "staff:<id>"
  std::string owner_name;  // the parent's or the agency's name
  web::DateInput review_on;
  std::vector<ActionForm> actions;  // rows "action-1-..." to "action-N-..."
};

struct ObjectiveCheck {
  std::optional<Objective> objective;   // set when there are no errors; owner name from `staff_names`
  std::vector<web::FieldError> errors;  // in form order
};

// `staff` are the members of staff an objective may be given to (id and name): any other
// id is an error.
struct StaffChoice {
  std::int64_t id;
  std::string name;
};
ObjectiveCheck check_objective_form(const ObjectiveForm& form, const std::vector<StaffChoice>& staff, Date today);

struct ActionCheck {
  std::optional<PlanAction> action;
  std::vector<web::FieldError> errors;
};
// An action added to an objective: its description is required; the field ids are
// "action-description", "action-who", "action-by".
ActionCheck check_action_form(const ActionForm& form);

struct ReviewForm {
  web::DateInput reviewed_on;
  std::string took_part;
  std::string what_changed;
  web::DateInput next_review_on;
};

struct ReviewCheck {
  std::optional<PlanReview> review;
  std::vector<web::FieldError> errors;
};
// The review happened today or earlier; the next review is after it.
ReviewCheck check_review_form(const ReviewForm& form, Date today);

}  // namespace pathway::practice
