// Checks the rows of outcomes.csv.
#include <algorithm>

#include "exchange/data_set.h"
#include "exchange/references.h"
#include "exchange/row_reader.h"
#include "justice/record_rules.h"

namespace pathway::exchange {

namespace {

// Longer than any sentence a youth court passes (a life sentence has a minimum term, not a
// length); a longer figure is a mistake. The rules of the record judge the terms of orders.
constexpr std::int64_t longest_length_months = 1200;

// The offence_ids cell split at ';', each part an identifier named once.
std::vector<std::string> offence_ids(RowReader& reader) {
  std::string cell = reader.value(OutcomeColumn::offence_ids);
  std::vector<std::string> ids;
  if (cell.empty()) return ids;
  for (std::size_t start = 0;;) {
    std::size_t end = std::min(cell.find(';', start), cell.size());
    std::string id = cell.substr(start, end - start);
    if (!is_identifier(id)) {
      reader.report(OutcomeColumn::offence_ids, "each offence_id, separated by ';', must be 1 to 64 characters, "
                                                "each a letter, a digit, '-', '_' or '.'");
      return {};
    }
    if (std::find(ids.begin(), ids.end(), id) != ids.end()) {
      reader.report(OutcomeColumn::offence_ids, "names offence " + id + " twice");
      return {};
    }
    ids.push_back(std::move(id));
    if (end == cell.size()) return ids;
    start = end + 1;
  }
}

// The dates of the offences the outcome names, checking each exists and is the outcome's
// child's. nullopt when any is not known, so the rules that need them all are not judged.
std::optional<std::vector<Date>> offence_dates(RowReader& reader, const ImportedOutcome& outcome,
                                               const ExistingRecords& existing,
                                               const DataSetReferences& references) {
  std::vector<Date> dates;
  bool all_known = true;
  for (const std::string& id : outcome.offence_ids) {
    auto offence = named_offence(reader, OutcomeColumn::offence_ids, id, existing, references);
    if (!offence) {
      all_known = false;
      continue;
    }
    check_same_child(reader, OutcomeColumn::offence_ids, "offence " + id, offence->child_id, outcome.child_id);
    dates.push_back(offence->offence_date);
  }
  if (!all_known) return std::nullopt;
  return dates;
}

std::optional<std::string> optional_choice(RowReader& reader, std::size_t column,
                                           const std::vector<std::string_view>& allowed) {
  std::string value = reader.choice(column, allowed);
  if (value.empty()) return std::nullopt;
  return value;
}

void read_order(RowReader& reader, ImportedOutcome& outcome) {
  outcome.start_date = reader.date(OutcomeColumn::start_date);
  outcome.end_date = reader.date(OutcomeColumn::end_date);
  auto length = reader.whole_number(OutcomeColumn::length_months, 1, longest_length_months);
  if (length > 0) outcome.length_months = static_cast<int>(length);
  outcome.completion = optional_choice(reader, OutcomeColumn::completion, justice::completions());
  outcome.end_ete = optional_choice(reader, OutcomeColumn::end_ete, justice::end_statuses());
  outcome.end_accommodation = optional_choice(reader, OutcomeColumn::end_accommodation, justice::end_statuses());
}

}  // namespace

void check_outcomes(ExchangeFile& file, const ExistingRecords& existing, DataSetReferences& references,
                    RecordSink& sink, std::vector<ImportProblem>& problems) {
  for (FileRow row; file.next(row);) {
    RowReader reader(file.name(), row, outcome_columns, problems);
    ImportedOutcome outcome;
    outcome.outcome_id = reader.identifier(OutcomeColumn::outcome_id);
    auto* listed = list_identifier(reader, OutcomeColumn::outcome_id, outcome.outcome_id, references.outcomes,
                                   existing.outcomes.contains(outcome.outcome_id), "an outcome");
    outcome.child_id = reader.value(OutcomeColumn::child_id);
    auto born = named_child(reader, OutcomeColumn::child_id, outcome.child_id, existing, references);
    auto decided = reader.date(OutcomeColumn::outcome_date);
    outcome.outcome_type = reader.choice(OutcomeColumn::outcome_type, justice::outcome_types());
    outcome.offence_ids = offence_ids(reader);
    auto committed = offence_dates(reader, outcome, existing, references);
    read_order(reader, outcome);

    // Judge what can be judged from the facts that are known.
    if (!born || !decided) reader.leave_unjudged(OutcomeColumn::outcome_type);  // the age on the date
    if (!decided) reader.leave_unjudged(OutcomeColumn::length_months);        // the law on the date
    if (!decided || !committed) reader.leave_unjudged(OutcomeColumn::offence_ids);
    reader.report_breaches(justice::outcome_breaches(
        born.value_or(Date{}), {decided.value_or(Date{}), outcome.outcome_type, outcome.start_date, outcome.end_date,
                                outcome.length_months, committed.value_or(std::vector<Date>{})}));

    if (!reader.usable()) continue;
    outcome.outcome_date = *decided;
    listed->facts = listed_child_id(outcome.child_id, existing, references);
    listed->saved_id = sink.add(std::move(outcome));
  }
}

}  // namespace pathway::exchange
