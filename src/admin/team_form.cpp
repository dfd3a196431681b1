#include "admin/team_form.h"

#include <algorithm>

#include "admin/admin_forms.h"
#include "core/text.h"

namespace pathway::admin {

namespace {

constexpr std::size_t max_team_name_length = 100;

bool is_valid_team_code(std::string_view code) {
  if (code.size() < 2 || code.size() > 20 || code == "new") return false;
  return std::all_of(code.begin(), code.end(), [](unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

}  // namespace

TeamValidation validate_team_form(const TeamForm& form, const std::vector<reference::Team>& teams,
                                  const std::vector<reference::District>& districts,
                                  const reference::Team* existing) {
  TeamValidation result;
  auto& errors = result.errors;
  std::string code = existing ? existing->code : ascii_lower(trim(form.code));
  if (!existing) {
    if (code.empty()) {
      errors.push_back({"code", "Enter a short code for the team"});
    } else if (!is_valid_team_code(code)) {
      errors.push_back({"code", "The code must be 2 to 20 characters: letters, numbers or '-'"});
    } else if (std::any_of(teams.begin(), teams.end(), [&](const auto& team) { return team.code == code; })) {
      errors.push_back({"code", "A team with the code '" + code + "' already exists"});
    }
  }
  auto name = checked_name(form.name, "team name", max_team_name_length, "name", errors);
  if (name && std::any_of(teams.begin(), teams.end(), [&](const reference::Team& team) {
        return team.name == *name && team.code != code;
      })) {
    errors.push_back({"name", "Another team is already called ‘" + *name + "’"});
  }
  std::vector<std::string> covered;
  for (const auto& district : districts) {
    if (std::find(form.districts.begin(), form.districts.end(), district.code) != form.districts.end()) {
      covered.push_back(district.code);
    }
  }
  if (covered.empty() || covered.size() != form.districts.size()) {
    errors.push_back({"districts", "Select the districts the team covers",
                      districts.empty() ? "districts" : "district-" + districts.front().code});
  }
  if (errors.empty()) result.team = reference::Team{code, *name, existing ? existing->active : true, covered};
  return result;
}

}  // namespace pathway::admin
