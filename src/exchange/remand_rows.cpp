// Checks the rows of remands.csv.
#include "exchange/data_set.h"
#include "exchange/references.h"
#include "exchange/row_reader.h"
#include "justice/record_rules.h"

namespace pathway::exchange {

void check_remands(ExchangeFile& file, const ExistingRecords& existing, const DataSetReferences& references,
                   RecordSink& sink, std::vector<ImportProblem>& problems) {
  std::unordered_map<std::string, std::size_t> first_lines;
  for (FileRow row; file.next(row);) {
    RowReader reader(file.name(), row, remand_columns, problems);
    ImportedRemand remand;
    remand.remand_id = reader.identifier(RemandColumn::remand_id);
    check_identifier_is_new(reader, RemandColumn::remand_id, remand.remand_id, first_lines,
                            existing.remand_ids.contains(remand.remand_id), "a remand");
    remand.child_id = reader.value(RemandColumn::child_id);
    auto born = named_child(reader, RemandColumn::child_id, remand.child_id, existing, references);
    auto started = reader.date(RemandColumn::start_date);
    remand.end_date = reader.date(RemandColumn::end_date);
    remand.remand_type = reader.choice(RemandColumn::remand_type, justice::remand_types());

    // The age rules need the date of birth and the start date.
    if (!born || !started) {
      reader.leave_unjudged(RemandColumn::start_date);
      reader.leave_unjudged(RemandColumn::remand_type);
    }
    if (started) {
      reader.report_breaches(
          justice::remand_breaches(born.value_or(Date{}), {*started, remand.end_date, remand.remand_type}));
    }

    if (!reader.usable()) continue;
    remand.start_date = *started;
    sink.add(std::move(remand));
  }
}

}  // namespace pathway::exchange
