// A child's remands and custody episodes (/children/{id}/custody): what bail or remand the
// courts decided and where the child has been held, with whether a remand makes the child
// looked after now, and the ways to record each. The forms are in remand_pages.cpp and
// custody_episode_pages.cpp.
#include "children/child_record_guard.h"
#include "core/clock.h"
#include "justice/current_status.h"
#include "justice/current_status_views.h"
#include "justice/custody_page_data.h"
#include "justice/custody_views.h"
#include "web/saved_banner.h"

namespace pathway::web {

std::string custody_href(const children::ChildSummary& summary) {
  return "/children/" + summary.child.public_id + "/custody";
}

ViewData custody_page_data(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                           std::string title, bool back_to_record) {
  ViewData data = justice_page_data(context, connection, summary, std::move(title), back_to_record);
  data.set("tab_offences", false);
  data.set("tab_custody", true);
  if (!back_to_record) {
    ViewData back;
    back.set("href", custody_href(summary));
    back.set("text", "Back to remands and custody");
    data.set("back_link", back);
  }
  data.set("custody_href", custody_href(summary));
  return data;
}

namespace {

constexpr int adult_age = 18;

void set_banner(PageContext& context, ViewData& data) {
  static const SavedBanner banners[] = {
      {"remand", "Remand recorded"}, {"remand-ended", "Remand ended"}, {"custody", "Custody recorded"},
      {"released", "Release recorded"}, {"transferred", "Transfer recorded"}};
  add_saved_banner(context, data, banners);
}

Response custody_page(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  std::int64_t child_id = summary->child.id;
  auto remands = justice::remands_of_child(*connection, child_id);
  auto episodes = justice::custody_episodes_of_child(*connection, child_id);
  auto outcomes = justice::outcomes_of_child(*connection, child_id);
  Date today = today_utc();
  auto status = justice::current_status(*connection, child_id, today);
  context.record_view("child.custody", "child", summary->child.public_id);

  ViewData data = custody_page_data(context, *connection, *summary,
                                    "Remands and custody: " + children::full_name(summary->child.details), true);
  bool may_change = context.may(access::Permission::correct_child_record);
  bool adult = age_on(summary->child.details.date_of_birth, today) >= adult_age;
  std::string record = "/children/" + summary->child.public_id;
  data.set("may_change", may_change);
  data.set("remands", justice::remand_rows(remands, record, may_change));
  data.set("has_remands", !remands.empty());
  data.set("episodes", justice::custody_rows(episodes, outcomes, record, may_change, adult));
  data.set("has_episodes", !episodes.empty());
  auto looked_after = justice::looked_after_by_remand_text(status);
  data.set("looked_after_by_remand", looked_after.value_or("No: no remand in force makes the child looked after"));
  set_banner(context, data);
  return render_page(context, pages::child_custody, data);
}

}  // namespace

void add_custody_pages(Routes& routes) {
  routes.record_page(Method::get, "/children/{id}/custody", access::Permission::read_child_record,
                     child_record_guard(), custody_page);
  add_remand_pages(routes);
  add_custody_episode_pages(routes);
}

}  // namespace pathway::web
