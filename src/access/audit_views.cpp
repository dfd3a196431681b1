#include "access/audit_views.h"

#include "access/audit_actions.h"
#include "core/dates.h"

namespace pathway::web {

ViewData audit_entry_data(const access::AuditEntry& entry) {
  const auto& event = entry.recorded.event;
  auto instant = parse_iso_instant(entry.recorded.occurred_at);
  ViewData item;
  item.set("when", instant ? to_uk_local_display(*instant) : entry.recorded.occurred_at);
  item.set("name", entry.display_name.empty() ? event.actor : entry.display_name);
  item.set("role", entry.role_label);
  item.set("username", event.actor);
  item.set("action", event.action);
  item.set("what", access::describe_audit_action(event.action));
  item.set("record_type", event.record_type);
  item.set("record_id", event.record_id);
  if (event.record_type == "child" && !event.record_id.empty()) item.set("record_href", "/children/" + event.record_id);
  item.set("detail", event.detail);
  item.set("address", event.address.empty() ? "Not recorded" : event.address);
  return item;
}

void add_audit_page_data(ViewData& data, const access::AuditPage& page, const std::string& href) {
  ViewList rows;
  rows.reserve(page.entries.size());
  for (const auto& entry : page.entries) rows.push_back(audit_entry_data(entry));
  data.set("has_events", !rows.empty());
  data.set("events", std::move(rows));
  if (page.entries.empty()) return;
  if (page.has_newer) data.set("newer_href", href + "after=" + std::to_string(page.entries.front().recorded.id));
  if (page.has_older) data.set("older_href", href + "before=" + std::to_string(page.entries.back().recorded.id));
  data.set("has_pages", page.has_newer || page.has_older);
}

}  // namespace pathway::web
