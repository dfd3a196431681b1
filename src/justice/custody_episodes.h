#pragma once
// A child's custody episodes in the store: list, record, release, and a transfer (the
// episode ends and the next begins at another establishment on the same day). The rules
// an episode meets are checked before it gets here (justice/custody_form.h).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/dates.h"
#include "store/database.h"

namespace pathway::justice {

struct CustodyPlacement {
  std::string establishment;       // its name, as recorded
  std::string establishment_type;  // one of establishment_types()
  bool operator==(const CustodyPlacement&) const = default;
};

struct CustodyEpisode {
  std::int64_t id = 0;
  std::string exchange_id;
  std::optional<std::int64_t> outcome_id;  // the custodial sentence served; none on remand
  CustodyPlacement placement;
  Date start_date{};
  std::optional<Date> release_date;  // none while the child is there
};

// The child's custody episodes, newest first. Throws StoreError.
std::vector<CustodyEpisode> custody_episodes_of_child(store::Connection& connection, std::int64_t child_id);

// The child's episode with this id, or nullopt when there is none (or it is another child's).
std::optional<CustodyEpisode> find_custody_episode(store::Connection& connection, std::int64_t child_id,
                                                   std::int64_t episode_id);

// Records an episode with a fresh random exchange id, still in custody; the caller holds
// the transaction. Returns its id. Throws StoreError.
std::int64_t create_custody_episode(store::Connection& connection, std::int64_t child_id,
                                    const std::optional<std::int64_t>& outcome_id, const CustodyPlacement& placement,
                                    Date start_date);

// Sets the episode's release date. Throws StoreError.
void release_from_custody(store::Connection& connection, std::int64_t episode_id, Date release_date);

// Ends the episode on `day` and records the next, serving the same sentence, at `next`
// from that day; the caller holds the transaction, so both are saved or neither. Returns
// the new episode's id. Throws StoreError.
std::int64_t transfer_custody(store::Connection& connection, std::int64_t child_id, const CustodyEpisode& current,
                              const CustodyPlacement& next, Date day);

}  // namespace pathway::justice
