// Checks the rows of offences.csv.
#include "exchange/data_set.h"
#include "exchange/references.h"
#include "exchange/row_reader.h"
#include "justice/record_rules.h"

namespace pathway::exchange {

namespace {

// Room for a legacy system's charge wording; longer text is a mistake.
constexpr std::size_t max_description_length = 1000;

}  // namespace

void check_offences(ExchangeFile& file, const ExistingRecords& existing, DataSetReferences& references,
                    RecordSink& sink, std::vector<ImportProblem>& problems) {
  for (FileRow row; file.next(row);) {
    RowReader reader(file.name(), row, offence_columns, problems);
    ImportedOffence offence;
    offence.offence_id = reader.identifier(OffenceColumn::offence_id);
    auto* listed = list_identifier(reader, OffenceColumn::offence_id, offence.offence_id, references.offences,
                                   existing.offences.contains(offence.offence_id), "an offence");
    offence.child_id = reader.value(OffenceColumn::child_id);
    auto born = named_child(reader, OffenceColumn::child_id, offence.child_id, existing, references);
    auto committed = reader.date(OffenceColumn::offence_date);
    offence.category = reader.choice(OffenceColumn::category, justice::offence_categories());
    // The rule judges the score's range; a score that is not a number is reported already.
    offence.gravity = reader.whole_number(OffenceColumn::gravity).value_or(1);
    std::string description = reader.text(OffenceColumn::description, max_description_length);
    if (!description.empty()) offence.description = description;
    if (!born) reader.leave_unjudged(OffenceColumn::offence_date);  // the age on it is not known
    reader.report_breaches(justice::offence_breaches(born.value_or(Date{}), {committed.value_or(Date{}), offence.gravity}));

    if (!reader.usable()) continue;
    offence.offence_date = *committed;
    listed->facts = NamedOffence{listed_child_id(offence.child_id, existing, references), offence.offence_date};
    listed->saved_id = sink.add(std::move(offence));
  }
}

}  // namespace pathway::exchange
