// libFuzzer target for the importer's checks on a whole data set: the input is split at each
// '\x1E' (record separator) into the texts of districts.csv, population.csv, children.csv,
// offences.csv, outcomes.csv, remands.csv and custody_episodes.csv, in that order, and checked
// against a database that already holds a district, a child, an offence and an outcome. No
// input may crash it, and a data set it accepts must be saveable: every reference of an
// accepted record resolves to a record of the data set or of the database, of the same child,
// and every accepted record keeps the rules of the record. Built and run by scripts/run-fuzz.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <unordered_map>

#include "exchange/data_set.h"
#include "justice/record_rules.h"

namespace {

using namespace pathway;
using namespace pathway::exchange;

void require(bool condition, const char* invariant) {
  if (condition) return;
  std::fprintf(stderr, "invariant broken: %s\n", invariant);
  std::abort();
}

const Date today{std::chrono::year{2026}, std::chrono::month{1}, std::chrono::day{15}};

ExistingRecords database() {
  ExistingRecords existing;
  existing.area_names = {{"EAST", "East Kent"}};
  existing.district_codes = {"THANET"};
  existing.children = {{"DB-C", {1, Date{std::chrono::year{2010}, std::chrono::month{5}, std::chrono::day{1}}}}};
  existing.offences = {{"DB-F", {1, {"DB-C", Date{std::chrono::year{2024}, std::chrono::month{1}, std::chrono::day{2}}}}}};
  existing.outcomes = {{"DB-X", {1, "DB-C"}}};
  existing.remand_ids = {"DB-R"};
  existing.episode_ids = {"DB-E"};
  return existing;
}

// The child and date of birth of every child an accepted record may name.
std::unordered_map<std::string, Date> children_of(const DataSet& data_set, const ExistingRecords& existing) {
  std::unordered_map<std::string, Date> born;
  for (const auto& [id, child] : existing.children) born.emplace(id, child.date_of_birth);
  for (const auto& child : data_set.children) {
    require(born.emplace(child.child_id, child.details.date_of_birth).second, "no child is accepted twice");
  }
  return born;
}

void check_accepted(const DataSet& data_set, const ExistingRecords& existing) {
  auto born = children_of(data_set, existing);
  std::unordered_map<std::string, NamedOffence> offences;
  for (const auto& [id, offence] : existing.offences) offences.emplace(id, offence.facts);
  for (const auto& offence : data_set.offences) {
    require(born.contains(offence.child_id), "an accepted offence's child exists");
    require(justice::offence_breaches(born.at(offence.child_id), {offence.offence_date, offence.gravity}).empty(),
            "an accepted offence keeps the rules");
    require(offences.emplace(offence.offence_id, NamedOffence{offence.child_id, offence.offence_date}).second,
            "no offence is accepted twice");
  }
  std::unordered_map<std::string, std::string> outcomes;
  for (const auto& [id, outcome] : existing.outcomes) outcomes.emplace(id, outcome.child_id);
  for (const auto& outcome : data_set.outcomes) {
    require(born.contains(outcome.child_id), "an accepted outcome's child exists");
    std::vector<Date> dates;
    for (const auto& id : outcome.offence_ids) {
      require(offences.contains(id), "an accepted outcome's offences exist");
      require(offences.at(id).child_id == outcome.child_id, "an accepted outcome's offences are its child's");
      dates.push_back(offences.at(id).offence_date);
    }
    require(justice::outcome_breaches(born.at(outcome.child_id),
                                      {outcome.outcome_date, outcome.outcome_type, outcome.start_date,
                                       outcome.end_date, outcome.length_months, dates})
                .empty(),
            "an accepted outcome keeps the rules");
    require(outcomes.emplace(outcome.outcome_id, outcome.child_id).second, "no outcome is accepted twice");
  }
  for (const auto& remand : data_set.remands) {
    require(born.contains(remand.child_id), "an accepted remand's child exists");
    require(justice::remand_breaches(born.at(remand.child_id), {remand.start_date, remand.end_date, remand.remand_type})
                .empty(),
            "an accepted remand keeps the rules");
  }
  for (const auto& episode : data_set.custody_episodes) {
    require(born.contains(episode.child_id), "an accepted episode's child exists");
    if (episode.outcome_id) {
      require(outcomes.contains(*episode.outcome_id), "an accepted episode's outcome exists");
      require(outcomes.at(*episode.outcome_id) == episode.child_id, "an accepted episode's outcome is its child's");
    }
    require(justice::custody_breaches({episode.start_date, episode.release_date}).empty(),
            "an accepted episode keeps the rules");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::unordered_map<std::string_view, std::string_view> texts;
  for (std::string_view name : exchange_files) {
    std::size_t end = std::min(input.find('\x1E'), input.size());
    texts[name] = input.substr(0, end);
    input.remove_prefix(std::min(end + 1, input.size()));
  }
  std::vector<ImportProblem> problems;
  auto read_file = [&](std::string_view name, std::span<const Column> columns) {
    return read_exchange_table(name, texts.at(name), columns, problems);
  };
  ExistingRecords existing = database();
  DataSet data_set = check_data_set(read_file, existing, today, problems);
  for (const auto& problem : problems) {
    require(!problem.reason.empty(), "every problem has a reason");
    require(!describe(problem).empty(), "every problem can be described");
  }
  // Records are saved only when the data set has no problem at all (a good row may name a
  // rejected one until then).
  if (problems.empty()) check_accepted(data_set, existing);
  return 0;
}
