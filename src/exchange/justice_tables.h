#pragma once
// The justice record's tables (offences, outcomes and outcome_offences, remands,
// custody_episodes; schema 15) as the exchange format sees them: records named by their
// exchange identifiers. The only SQL of the exchange format's justice files.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "exchange/data_set.h"
#include "store/database.h"

namespace pathway::exchange {

// Adds the justice records the database holds to `existing`. Throws StoreError.
void load_justice_records(store::Connection& connection, ExistingRecords& existing);

// Each saves one checked record made at `created_at` (an ISO instant), the records it names
// given by their database ids (`child` is children.id, `offences` the outcome's offences' ids
// in its order, `outcome` outcomes.id), and returns its id. Throws StoreError.
std::int64_t insert_offence(store::Connection& connection, const ImportedOffence& offence, std::int64_t child,
                            const std::string& created_at);
std::int64_t insert_outcome(store::Connection& connection, const ImportedOutcome& outcome, std::int64_t child,
                            const std::vector<std::int64_t>& offences, const std::string& created_at);
void insert_remand(store::Connection& connection, const ImportedRemand& remand, std::int64_t child,
                   const std::string& created_at);
void insert_custody_episode(store::Connection& connection, const ImportedCustodyEpisode& episode, std::int64_t child,
                            std::optional<std::int64_t> outcome, const std::string& created_at);

// Every record of each file, one vector of values a row in the columns' order
// (exchange/columns.h), sorted by identifier (byte order, the same on every backend).
using ExchangeRows = std::vector<std::vector<std::string>>;
ExchangeRows offence_rows(store::Connection& connection);
ExchangeRows outcome_rows(store::Connection& connection);
ExchangeRows remand_rows(store::Connection& connection);
ExchangeRows custody_episode_rows(store::Connection& connection);

}  // namespace pathway::exchange
