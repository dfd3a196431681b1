#include "children/child_rules.h"

#include "core/free_text.h"
#include "reference/ethnicity.h"

namespace pathway::children {

std::optional<std::string> date_of_birth_problem(Date date_of_birth, Date today) {
  using std::chrono::sys_days;
  if (!date_of_birth.ok()) return "must be a real date";
  if (sys_days(date_of_birth) < sys_days(earliest_date_of_birth)) return "must be on or after " + to_display(earliest_date_of_birth);
  if (sys_days(date_of_birth) > sys_days(today)) return "must be today or in the past";
  return std::nullopt;
}

std::optional<std::string> name_problem(std::string_view name) { return free_text_problem(name, max_name_length); }

std::vector<DetailProblem> child_details_problems(const ChildDetails& details, Date today) {
  std::vector<DetailProblem> problems;
  auto add = [&problems](std::string field, std::optional<std::string> problem) {
    if (problem) problems.push_back({std::move(field), std::move(*problem)});
  };
  add("given_name", name_problem(details.given_name));
  add("family_name", name_problem(details.family_name));
  add("date_of_birth", date_of_birth_problem(details.date_of_birth, today));
  if (details.ethnicity && !reference::ethnicity_label(*details.ethnicity)) {
    add("ethnicity", "must be a DfE ethnicity code");
  }
  if (details.district_code.empty()) add("district_code", "must name the child's home district");
  return problems;
}

}  // namespace pathway::children
