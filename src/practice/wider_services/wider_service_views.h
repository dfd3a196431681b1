#pragma once
// The "Wider services" section of a child's Circumstances page (practice/circumstances):
// each service supporting the child, newest first, continuing or ended, and beside them
// the record's own looked after status, which the history does not change.
#include <cstddef>

#include "children/child_repository.h"
#include "store/database.h"
#include "web/app.h"

namespace pathway::web {

// Where the section's forms live: "/children/{public id}/wider-services".
std::string wider_services_href(const children::ChildSummary& summary);

// Sets `wider_services` (each row's service, from, to or "Continuing", note, who recorded
// it and, for a continuing one, `end_href`), `has_wider_services`, `looked_after_now` and
// `wider_service_href`; returns how many rows it showed. Throws StoreError.
std::size_t add_wider_services(ViewData& data, store::Connection& connection, const children::ChildSummary& summary);

}  // namespace pathway::web
