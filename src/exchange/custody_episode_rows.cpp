// Checks the rows of custody_episodes.csv.
#include "exchange/data_set.h"
#include "exchange/references.h"
#include "exchange/row_reader.h"
#include "justice/record_rules.h"

namespace pathway::exchange {

namespace {

// Longer than any establishment's name, e.g. "Medway Secure Training Centre".
constexpr std::size_t max_establishment_length = 200;

// The custodial sentence served, if any: an outcome of the same child.
std::optional<std::string> served_outcome(RowReader& reader, const ImportedCustodyEpisode& episode,
                                          const ExistingRecords& existing, const DataSetReferences& references) {
  std::string outcome_id = reader.identifier(CustodyEpisodeColumn::outcome_id);
  if (outcome_id.empty()) return std::nullopt;
  auto child = named_outcome_child(reader, CustodyEpisodeColumn::outcome_id, outcome_id, existing, references);
  if (child) check_same_child(reader, CustodyEpisodeColumn::outcome_id, "outcome " + outcome_id, *child, episode.child_id);
  return outcome_id;
}

}  // namespace

void check_custody_episodes(ExchangeFile& file, const ExistingRecords& existing,
                            const DataSetReferences& references, RecordSink& sink,
                            std::vector<ImportProblem>& problems) {
  std::unordered_map<std::string, std::size_t> first_lines;
  for (FileRow row; file.next(row);) {
    RowReader reader(file.name(), row, custody_episode_columns, problems);
    ImportedCustodyEpisode episode;
    episode.episode_id = reader.identifier(CustodyEpisodeColumn::episode_id);
    check_identifier_is_new(reader, CustodyEpisodeColumn::episode_id, episode.episode_id, first_lines,
                            existing.episode_ids.contains(episode.episode_id), "a custody episode");
    episode.child_id = reader.value(CustodyEpisodeColumn::child_id);
    named_child(reader, CustodyEpisodeColumn::child_id, episode.child_id, existing, references);
    episode.outcome_id = served_outcome(reader, episode, existing, references);
    episode.establishment = reader.text(CustodyEpisodeColumn::establishment, max_establishment_length);
    episode.establishment_type =
        reader.choice(CustodyEpisodeColumn::establishment_type, justice::establishment_types());
    auto started = reader.date(CustodyEpisodeColumn::start_date);
    episode.release_date = reader.date(CustodyEpisodeColumn::release_date);
    if (started) reader.report_breaches(justice::custody_breaches({*started, episode.release_date}));

    if (!reader.usable()) continue;
    episode.start_date = *started;
    sink.add(std::move(episode));
  }
}

}  // namespace pathway::exchange
