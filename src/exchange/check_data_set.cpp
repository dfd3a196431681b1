// Checks a whole data set, file by file in the format's order, a row at a time.
#include "exchange/data_set.h"

namespace pathway::exchange {

void check_data_set(const FileSource& read_file, const ExistingRecords& existing, Date today,
                    DataSetReferences& references, RecordSink& sink, std::vector<ImportProblem>& problems) {
  std::set<std::string> known_districts;
  {
    ExchangeFile districts = read_file(districts_file, district_columns);
    known_districts = known_district_codes(districts.read_ahead(), existing);
    check_districts(districts, existing, sink, problems);
  }
  {
    ExchangeFile populations = read_file(population_file, population_columns);
    check_populations(populations, known_districts, existing, sink, problems);
  }
  {
    ExchangeFile children = read_file(children_file, child_columns);
    check_children(children, known_districts, existing, today, references, sink, problems);
  }
  {
    ExchangeFile offences = read_file(offences_file, offence_columns);
    check_offences(offences, existing, references, sink, problems);
  }
  {
    ExchangeFile outcomes = read_file(outcomes_file, outcome_columns);
    check_outcomes(outcomes, existing, references, sink, problems);
  }
  {
    ExchangeFile remands = read_file(remands_file, remand_columns);
    check_remands(remands, existing, references, sink, problems);
  }
  ExchangeFile episodes = read_file(custody_episodes_file, custody_episode_columns);
  check_custody_episodes(episodes, existing, references, sink, problems);
}

DataSet check_data_set(const FileSource& read_file, const ExistingRecords& existing, Date today,
                       std::vector<ImportProblem>& problems) {
  DataSetReferences references;
  DataSet data_set;
  check_data_set(read_file, existing, today, references, data_set, problems);
  return data_set;
}

}  // namespace pathway::exchange
