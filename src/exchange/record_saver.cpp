#include "exchange/record_saver.h"

#include "children/child_repository.h"
#include "core/clock.h"
#include "core/random.h"

namespace pathway::exchange {

namespace {

// The database id of a record the data set names: the one this import saved it with, or the
// one it has in the database. The checks made sure one of them has it.
template <typename Facts, typename Existing>
std::int64_t id_of(const std::string& id, const std::unordered_map<std::string, Listing<Facts>>& listed,
                   const std::unordered_map<std::string, Existing>& in_database) {
  if (auto found = listed.find(id); found != listed.end()) return found->second.saved_id;
  return in_database.at(id).id;
}

}  // namespace

RecordSaver::RecordSaver(store::Connection& connection, const std::string& actor, const ExistingRecords& existing,
                         const DataSetReferences& references, const std::vector<ImportProblem>& problems)
    : connection_(connection),
      actor_(actor),
      existing_(existing),
      references_(references),
      problems_(problems),
      children_(connection, to_iso_instant(now_unix_seconds()), children::ChangeAuthor(actor)),
      justice_(connection, to_iso_instant(now_unix_seconds())) {}

void RecordSaver::finish() {
  children_.flush();
  justice_.finish();
}

std::int64_t RecordSaver::child_id(const std::string& id) const {
  return id_of(id, references_.children, existing_.children);
}

std::int64_t RecordSaver::offence_id(const std::string& id) const {
  return id_of(id, references_.offences, existing_.offences);
}

std::int64_t RecordSaver::outcome_id(const std::string& id) const {
  return id_of(id, references_.outcomes, existing_.outcomes);
}

void RecordSaver::add(reference::District district) {
  if (!saving()) return;
  reference::add_district(connection_, district);
  ++saved_.districts;
}

void RecordSaver::add(reference::DistrictPopulation population) {
  if (!saving()) return;
  reference::add_population(connection_, population);
  ++saved_.populations;
}

std::int64_t RecordSaver::add(ImportedChild child) {
  if (!saving()) return 0;
  ++saved_.children;
  return children_.add(child.details, random_public_id(), child.child_id);
}

std::int64_t RecordSaver::add(ImportedOffence offence) {
  if (!saving()) return 0;
  children_.flush();  // the children it names are written first
  ++saved_.offences;
  return justice_.add_offence(offence, child_id(offence.child_id));
}

std::int64_t RecordSaver::add(ImportedOutcome outcome) {
  if (!saving()) return 0;
  children_.flush();  // the children it names are written first
  std::vector<std::int64_t> offences;
  offences.reserve(outcome.offence_ids.size());
  for (const auto& id : outcome.offence_ids) offences.push_back(offence_id(id));
  ++saved_.outcomes;
  return justice_.add_outcome(outcome, child_id(outcome.child_id), offences);
}

void RecordSaver::add(ImportedRemand remand) {
  if (!saving()) return;
  children_.flush();  // the children it names are written first
  justice_.add_remand(remand, child_id(remand.child_id));
  ++saved_.remands;
}

void RecordSaver::add(ImportedCustodyEpisode episode) {
  if (!saving()) return;
  children_.flush();  // the children it names are written first
  std::optional<std::int64_t> outcome;
  if (episode.outcome_id) outcome = outcome_id(*episode.outcome_id);
  justice_.add_custody_episode(episode, child_id(episode.child_id), outcome);
  ++saved_.custody_episodes;
}

}  // namespace pathway::exchange
