#include "practice/plans/plan_forms.h"

#include <charconv>

#include "core/text.h"
#include "justice/form_checks.h"
#include "practice/need_areas.h"

namespace pathway::practice {

namespace {

using web::FieldError;

// Text that may be left blank: trimmed, then long_text_problem's rule.
std::string optional_long_text(std::string_view typed, const std::string& field, const std::string& name,
                               std::size_t max_length, std::vector<FieldError>& errors) {
  std::string text(trim(typed));
  if (auto problem = long_text_problem(text, max_length)) errors.push_back({field, name + " " + *problem});
  return text;
}

// Text that must be given: "Enter <what>" when blank.
std::string required_long_text(std::string_view typed, const std::string& field, const std::string& name,
                               const std::string& what, std::size_t max_length, std::vector<FieldError>& errors) {
  std::string text(trim(typed));
  if (text.empty()) {
    errors.push_back({field, "Enter " + what});
    return text;
  }
  if (auto problem = long_text_problem(text, max_length)) errors.push_back({field, name + " " + *problem});
  return text;
}

// A date that must be given and be `today` or later.
std::optional<Date> future_date(const web::DateInput& input, const web::DateField& field, Date today,
                                std::vector<FieldError>& errors) {
  auto date = web::read_date_input(input, field, errors);
  if (date && *date < today) {
    errors.push_back({field.id, field.name + " must be today or in the future", field.id + "-day"});
    return std::nullopt;
  }
  return date;
}

std::optional<std::int64_t> whole_id(std::string_view text) {
  std::int64_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value <= 0) return std::nullopt;
  return value;
}

// One action's row, its fields named `prefix` + "description", "who", "by"; `where` says
// which row in messages ("" for the only one).
std::optional<PlanAction> check_action(const ActionForm& form, const std::string& prefix, const std::string& where,
                                       std::vector<FieldError>& errors) {
  std::size_t before = errors.size();
  PlanAction action;
  action.description = required_long_text(form.description, prefix + "description", "The description of the action" + where,
                                          "what is to be done" + where, max_action_text, errors);
  action.who = std::string(trim(form.who));
  if (!action.who.empty()) {
    if (auto problem = long_text_problem(action.who, max_plan_name)) {
      errors.push_back({prefix + "who", "Who does the action" + where + " " + *problem});
    }
  }
  if (!form.by_when.blank()) {
    action.by_when = web::read_date_input(form.by_when, {prefix + "by", "The date of the action" + where, ""}, errors);
  }
  if (errors.size() != before) return std::nullopt;
  return action;
}

}  // namespace

std::optional<std::string> long_text_problem(std::string_view text, std::size_t max_length) {
  if (!is_clean_utf8(text)) return "must not contain control characters or invalid characters";
  if (utf8_length(text) > max_length) return "must be " + std::to_string(max_length) + " characters or fewer";
  return std::nullopt;
}

bool ActionForm::blank() const {
  return trim(description).empty() && trim(who).empty() && by_when.blank();
}

ObjectiveCheck check_objective_form(const ObjectiveForm& form, const std::vector<StaffChoice>& staff, Date today) {
  ObjectiveCheck check;
  auto& errors = check.errors;
  Objective objective;
  if (!need_area(form.need_area)) {
    errors.push_back({"need-area", "Select the need the objective answers"});
  }
  objective.need_area = form.need_area;
  std::string assessment(trim(form.assessment_id));
  if (!assessment.empty()) {
    objective.assessment_id = whole_id(assessment);
    if (!objective.assessment_id) errors.push_back({"assessment", "The assessment reference must be a whole number"});
  }
  objective.worker_words = required_long_text(form.worker_words, "worker-words", "The objective",
                                              "the objective in your words", max_plan_words, errors);
  objective.child_words =
      optional_long_text(form.child_words, "child-words", "The child's words", max_plan_words, errors);

  std::string owner_name(trim(form.owner_name));
  if (form.owner.starts_with("staff:")) {
    auto id = whole_id(std::string_view(form.owner).substr(6));
    const StaffChoice* chosen = nullptr;
    for (const auto& choice : staff) {
      if (id && choice.id == *id) chosen = &choice;
    }
    if (chosen) {
      objective.owner = {OwnerKind::staff, chosen->id, chosen->name};
    } else {
      errors.push_back({"owner", "Select who owns the objective"});
    }
  } else if (auto kind = owner_kind_from_code(form.owner); kind && *kind != OwnerKind::staff) {
    objective.owner = {*kind, std::nullopt, *kind == OwnerKind::child ? "" : owner_name};
    if (*kind == OwnerKind::agency && owner_name.empty()) {
      errors.push_back({"owner-name", "Enter the name of the partner agency that owns the objective"});
    }
    if (*kind != OwnerKind::child && !owner_name.empty()) {
      if (auto problem = long_text_problem(owner_name, max_plan_name)) {
        errors.push_back({"owner-name", "The owner's name " + *problem});
      }
    }
  } else {
    errors.push_back({"owner", "Select who owns the objective"});
  }

  auto review = future_date(form.review_on, {"review-on", "The review date", "Enter the date the objective is reviewed"},
                            today, errors);
  if (review) objective.review_on = *review;

  std::vector<std::string_view> order = {"need-area", "assessment", "worker-words", "child-words",
                                         "owner", "owner-name", "review-on"};
  std::vector<std::string> action_fields;
  for (std::size_t row = 0; row < form.actions.size(); ++row) {
    std::string prefix = "action-" + std::to_string(row + 1) + "-";
    for (const char* field : {"description", "who", "by"}) action_fields.push_back(prefix + field);
    if (form.actions[row].blank()) continue;
    auto action = check_action(form.actions[row], prefix, " in row " + std::to_string(row + 1), errors);
    if (action) objective.actions.push_back(std::move(*action));
  }
  for (const auto& field : action_fields) order.push_back(field);
  justice::sort_in_form_order(errors, order);
  if (errors.empty()) check.objective = std::move(objective);
  return check;
}

ActionCheck check_action_form(const ActionForm& form) {
  ActionCheck check;
  check.action = check_action(form, "action-", "", check.errors);
  return check;
}

ReviewCheck check_review_form(const ReviewForm& form, Date today) {
  ReviewCheck check;
  auto& errors = check.errors;
  PlanReview review;
  auto reviewed = justice::past_date(form.reviewed_on, {"reviewed-on", "The date of the review", "Enter the date of the review"},
                                     today, errors);
  review.took_part = required_long_text(form.took_part, "took-part", "Who took part", "who took part in the review",
                                        max_plan_words, errors);
  review.what_changed = required_long_text(form.what_changed, "what-changed", "What changed",
                                           "what changed at the review", max_plan_words, errors);
  auto next = web::read_date_input(form.next_review_on,
                                   {"next-review-on", "The next review date", "Enter the date of the next review"}, errors);
  if (reviewed && next && *next <= *reviewed) {
    errors.push_back({"next-review-on", "The next review date must be after the date of the review", "next-review-on-day"});
  }
  justice::sort_in_form_order(errors, {"reviewed-on", "took-part", "what-changed", "next-review-on"});
  if (!errors.empty()) return check;
  review.reviewed_on = *reviewed;
  review.next_review_on = *next;
  check.review = std::move(review);
  return check;
}

}  // namespace pathway::practice
