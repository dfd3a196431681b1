// The forms of a child's intervention plan: add an objective (need area, the worker's and
// the child's words, owner, review date, up to three actions), add an action to an
// objective, record a review of the plan. Each is checked whole (practice/plans/plan_forms.h):
// any error shows the GOV.UK error summary and saves nothing; a change and its audit event
// are saved in one transaction.
#include "access/audit.h"
#include "children/child_record_guard.h"
#include "core/clock.h"
#include "core/dates.h"
#include "deadlines/refresh.h"
#include "justice/justice_page_data.h"
#include "practice/need_areas.h"
#include "practice/plans/plan_page_data.h"
#include "practice/plans/plan_routes.h"
#include "practice/plans/plan_store.h"
#include "practice/plans/plan_views.h"
#include "store/transaction.h"
#include "web/request_numbers.h"

namespace pathway::web {

namespace {

using practice::PlanKind;

std::string now_instant() { return to_iso_instant(now_unix_seconds()); }

// ---- objectives ----

ViewList need_area_options(const std::string& chosen) {
  ViewList options;
  for (const auto& area : practice::all_need_areas()) {
    ViewData option;
    option.set("value", std::string(area.code));
    option.set("text", std::string(area.label));
    option.set("selected", area.code == chosen);
    options.push_back(std::move(option));
  }
  return options;
}

ViewList owner_options(const std::vector<practice::StaffChoice>& staff, const std::string& chosen) {
  ViewList options;
  auto add = [&](const std::string& value, const std::string& text) {
    ViewData option;
    option.set("value", value);
    option.set("text", text);
    option.set("selected", value == chosen);
    options.push_back(std::move(option));
  };
  add("child", "The child");
  add("parent", "A parent or carer");
  add("agency", "A partner agency");
  for (const auto& member : staff) add("staff:" + std::to_string(member.id), member.name);
  return options;
}

ViewData action_row(const std::string& prefix, const std::string& label, const practice::ActionForm& form,
                    const std::vector<FieldError>& errors) {
  ViewData row;
  row.set("prefix", prefix);
  row.set("label", label);
  row.set("description", form.description);
  row.set("who", form.who);
  for (const auto& error : errors) {
    if (error.field == prefix + "description" && !row.get("error_description")) row.set("error_description", error.text);
    if (error.field == prefix + "who" && !row.get("error_who")) row.set("error_who", error.text);
  }
  row.set("by", ViewList{date_input_data(prefix + "by", "By when (optional)", "For example 27 3 2027", form.by_when, errors)});
  return row;
}

practice::ActionForm posted_action(const PageContext& context, const std::string& prefix) {
  return {context.form_value(prefix + "description"), context.form_value(prefix + "who"),
          posted_date(context, prefix + "by")};
}

Response objective_form_page(PageContext& context, store::Connection& connection,
                             const children::ChildSummary& summary, const practice::ObjectiveForm& form,
                             const std::vector<FieldError>& errors, int status) {
  ViewData data = plan_page_data(context, connection, summary, "Add an objective");
  data.set("action", plan_href(summary) + "/objectives/new");
  data.set("need_areas", need_area_options(form.need_area));
  data.set("assessment", form.assessment_id);
  data.set("worker_words", form.worker_words);
  data.set("child_words", form.child_words);
  data.set("owners", owner_options(practice::objective_owners(connection, summary.child.id, context.staff().id), form.owner));
  data.set("owner_name", form.owner_name);
  data.set("review_on", ViewList{date_input_data("review-on", "Review date",
                                                 "When to check progress together, for example 27 3 2027",
                                                 form.review_on, errors)});
  ViewList rows;
  for (std::size_t row = 0; row < form.actions.size(); ++row) {
    rows.push_back(action_row("action-" + std::to_string(row + 1) + "-", "Action " + std::to_string(row + 1),
                              form.actions[row], errors));
  }
  data.set("actions", std::move(rows));
  add_errors(data, errors);
  return render_page(context, pages::objective_form, data, status);
}

Response new_objective(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  context.record_view("child.objective_form", "child", summary->child.public_id);
  practice::ObjectiveForm form;
  form.actions.resize(practice::objective_action_rows);
  return objective_form_page(context, *connection, *summary, form, {}, 200);
}

Response create_objective(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  const std::string& public_id = summary->child.public_id;
  practice::ObjectiveForm form{context.form_value("need-area"),   context.form_value("assessment"),
                               context.form_value("worker-words"), context.form_value("child-words"),
                               context.form_value("owner"),       context.form_value("owner-name"),
                               posted_date(context, "review-on"), {}};
  for (std::size_t row = 0; row < practice::objective_action_rows; ++row) {
    form.actions.push_back(posted_action(context, "action-" + std::to_string(row + 1) + "-"));
  }
  auto owners = practice::objective_owners(*connection, summary->child.id, context.staff().id);
  auto checked = practice::check_objective_form(form, owners, today_utc());
  if (!checked.objective) {
    context.record_view("child.objective_form", "child", public_id, "nothing saved: the form had errors");
    return objective_form_page(context, *connection, *summary, form, checked.errors, 422);
  }
  store::Transaction transaction(*connection);
  auto added = practice::add_objective(*connection, summary->child.id, PlanKind::intervention, *checked.objective,
                                       context.staff().id, now_instant());
  deadlines::refresh_child(*connection, summary->child.id);  // the plan's review may now be due sooner
  access::record_audit_event(*connection, context.audit("plan.objective", "child", public_id,
                                                        "plan " + std::to_string(added.plan_id) + ", objective " +
                                                            std::to_string(added.objective_id) + ", " +
                                                            checked.objective->need_area));
  transaction.commit();
  return Response::redirect(plan_href(*summary) + "?saved=objective");
}

// ---- actions ----

// The child's plan and its objective in the address, or nullopt.
struct AddressedObjective {
  practice::Plan plan;
  practice::Objective objective;
};

std::optional<AddressedObjective> addressed_objective(PageContext& context, store::Connection& connection,
                                                      std::int64_t child_id) {
  auto id = posted_version(context.params.at("objective"));
  if (!id) return std::nullopt;
  auto plan = practice::plan_of_child(connection, child_id, PlanKind::intervention);
  if (!plan) return std::nullopt;
  for (const auto& objective : plan->objectives) {
    if (objective.id == *id) return AddressedObjective{*plan, objective};
  }
  return std::nullopt;
}

Response objective_not_found(PageContext& context, const children::ChildSummary& summary) {
  context.record_view("child.plan_action_form", "child", summary.child.public_id, "no such objective");
  return message_page(context, 404, "Objective not found",
                      "This child's plan has no objective with that reference. Go back to the plan.");
}

Response action_form_page(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                          const AddressedObjective& addressed, const practice::ActionForm& form,
                          const std::vector<FieldError>& errors, int status) {
  ViewData data = plan_page_data(context, connection, summary, "Add an action");
  data.set("action", plan_href(summary) + "/objectives/" + std::to_string(addressed.objective.id) + "/actions/new");
  data.set("need_area", practice::need_area_label(addressed.objective.need_area));
  data.set("worker_words", addressed.objective.worker_words);
  data.set("row", action_row("action-", "Action", form, errors));
  add_errors(data, errors);
  return render_page(context, pages::plan_action_form, data, status);
}

Response new_action(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto addressed = addressed_objective(context, *connection, summary->child.id);
  if (!addressed) return objective_not_found(context, *summary);
  context.record_view("child.plan_action_form", "child", summary->child.public_id,
                      "plan " + std::to_string(addressed->plan.id) + ", objective " +
                          std::to_string(addressed->objective.id));
  return action_form_page(context, *connection, *summary, *addressed, {}, {}, 200);
}

Response create_action(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto addressed = addressed_objective(context, *connection, summary->child.id);
  if (!addressed) return objective_not_found(context, *summary);
  const std::string& public_id = summary->child.public_id;
  std::string which =
      "plan " + std::to_string(addressed->plan.id) + ", objective " + std::to_string(addressed->objective.id);
  auto form = posted_action(context, "action-");
  auto checked = practice::check_action_form(form);
  if (!checked.action) {
    context.record_view("child.plan_action_form", "child", public_id, which + "; nothing saved: the form had errors");
    return action_form_page(context, *connection, *summary, *addressed, form, checked.errors, 422);
  }
  store::Transaction transaction(*connection);
  auto id = practice::add_action(*connection, addressed->objective.id, *checked.action, now_instant());
  access::record_audit_event(*connection,
                             context.audit("plan.action", "child", public_id, which + ", action " + std::to_string(id)));
  transaction.commit();
  return Response::redirect(plan_href(*summary) + "?saved=action");
}

// ---- reviews ----

Response review_form_page(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                          const practice::ReviewForm& form, const std::vector<FieldError>& errors, int status) {
  ViewData data = plan_page_data(context, connection, summary, "Record a review of the plan");
  data.set("action", plan_href(summary) + "/reviews/new");
  data.set("reviewed_on", ViewList{date_input_data("reviewed-on", "Date of the review", "For example 27 3 2027",
                                                   form.reviewed_on, errors)});
  data.set("took_part", form.took_part);
  data.set("what_changed", form.what_changed);
  data.set("next_review_on", ViewList{date_input_data("next-review-on", "Next review date", "For example 27 6 2027",
                                                      form.next_review_on, errors)});
  add_errors(data, errors);
  return render_page(context, pages::plan_review_form, data, status);
}

// A review needs a plan to review: without one, the plan page says there is none.
Response no_plan_to_review(PageContext& context, const children::ChildSummary& summary) {
  context.record_view("child.plan_review_form", "child", summary.child.public_id, "no plan");
  return message_page(context, 404, "No plan yet",
                      "This child has no plan to review. Add an objective to the plan first.");
}

Response new_review(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto plan = practice::plan_of_child(*connection, summary->child.id, PlanKind::intervention);
  if (!plan) return no_plan_to_review(context, *summary);
  context.record_view("child.plan_review_form", "child", summary->child.public_id, "plan " + std::to_string(plan->id));
  return review_form_page(context, *connection, *summary, {}, {}, 200);
}

Response create_review(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto plan = practice::plan_of_child(*connection, summary->child.id, PlanKind::intervention);
  if (!plan) return no_plan_to_review(context, *summary);
  const std::string& public_id = summary->child.public_id;
  practice::ReviewForm form{posted_date(context, "reviewed-on"), context.form_value("took-part"),
                            context.form_value("what-changed"), posted_date(context, "next-review-on")};
  auto checked = practice::check_review_form(form, today_utc());
  if (!checked.review) {
    context.record_view("child.plan_review_form", "child", public_id,
                        "plan " + std::to_string(plan->id) + "; nothing saved: the form had errors");
    return review_form_page(context, *connection, *summary, form, checked.errors, 422);
  }
  store::Transaction transaction(*connection);
  auto id = practice::add_review(*connection, plan->id, *checked.review, context.staff().id, now_instant());
  deadlines::refresh_child(*connection, summary->child.id);  // this review done, the next one due
  access::record_audit_event(*connection, context.audit("plan.review", "child", public_id,
                                                        "plan " + std::to_string(plan->id) + ", review " +
                                                            std::to_string(id) + ", next review " +
                                                            to_iso(checked.review->next_review_on)));
  transaction.commit();
  return Response::redirect(plan_href(*summary) + "?saved=review");
}

}  // namespace

void add_plan_form_pages(Routes& routes) {
  using access::Permission;
  auto child = child_record_guard();
  const std::string plan = "/children/{id}/plan";
  routes.record_page(Method::get, plan + "/objectives/new", Permission::record_practice, child, new_objective);
  routes.record_page(Method::post, plan + "/objectives/new", Permission::record_practice, child, create_objective);
  routes.record_page(Method::get, plan + "/objectives/{objective}/actions/new", Permission::record_practice, child,
                     new_action);
  routes.record_page(Method::post, plan + "/objectives/{objective}/actions/new", Permission::record_practice, child,
                     create_action);
  routes.record_page(Method::get, plan + "/reviews/new", Permission::record_practice, child, new_review);
  routes.record_page(Method::post, plan + "/reviews/new", Permission::record_practice, child, create_review);
}

}  // namespace pathway::web
