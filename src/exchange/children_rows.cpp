// Checks the rows of children.csv.
#include <array>

#include "children/child_rules.h"
#include "exchange/data_set.h"
#include "exchange/references.h"
#include "exchange/row_reader.h"
#include "reference/ethnicity.h"

namespace pathway::exchange {

namespace {

constexpr std::array<std::string_view, 3> sex_codes = {"male", "female", "unknown"};
constexpr std::array<std::string_view, 2> looked_after_codes = {"yes", "no"};

const std::vector<std::string_view>& ethnicity_codes() {
  static const std::vector<std::string_view> codes = [] {
    std::vector<std::string_view> all;
    for (const auto& ethnicity : reference::ethnicities()) all.push_back(ethnicity.code);
    return all;
  }();
  return codes;
}

// The same rule as the child form's (children/child_rules.h). (The 10-to-17 age rule
// applies on offence dates, not to the child record.)
Date date_of_birth(RowReader& reader, Date today) {
  auto born = reader.date(ChildColumn::date_of_birth);
  if (!born) return Date{};
  if (auto problem = children::date_of_birth_problem(*born, today)) {
    reader.report(ChildColumn::date_of_birth, std::move(*problem));
  }
  return *born;
}

std::string home_district(RowReader& reader, const std::set<std::string>& known_districts) {
  std::string code = reader.value(ChildColumn::district_code);
  if (!code.empty() && !known_districts.contains(code)) {
    reader.report(ChildColumn::district_code, "no district has this code in districts.csv or in the database");
  }
  return code;
}

children::ChildDetails read_details(RowReader& reader, const std::set<std::string>& known_districts, Date today) {
  children::ChildDetails details;
  details.given_name = reader.text(ChildColumn::given_name, children::max_name_length);
  details.family_name = reader.text(ChildColumn::family_name, children::max_name_length);
  details.date_of_birth = date_of_birth(reader, today);
  details.sex = children::sex_from_code(reader.choice(ChildColumn::sex, sex_codes)).value_or(children::Sex::unknown);
  std::string ethnicity = reader.choice(ChildColumn::ethnicity, ethnicity_codes());
  if (!ethnicity.empty()) details.ethnicity = ethnicity;
  details.district_code = home_district(reader, known_districts);
  details.looked_after = children::looked_after_from_code(reader.choice(ChildColumn::looked_after, looked_after_codes))
                             .value_or(children::LookedAfter::unknown);
  return details;
}

}  // namespace

void check_children(ExchangeFile& file, const std::set<std::string>& known_districts,
                    const ExistingRecords& existing, Date today, DataSetReferences& references, RecordSink& sink,
                    std::vector<ImportProblem>& problems) {
  for (FileRow row; file.next(row);) {
    RowReader reader(file.name(), row, child_columns, problems);
    ImportedChild child;
    child.child_id = reader.identifier(ChildColumn::child_id);
    auto* listed = list_identifier(reader, ChildColumn::child_id, child.child_id, references.children,
                                   existing.children.contains(child.child_id), "a child");
    child.details = read_details(reader, known_districts, today);
    if (!reader.usable()) {
      // A child_id that is not an identifier is listed as written, so rows naming it find it.
      const auto& written = row.cells[ChildColumn::child_id];
      if (!listed && written && !written->empty()) references.children.try_emplace(*written, Listing<Date>{});
      continue;
    }
    listed->facts = child.details.date_of_birth;
    listed->saved_id = sink.add(std::move(child));
  }
}

}  // namespace pathway::exchange
