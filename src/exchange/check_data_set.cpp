// Checks a whole data set, file by file in the format's order.
#include "exchange/data_set.h"

namespace pathway::exchange {

DataSet check_data_set(const FileSource& read_file, const ExistingRecords& existing, Date today,
                       std::vector<ImportProblem>& problems) {
  DataSet data_set;
  std::set<std::string> known_districts;
  {
    ExchangeFile districts = read_file(districts_file, district_columns);
    known_districts = known_district_codes(districts, existing);
    check_districts(districts, existing, data_set, problems);
  }
  check_populations(read_file(population_file, population_columns), known_districts, existing, data_set, problems);
  DataSetReferences references;
  {
    ExchangeFile children = read_file(children_file, child_columns);
    check_children(children, known_districts, existing, today, data_set, problems);
    list_children(children, data_set, references);
  }
  check_offences(read_file(offences_file, offence_columns), existing, references, data_set, problems);
  check_outcomes(read_file(outcomes_file, outcome_columns), existing, references, data_set, problems);
  check_remands(read_file(remands_file, remand_columns), existing, references, data_set, problems);
  check_custody_episodes(read_file(custody_episodes_file, custody_episode_columns), existing, references, data_set,
                         problems);
  return data_set;
}

}  // namespace pathway::exchange
