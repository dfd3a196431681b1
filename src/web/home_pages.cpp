// The home page and the pages every public-sector service links from its footer.
#include "allocation/caseloads.h"
#include "core/clock.h"
#include "web/app.h"
#include "core/dates.h"
#include "web/home_early_warnings.h"
#include "web/home_emergency_access.h"
#include "web/home_my_work.h"
#include "web/home_reports_due.h"

namespace pathway::web {

namespace {

// A link on the home page, shown to those whose roles grant its permission.
struct HomeCard {
  const char* href;
  const char* title;
  const char* text;
  access::Permission permission;
};

constexpr HomeCard home_cards[] = {
    {"/children", "Children",
     "Find a child, see who holds their case, correct their details and see who changed what.",
     access::Permission::search_children},
    {"/children/new", "Add a child",
     "Record a child referred to the service. Pathway warns you if the child may already be known.",
     access::Permission::add_child},
    {"/my-work", "My work", "What is due on your cases: overdue, due today, this week and later.",
     access::Permission::hold_cases},
    {"/caseloads/mine", "My caseload", "The children allocated to you and your role on each case.",
     access::Permission::hold_cases},
    {"/caseloads/unallocated", "Unallocated cases",
     "Children in your teams with no case manager, longest waiting first.", access::Permission::allocate_cases},
    {"/my-work/team", "Team work", "Each worker's overdue tasks and tasks due this week.",
     access::Permission::allocate_cases},
    {"/caseloads/team", "Team caseloads",
     "Each worker's children, intensive cases and weighted caseload against their capacity.",
     access::Permission::allocate_cases},
    {"/restricted-records", "Restricted records",
     "The records restricted to named staff, and who is named on each.", access::Permission::restrict_records},
    {"/performance", "Performance",
     "First time entrants, reoffending, custody and the other measures by quarter, against the service's targets.",
     access::Permission::see_performance},
    {"/audit", "Audit trail", "Search who saw and changed what, and export it.",
     access::Permission::search_audit_trail},
    {"/admin/accounts", "Accounts",
     "Create, change and disable accounts; unlock them; review accounts unused for 90 days.",
     access::Permission::manage_accounts},
    {"/admin/two-factor", "Two-factor sign-in", "Which roles must use it, and who has set it up.",
     access::Permission::manage_accounts},
    {"/admin/teams", "Teams", "The youth justice units and the districts each covers.",
     access::Permission::manage_reference_data},
    {"/admin/bank-holidays", "Bank holidays", "The days working-day deadlines skip; add a day when one is proclaimed.",
     access::Permission::manage_reference_data},
    {"/admin/deadline-rules", "Deadline rules", "How long each task has, counted from the event that starts it.",
     access::Permission::manage_reference_data},
    {"/account/two-factor", "Your two-factor sign-in", "Set up an authenticator app or get new recovery codes.",
     access::Permission::use_pathway},
};

// The numbers some cards carry, counted for the signed-in person: "12 children".
std::string card_count(const allocation::HomeCaseloadCounts& counts, std::string_view href) {
  auto children = [](std::int64_t n) { return std::to_string(n) + (n == 1 ? " child" : " children"); };
  if (href == "/caseloads/mine" && counts.my_caseload) return children(*counts.my_caseload);
  if (href == "/caseloads/unallocated" && counts.unallocated_in_scope) return children(*counts.unallocated_in_scope);
  return "";
}

Response home(PageContext& context) {
  ViewData data = layout_data(context, "Home", "/");
  data.set("may_search", context.may(access::Permission::search_children));
  auto connection = context.database.acquire();
  std::int64_t now = now_unix_seconds();
  auto counts = allocation::home_caseload_counts(*connection, context.staff(), now);
  ViewList cards;
  for (const auto& card : home_cards) {
    if (!context.may(card.permission)) continue;
    ViewData item;
    item.set("href", card.href);
    item.set("title", card.title);
    item.set("text", card.text);
    item.set("count", card_count(counts, card.href));
    cards.push_back(std::move(item));
  }
  data.set("cards", std::move(cards));
  Date today = today_utc();
  // Each panel that names children, with the words the audit event uses for it.
  std::vector<std::pair<std::string, std::vector<access::NamedRecord>>> panels = {
      {"early warnings", add_early_warnings(data, context, *connection, now)},
      {"tasks due", add_my_work(data, context, *connection, today, now)},
      {"court reports to write", add_reports_due(data, context, *connection, today)},
      {"records opened with emergency access", add_recent_emergency_access(data, context, *connection, now)},
  };
  std::string named_panels;
  std::vector<access::NamedRecord> shown;
  for (const auto& [words, records] : panels) {
    if (records.empty()) continue;
    named_panels += (named_panels.empty() ? "" : ", ") + words;
    shown.insert(shown.end(), records.begin(), records.end());
  }
  if (shown.empty()) return render_page(context, pages::home, data);
  // Children's names (and the reasons given for emergency access): the audit trail records
  // which panels named which children.
  context.record_view("home.view", "", "", named_panels + "; " + access::shown_records(shown));
  return render_page(context, pages::home_naming_children, data);
}

PageHandler static_page(PageTemplate page, std::string title) {
  return [page, title](PageContext& context) {
    return render_page(context, page, layout_data(context, title, ""));
  };
}

}  // namespace

void add_home_pages(Routes& routes) {
  routes.page(Method::get, "/", access::Permission::use_pathway, home);
  routes.public_page(Method::get, "/accessibility", static_page(pages::accessibility, "Accessibility statement"));
  routes.public_page(Method::get, "/privacy", static_page(pages::privacy, "Privacy notice"));
}

}  // namespace pathway::web
