#include "children/child_rows.h"

#include "children/child_rules.h"
#include "core/clock.h"
#include "core/text.h"

namespace pathway::children {

void append_new_row(std::vector<store::Value>& params, const std::string& public_id, const std::string& exchange_id,
                    const ChildDetails& details, const std::string& created_at) {
  auto fields = stored_fields(details);
  params.emplace_back(public_id);
  params.emplace_back(exchange_id);
  params.emplace_back(details.given_name);
  params.emplace_back(details.family_name);
  params.emplace_back(person_search_key(details.given_name, details.family_name));
  params.emplace_back(person_sort_key(details.given_name, details.family_name));
  params.emplace_back(*fields[2].second);
  params.emplace_back(*fields[3].second);
  params.emplace_back(store::nullable(details.ethnicity));
  params.emplace_back(details.district_code);
  params.emplace_back(store::nullable(fields[6].second));
  params.emplace_back(std::int64_t{1});
  params.emplace_back(created_at);
  params.emplace_back(created_at);
}

void refuse_invalid(const ChildDetails& details) {
  auto problems = child_details_problems(details, today_utc());
  if (problems.empty()) return;
  std::string message = "invalid child details:";
  for (const auto& problem : problems) message += " " + problem.field + " " + problem.reason + ";";
  throw InvalidChildDetails(message);
}

std::vector<std::vector<store::Value>> change_rows(std::int64_t child_id, std::int64_t version, const std::string& at,
                                                   const ChangeAuthor& by, const std::string& reason,
                                                   const StoredFields& before, const StoredFields& after,
                                                   std::vector<std::string>& changed) {
  std::vector<std::vector<store::Value>> rows;
  for (std::size_t i = 0; i < after.size(); ++i) {
    std::optional<std::string> old_value = before.empty() ? std::nullopt : before[i].second;
    if (!before.empty() && old_value == after[i].second) continue;
    if (before.empty() && !after[i].second) continue;
    rows.push_back({child_id, version, at, by.username, by.display_name,
                    reason.empty() ? store::Value{nullptr} : store::Value{reason}, after[i].first,
                    store::nullable(old_value), store::nullable(after[i].second)});
    changed.push_back(after[i].first);
  }
  return rows;
}

}  // namespace pathway::children
