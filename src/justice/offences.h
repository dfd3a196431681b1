#pragma once
// A child's offences in the store: list, find, record and correct, with the other children
// named as co-defendants (linked both ways: each child's record shows the other). The
// rules a record meets are checked before it gets here (justice/record_rules.h).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "access/staff.h"
#include "core/dates.h"
#include "justice/corrections.h"
#include "store/database.h"

namespace pathway::justice {

// Another child an offence names, as one viewer may see them.
struct LinkedChild {
  std::int64_t id = 0;       // internal
  std::string public_id;
  std::string full_name;
  Date date_of_birth{};
  bool may_open = false;     // the viewer may open this child's record: only then is the name shown
  bool may_list = false;     // the child appears in the viewer's searches (identity at least)
};

// What staff enter and correct on an offence.
struct OffenceDetails {
  Date offence_date{};
  std::string category;     // one of offence_categories()
  int gravity = 1;          // YJB seriousness score, 1 to 8
  std::string description;  // "" when none
};

struct Offence {
  std::int64_t id = 0;
  std::string exchange_id;
  OffenceDetails details;
  std::vector<LinkedChild> codefendants;  // in name order
  bool disposed = false;                  // an outcome names it
};

// An offence of another child that names this child as a co-defendant.
struct CodefendantOf {
  std::int64_t offence_id = 0;
  Date offence_date{};
  std::string category;
  LinkedChild child;  // whose offence it is
};

// Whose eyes: decides LinkedChild::may_open and may_list.
struct Viewer {
  const access::StaffMember& staff;
  std::int64_t now = 0;  // Unix seconds, for break-glass expiry
};

// The child's offences, newest first. Throws StoreError.
std::vector<Offence> offences_of_child(store::Connection& connection, std::int64_t child_id, const Viewer& viewer);

// One offence of the child, or nullopt when there is none with that id for this child.
std::optional<Offence> find_offence(store::Connection& connection, std::int64_t child_id, std::int64_t offence_id,
                                    const Viewer& viewer);

// Other children's offences naming this child as a co-defendant, newest first.
std::vector<CodefendantOf> offences_naming_child(store::Connection& connection, std::int64_t child_id,
                                                 const Viewer& viewer);

// The children with these public ids, as the viewer sees them; an id that names no child
// is left out. Sorted by name.
std::vector<LinkedChild> children_by_public_id(store::Connection& connection, const std::vector<std::string>& public_ids,
                                               const Viewer& viewer);

// Records an offence of the child naming the co-defendants (internal child ids, none the
// child itself), with a fresh random exchange id. Returns its id. Throws StoreError.
std::int64_t create_offence(store::Connection& connection, std::int64_t child_id, const OffenceDetails& details,
                            const std::vector<std::int64_t>& codefendant_ids);

// An offence's fields as a correction keeps them (justice/corrections.h), named as the
// exchange format names them; the co-defendants by public id.
StoredFields offence_fields(const OffenceDetails& details, std::vector<std::string> codefendants);

// Corrects the offence of child `child_id`: replaces its details and co-defendants and
// keeps the version it replaces (justice/corrections.h) with who corrected it and why.
// Returns the fields that changed by the exchange format's names ("offence_date",
// "codefendants"...); empty when nothing did and nothing was written. The caller holds the
// transaction. Throws StoreError.
std::vector<std::string> update_offence(store::Connection& connection, std::int64_t child_id, const Offence& before,
                                        const OffenceDetails& details, const std::vector<std::int64_t>& codefendant_ids,
                                        const CorrectionBy& by);

}  // namespace pathway::justice
