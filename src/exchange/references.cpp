#include "exchange/references.h"

namespace pathway::exchange {

namespace {

// Looks `id` up among the data set's records and then the database's; reports in `column`
// when neither has it. Returns the facts, or nullopt when unknown or unresolved.
template <typename Facts, typename Existing, typename FromDatabase>
std::optional<Facts> resolve(RowReader& reader, std::size_t column, const std::string& id,
                             const std::unordered_map<std::string, Listing<Facts>>& listed,
                             const std::unordered_map<std::string, Existing>& in_database,
                             FromDatabase facts_of, const std::string& unresolved) {
  if (id.empty()) return std::nullopt;
  if (auto found = listed.find(id); found != listed.end()) return found->second.facts;
  if (auto found = in_database.find(id); found != in_database.end()) return facts_of(found->second);
  reader.report(column, unresolved);
  return std::nullopt;
}

}  // namespace

void check_identifier_is_new(RowReader& reader, std::size_t column, const std::string& id,
                             std::unordered_map<std::string, std::size_t>& first_lines, bool in_database,
                             std::string_view record) {
  if (id.empty()) return;
  auto [first, is_first] = first_lines.emplace(id, reader.line());
  report_if_used(reader, column, is_first, first->second, in_database, record);
}

void report_if_used(RowReader& reader, std::size_t column, bool is_first, std::size_t first_line, bool in_database,
                    std::string_view record) {
  if (!is_first) {
    reader.report(column, "this identifier is already used on line " + std::to_string(first_line));
  } else if (in_database) {
    reader.report(column, "the database already has " + std::string(record) + " with this identifier");
  }
}

std::string_view listed_child_id(const std::string& child_id, const ExistingRecords& existing,
                                 const DataSetReferences& references) {
  if (auto found = references.children.find(child_id); found != references.children.end()) return found->first;
  if (auto found = existing.children.find(child_id); found != existing.children.end()) return found->first;
  return {};
}

std::optional<Date> named_child(RowReader& reader, std::size_t column, const std::string& child_id,
                                const ExistingRecords& existing, const DataSetReferences& references) {
  return resolve<Date>(reader, column, child_id, references.children, existing.children,
                       [](const ExistingChild& child) { return child.date_of_birth; },
                       "no child has this child_id in children.csv or in the database");
}

std::optional<NamedOffence> named_offence(RowReader& reader, std::size_t column, const std::string& offence_id,
                                          const ExistingRecords& existing, const DataSetReferences& references) {
  return resolve<NamedOffence>(reader, column, offence_id, references.offences, existing.offences,
                               [](const ExistingOffence& offence) { return offence.facts; },
                               "no offence has offence_id " + offence_id + " in offences.csv or in the database");
}

std::optional<std::string_view> named_outcome_child(RowReader& reader, std::size_t column,
                                                    const std::string& outcome_id, const ExistingRecords& existing,
                                                    const DataSetReferences& references) {
  return resolve<std::string_view>(reader, column, outcome_id, references.outcomes, existing.outcomes,
                              [](const ExistingOutcome& outcome) { return std::string_view(outcome.child_id); },
                              "no outcome has this outcome_id in outcomes.csv or in the database");
}

void check_same_child(RowReader& reader, std::size_t column, const std::string& named,
                      std::string_view named_child_id, std::string_view row_child_id) {
  if (row_child_id.empty() || named_child_id == row_child_id) return;
  reader.report(column, named + " is child " + std::string(named_child_id) + "'s, not child " +
                            std::string(row_child_id) + "'s: a record names only its own child's records");
}

std::set<std::string> listed_district_codes(const std::vector<FileRow>& districts) {
  std::set<std::string> codes;
  for (const FileRow& row : districts) {
    const auto& code = row.cells[DistrictColumn::code];
    if (code && !code->empty()) codes.insert(*code);
  }
  return codes;
}

std::set<std::string> known_district_codes(const std::vector<FileRow>& districts, const ExistingRecords& existing) {
  std::set<std::string> known = listed_district_codes(districts);
  known.insert(existing.district_codes.begin(), existing.district_codes.end());
  return known;
}

}  // namespace pathway::exchange
