// A practitioner's calendar address: the account page where they make one, make a new one
// (the old stops working) or stop it (/account/calendar), and the feed itself
// (/calendar/<secret>.ics), a public route: a calendar app has no session, so the secret in
// the address is the key. Each fetch is audited as the address's owner, naming the
// appointments and children it gave out (docs/decisions/0031-calendar-feed.md).
#include "access/audit.h"
#include "access/audit_records.h"
#include "core/clock.h"
#include "practice/contacts/appointments.h"
#include "practice/contacts/calendar_addresses.h"
#include "practice/contacts/calendar_feed.h"
#include "practice/contacts/contact_vocabulary.h"
#include "practice/contacts/contact_page_templates.h"
#include "store/transaction.h"
#include "web/app.h"

namespace pathway::web {

namespace {

// How far ahead the feed reaches: enough for any diary, few enough to answer quickly.
constexpr int most_feed_events = 500;

// The address a calendar app subscribes to, on the host the practitioner reached Pathway by.
std::string feed_address(const PageContext& context, const std::string& secret) {
  std::string host(context.request.header("host").value_or("localhost"));
  return std::string(context.request.secure ? "https" : "http") + "://" + host + "/calendar/" + secret + ".ics";
}

Response calendar_page(PageContext& context, const std::string& secret, int status = 200) {
  auto connection = context.database.acquire();
  ViewData data = layout_data(context, "Your calendar address", "");
  auto since = practice::calendar_address_since(*connection, context.staff().id);
  data.set("has_address", since.has_value());
  if (since) data.set("since", to_uk_local_display(parse_iso_instant(*since).value_or(0)));
  if (!secret.empty()) data.set("address", feed_address(context, secret));
  if (context.query_value("saved") == "revoked") {
    ViewData banner;
    banner.set("heading", "Your calendar address is stopped");
    data.set("notification", banner);
  }
  return render_page(context, pages::calendar_address, data, status);
}

Response show_calendar_address(PageContext& context) { return calendar_page(context, ""); }

Response make_calendar_address(PageContext& context) {
  auto connection = context.database.acquire();
  store::Transaction transaction(*connection);
  bool replaced = practice::calendar_address_since(*connection, context.staff().id).has_value();
  std::string secret = practice::issue_calendar_secret(*connection, context.staff().id);
  access::record_audit_event(*connection, context.audit("calendar.address_made", "staff", context.username(),
                                                        replaced ? "the old address stopped" : ""));
  transaction.commit();
  // Shown this once, in the answer to the post: the store keeps only its hash.
  return calendar_page(context, secret);
}

Response stop_calendar_address(PageContext& context) {
  auto connection = context.database.acquire();
  store::Transaction transaction(*connection);
  if (practice::revoke_calendar_secret(*connection, context.staff().id)) {
    access::record_audit_event(*connection, context.audit("calendar.address_stopped", "staff", context.username()));
  }
  transaction.commit();
  return Response::redirect("/account/calendar?saved=revoked");
}

Response calendar_not_found() { return Response::plain(404, "Not found: this calendar address is not in use.\n"); }

Response calendar_feed(PageContext& context) {
  const std::string& file = context.params.at("file");
  constexpr std::string_view suffix = ".ics";
  if (file.size() <= suffix.size() || !file.ends_with(suffix)) return calendar_not_found();
  std::string secret = file.substr(0, file.size() - suffix.size());
  auto connection = context.database.acquire();
  auto owner = practice::calendar_owner(*connection, secret);
  if (!owner) return calendar_not_found();
  auto coming = practice::coming_appointments(*connection, owner->staff_id, today_utc(), most_feed_events);
  std::vector<practice::CalendarEvent> events;
  std::string appointments;
  std::vector<access::NamedRecord> children;
  for (const auto& entry : coming) {
    const auto& plan = entry.appointment.plan;
    events.push_back({entry.appointment.id, plan.starts_on, plan.start_minute, plan.planned_minutes,
                      std::string(practice::contact_label(practice::appointment_kinds(), plan.kind)) + ": " +
                          entry.child_initials,
                      plan.place});
    appointments += (appointments.empty() ? "" : ", ") + std::to_string(entry.appointment.id);
    children.push_back({"child", entry.child_public_id});
  }
  context.audit_log.record({owner->username, "calendar.fetch", "staff", owner->username, context.request.remote_address,
                            (appointments.empty() ? "no appointments" : "appointments " + appointments) + "; " +
                                access::shown_records(children)});
  Response response;
  response.content_type = "text/calendar; charset=utf-8";
  response.body = practice::calendar_feed(events, now_unix_seconds(), "pathway");
  response.set_header("Cache-Control", "no-store");
  return response;
}

}  // namespace

void add_calendar_pages(Routes& routes) {
  using access::Permission;
  routes.page(Method::get, "/account/calendar", Permission::hold_cases, show_calendar_address);
  routes.page(Method::post, "/account/calendar", Permission::hold_cases, make_calendar_address);
  routes.page(Method::post, "/account/calendar/stop", Permission::hold_cases, stop_calendar_address);
  routes.public_page(Method::get, "/calendar/{file}", calendar_feed);
}

}  // namespace pathway::web
