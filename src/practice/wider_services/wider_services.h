#pragma once
// The wider services supporting a child over time (issue 11 point 9, migration 34): early
// help, a child in need plan, a child protection plan, looked after. Each is a dated row
// from the day the support began, given its end date when it ends (and who closed it and
// when, when it was closed after being recorded); nothing is deleted, so the history is
// there for YJB key performance indicator 8, which the measures count from this table. A
// child has at most one continuing row of each service (the form refuses a second). The
// checks of what was typed are in wider_service_form.h; this is the store.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "children/child_repository.h"
#include "core/dates.h"
#include "store/database.h"

namespace pathway::practice {

// A wider service as recorded on the form.
struct WiderServiceDetails {
  std::string service;  // a code of wider_service_kinds()
  Date from;
  std::optional<Date> to;  // nullopt while it continues
  std::string note;        // "" for none
};

struct WiderService {
  std::int64_t id = 0;
  std::int64_t child_id = 0;
  WiderServiceDetails details;
  std::string recorded_at;  // ISO UTC instant
  std::string recorded_by;  // username
  std::string recorded_by_name;
  std::optional<std::string> ended_at;  // when the end was recorded, when it was
                                        // ended after being recorded
  std::optional<std::string> ended_by;  // username

  bool continuing() const { return !details.to; }
};

// Records a wider service of the child in the caller's transaction; returns its id. It
// does not change the record's looked after status (see the definition). Throws
// StoreError.
std::int64_t add_wider_service(store::Connection& connection, std::int64_t child_id, const WiderServiceDetails& details,
                               const children::ChangeAuthor& author);

// The child's wider services, newest first (by `from` date, then the later recorded).
// Throws StoreError.
std::vector<WiderService> wider_services_of(store::Connection& connection, std::int64_t child_id);

// The child's wider service `id`; nullopt when the child has none of that id. Throws
// StoreError.
std::optional<WiderService> find_wider_service(store::Connection& connection, std::int64_t child_id, std::int64_t id);

// The codes of the services continuing for the child (no end date), each once.
std::vector<std::string> continuing_wider_services(store::Connection& connection, std::int64_t child_id);

// Ends a continuing wider service on `to` in the caller's transaction, saying who and
// when. False, changing nothing, when it has already ended. Throws StoreError.
bool end_wider_service(store::Connection& connection, const WiderService& service, Date to,
                       const children::ChangeAuthor& author);

}  // namespace pathway::practice
