#pragma once
// Turns audit events into the data the audit pages show: one row per event and the
// "Newer events" / "Older events" links.
#include <string>

#include "access/audit_search.h"
#include "web/views.h"

namespace pathway::web {

// How the audit pages show one event: when (UK local time), who (name, job title and
// username), what (in plain words, with the stored action), the record, detail and address.
ViewData audit_entry_data(const access::AuditEntry& entry);

// The events and the links to the pages beside this one: `href` is the page's address
// with its filters, ending in '?' or '&', to which "before=ID" or "after=ID" is added.
void add_audit_page_data(ViewData& data, const access::AuditPage& page, const std::string& href);

}  // namespace pathway::web
