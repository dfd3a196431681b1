// A youth rehabilitation order's requirements (/children/{id}/outcomes/{outcome}/requirements):
// each with what was ordered, what has been done and what remains; the form to add a
// requirement, checked against the law for the order's conviction date by the sentencing
// library; and the form to record progress on one. Each change and its audit event are
// saved in one transaction, or nothing is. An outcome that is not the child's answers as a
// missing child does; one that is not a youth rehabilitation order says so.
#include <algorithm>
#include <cctype>

#include "access/audit.h"
#include "children/child_record_guard.h"
#include "core/clock.h"
#include "core/text.h"
#include "justice/correction_views.h"
#include "justice/justice_page_data.h"
#include "justice/record_labels.h"
#include "justice/requirement_form.h"
#include "justice/requirement_views.h"
#include "justice/requirements.h"
#include "justice/yro_record.h"
#include "reference/iss_pilot_districts.h"
#include "store/transaction.h"
#include "web/request_numbers.h"
#include "web/saved_banner.h"

namespace pathway::web {

namespace {

using justice::RecordedRequirement;

// The order in the address, of the child in the address, with its requirements.
struct AddressedOrder {
  children::ChildSummary summary;
  justice::Outcome outcome;
  std::optional<justice::ProposedYro> yro;  // nullopt: the outcome is not a YRO
  std::vector<RecordedRequirement> requirements;
  std::string href;  // the requirements page

  std::string audit_detail() const { return "outcome " + std::to_string(outcome.id); }
};

std::optional<AddressedOrder> addressed_order(PageContext& context, store::Connection& connection) {
  auto summary = justice_child(context, connection);
  if (!summary) return std::nullopt;
  auto outcome_id = posted_version(context.params.at("outcome"));
  if (!outcome_id) return std::nullopt;
  auto outcome = justice::find_child_outcome(connection, summary->child.id, *outcome_id);
  if (!outcome) return std::nullopt;
  AddressedOrder order{*summary, *outcome, std::nullopt, justice::requirements_of_order(connection, outcome->id), ""};
  std::vector<justice::Requirement> recorded;
  for (const auto& requirement : order.requirements) recorded.push_back(requirement.requirement);
  order.yro = justice::recorded_yro(outcome->details, summary->child.details.date_of_birth,
                                    summary->child.details.district_code, std::move(recorded));
  order.href = "/children/" + summary->child.public_id + "/outcomes/" + std::to_string(outcome->id) + "/requirements";
  return order;
}

// The outcome's type as the middle of a sentence: "referral order".
std::string type_in_words(const AddressedOrder& order) {
  std::string type = justice::outcome_type_label(order.outcome.details.outcome_type);
  type[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(type[0])));
  return type;
}

std::string order_name(const AddressedOrder& order) {
  return type_in_words(order) + " of " + to_display(order.outcome.details.outcome_date);
}

// The page's layout: the child's header and a Back link to the outcome's page.
ViewData order_page_data(PageContext& context, store::Connection& connection, const AddressedOrder& order,
                         std::string title) {
  ViewData data = justice_page_data(context, connection, order.summary, std::move(title));
  ViewData back;
  back.set("href", "/children/" + order.summary.child.public_id + "/outcomes/" + std::to_string(order.outcome.id));
  back.set("text", "Back to the outcome");
  data.set("back_link", back);
  data.set("order_name", order_name(order));
  data.set("requirements_href", order.href);
  return data;
}

void set_banner(PageContext& context, ViewData& data) {
  static const SavedBanner banners[] = {
      {"requirement", "Requirement added"},
      {"progress", "Progress recorded"},
      {"corrected", "Requirement corrected"},
      {"unchanged", "You did not change anything"}};
  add_saved_banner(context, data, banners);
}

// The corrections of the order's requirements, newest first.
std::vector<justice::Correction> requirement_corrections(store::Connection& connection, const AddressedOrder& order) {
  std::vector<justice::CorrectedRecord> records;
  for (const auto& requirement : order.requirements) {
    records.push_back({justice::CorrectedKind::requirement, requirement.id});
  }
  return justice::corrections_of(connection, records);
}

// "Curfew requirement": how the Corrections section names one.
justice::RecordTitle requirement_title(const AddressedOrder& order) {
  return [&order](const justice::CorrectedRecord& record) {
    for (const auto& requirement : order.requirements) {
      if (requirement.id == record.id) {
        return std::string(justice::requirement_kind_info(requirement.requirement.kind).label) + " requirement";
      }
    }
    return std::string("Requirement");
  };
}

Response requirements_page(PageContext& context, store::Connection& connection, const AddressedOrder& order,
                           const std::vector<justice::Correction>& corrections, int status) {
  ViewData data = order_page_data(context, connection, order, "Requirements of the order");
  data.set("yro", order.yro.has_value());
  data.set("not_yro", !order.yro);
  data.set("outcome_type", type_in_words(order));
  bool may_change = order.yro && context.may(access::Permission::correct_child_record);
  data.set("may_change", may_change);
  if (order.yro) {
    data.set("conviction_date", to_display(order.yro->conviction_date));
    data.set("takes_effect", to_display(order.yro->takes_effect));
    data.set("end_date", to_display(order.yro->end_date));
    ViewList missing;
    for (const auto& breach : justice::yro_missing_requirements(*order.yro)) {
      ViewData item;
      std::string text = breach.reason;
      text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
      item.set("text", text);
      missing.push_back(std::move(item));
    }
    data.set("has_missing", !missing.empty());
    data.set("missing", std::move(missing));
    data.set("has_requirements", !order.requirements.empty());
    data.set("requirements", justice::requirement_rows(order.requirements, may_change ? order.href : ""));
    justice::add_corrections_section(data, corrections, requirement_title(order),
                                     "No requirement of this order has been corrected.");
  }
  set_banner(context, data);
  return render_page(context, pages::order_requirements, data, status);
}

Response show_requirements(PageContext& context) {
  auto connection = context.database.acquire();
  auto order = addressed_order(context, *connection);
  if (!order) return justice_child_not_found(context);
  auto corrections = requirement_corrections(*connection, *order);
  context.record_view("child.requirements", "child", order->summary.child.public_id,
                      order->audit_detail() +
                          (corrections.empty() ? "" : "; corrections of " + justice::corrections_shown(corrections)));
  return requirements_page(context, *connection, *order, corrections, 200);
}

// A form about an outcome that is not a YRO: the requirements page says so.
Response not_a_yro(PageContext& context, store::Connection& connection, const AddressedOrder& order,
                   const std::string& action, int status) {
  context.record_view(action, "child", order.summary.child.public_id,
                      order.audit_detail() + (status == 200 ? "" : "; nothing saved: not a youth rehabilitation order"));
  return requirements_page(context, connection, order, {}, status);
}

justice::RequirementForm posted_requirement(const PageContext& context) {
  justice::RequirementForm form{context.form_value("kind"), context.form_value("amount"),
                                posted_date(context, "starts-on"), posted_date(context, "ends-on"), {}};
  for (std::size_t day = 0; day < form.curfew_hours.size(); ++day) {
    form.curfew_hours[day] = context.form_value("curfew-hours-" + std::to_string(day + 1));
  }
  return form;
}

// The form to add a requirement or, given `correcting`, to correct that one (its kind as
// recorded), with the reason typed.
Response requirement_form_page(PageContext& context, store::Connection& connection, const AddressedOrder& order,
                               const justice::RequirementForm& form, const std::vector<FieldError>& errors,
                               int status, const RecordedRequirement* correcting = nullptr,
                               const std::string& reason = "") {
  std::string label =
      correcting ? std::string(justice::requirement_kind_info(correcting->requirement.kind).label) : "";
  ViewData data = order_page_data(context, connection, order, correcting ? "Correct a requirement" : "Add a requirement");
  data.set("action", correcting ? order.href + "/" + std::to_string(correcting->id) + "/edit" : order.href + "/new");
  data.set("correcting", correcting != nullptr);
  if (correcting) {
    label[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(label[0])));
    data.set("kind_label", label);
  }
  data.set("reason", reason);
  data.set("conviction_date", to_display(order.yro->conviction_date));
  data.set("kinds", justice::requirement_kind_options(form.kind));
  data.set("amount", form.amount);
  data.set("starts_on", ViewList{date_input_data("starts-on", "Start date",
                                                 "The day it first takes effect, for example 27 3 2024",
                                                 form.starts_on, errors)});
  data.set("ends_on", ViewList{date_input_data("ends-on", "End date (a curfew, exclusion or local authority residence)",
                                               "The last day it runs; optional for the other requirements",
                                               form.ends_on, errors)});
  ViewList days;
  for (std::size_t day = 0; day < form.curfew_hours.size(); ++day) {
    ViewData box;
    box.set("day", std::to_string(day + 1));
    box.set("value", form.curfew_hours[day]);
    days.push_back(std::move(box));
  }
  data.set("curfew_days", std::move(days));
  add_errors(data, errors);
  return render_page(context, pages::requirement_form, data, status);
}

Response new_requirement_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto order = addressed_order(context, *connection);
  if (!order) return justice_child_not_found(context);
  if (!order->yro) return not_a_yro(context, *connection, *order, "child.requirement_form", 200);
  context.record_view("child.requirement_form", "child", order->summary.child.public_id, order->audit_detail());
  return requirement_form_page(context, *connection, *order, {}, {}, 200);
}

Response create_requirement(PageContext& context) {
  auto connection = context.database.acquire();
  auto order = addressed_order(context, *connection);
  if (!order) return justice_child_not_found(context);
  if (!order->yro) return not_a_yro(context, *connection, *order, "child.requirement_form", 422);
  const std::string& public_id = order->summary.child.public_id;
  auto form = posted_requirement(context);
  auto pilot = justice::iss_pilot(reference::iss_pilot_districts(*connection));
  auto checked = justice::check_requirement_form(form, *order->yro, pilot);
  if (!checked.requirement) {
    context.record_view("child.requirement_form", "child", public_id,
                        order->audit_detail() + "; nothing saved: the form had errors");
    return requirement_form_page(context, *connection, *order, form, checked.errors, 422);
  }
  store::Transaction transaction(*connection);
  std::int64_t id = justice::add_requirement(*connection, order->outcome.id, *checked.requirement);
  access::record_audit_event(
      *connection, context.audit("requirement.create", "child", public_id,
                                 order->audit_detail() + ", requirement " + std::to_string(id) + ", " +
                                     std::string(justice::requirement_kind_info(checked.requirement->kind).code)));
  transaction.commit();
  return Response::redirect(order->href + "?saved=requirement");
}

// The requirement in the address, of the order in the address.
const RecordedRequirement* addressed_requirement(const PageContext& context, const AddressedOrder& order) {
  auto id = posted_version(context.params.at("requirement"));
  if (!id) return nullptr;
  for (const auto& requirement : order.requirements) {
    if (requirement.id == *id) return &requirement;
  }
  return nullptr;
}

Response progress_form_page(PageContext& context, store::Connection& connection, const AddressedOrder& order,
                            const RecordedRequirement& requirement, const justice::ProgressForm& form,
                            const std::vector<FieldError>& errors, int status) {
  std::string label(justice::requirement_kind_info(requirement.requirement.kind).label);
  ViewData data = order_page_data(context, connection, order, "Record progress: " + label);
  data.set("action", order.href + "/" + std::to_string(requirement.id) + "/progress");
  data.set("label", label);
  auto ordered = justice::ordered_amount(requirement.requirement);
  data.set("counted", ordered.has_value());
  if (ordered) {
    int done = justice::amount_done(requirement.entries());
    data.set("ordered", justice::amount_text(ordered->amount, ordered->unit));
    data.set("done", justice::amount_text(done, ordered->unit));
    data.set("remaining", justice::amount_text(std::max(ordered->amount - done, 0), ordered->unit));
    data.set("unit", ordered->unit == justice::AmountUnit::hours ? "Hours" : "Days");
  }
  data.set("done_on", ViewList{date_input_data("done-on", "Date", "When it was done, for example 27 3 2024",
                                               form.done_on, errors)});
  data.set("amount", form.amount);
  data.set("note", form.note);
  add_errors(data, errors);
  return render_page(context, pages::progress_form, data, status);
}

Response progress_not_found(PageContext& context) {
  return message_page(context, 404, "Requirement not found",
                      "This order has no requirement with that reference. Go back to the order’s requirements.");
}

Response new_progress_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto order = addressed_order(context, *connection);
  if (!order) return justice_child_not_found(context);
  if (!order->yro) return not_a_yro(context, *connection, *order, "child.progress_form", 200);
  const auto* requirement = addressed_requirement(context, *order);
  if (!requirement) return progress_not_found(context);
  context.record_view("child.progress_form", "child", order->summary.child.public_id,
                      order->audit_detail() + ", requirement " + std::to_string(requirement->id));
  return progress_form_page(context, *connection, *order, *requirement, {}, {}, 200);
}

Response record_progress(PageContext& context) {
  auto connection = context.database.acquire();
  auto order = addressed_order(context, *connection);
  if (!order) return justice_child_not_found(context);
  if (!order->yro) return not_a_yro(context, *connection, *order, "child.progress_form", 422);
  const auto* requirement = addressed_requirement(context, *order);
  if (!requirement) return progress_not_found(context);
  const std::string& public_id = order->summary.child.public_id;
  std::string which = order->audit_detail() + ", requirement " + std::to_string(requirement->id);
  justice::ProgressForm form{posted_date(context, "done-on"), context.form_value("amount"), context.form_value("note")};
  auto checked = justice::check_progress_form(form, requirement->requirement, requirement->entries(), today_utc(),
                                              order->outcome.details.end_date);
  if (!checked.entry) {
    context.record_view("child.progress_form", "child", public_id, which + "; nothing saved: the form had errors");
    return progress_form_page(context, *connection, *order, *requirement, form, checked.errors, 422);
  }
  store::Transaction transaction(*connection);
  std::int64_t id =
      justice::record_progress(*connection, requirement->id, *checked.entry, checked.note, context.staff().id);
  access::record_audit_event(*connection,
                             context.audit("requirement.progress", "child", public_id,
                                           which + ", progress " + std::to_string(id) + ", " +
                                               std::to_string(checked.entry->amount.value_or(0)) + " done on " +
                                               to_iso(checked.entry->done_on)));
  transaction.commit();
  return Response::redirect(order->href + "?saved=progress");
}

// ---- correcting a requirement ----

// The order with every requirement but `corrected`: what a correction is checked against.
justice::ProposedYro without(const justice::ProposedYro& yro, const AddressedOrder& order,
                             const RecordedRequirement& corrected) {
  justice::ProposedYro others = yro;
  others.requirements.clear();
  for (const auto& requirement : order.requirements) {
    if (requirement.id != corrected.id) others.requirements.push_back(requirement.requirement);
  }
  return others;
}

Response edit_requirement_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto order = addressed_order(context, *connection);
  if (!order) return justice_child_not_found(context);
  if (!order->yro) return not_a_yro(context, *connection, *order, "child.requirement_form", 200);
  const auto* requirement = addressed_requirement(context, *order);
  if (!requirement) return progress_not_found(context);
  context.record_view("child.requirement_form", "child", order->summary.child.public_id,
                      order->audit_detail() + ", requirement " + std::to_string(requirement->id));
  return requirement_form_page(context, *connection, *order, justice::requirement_form_from(requirement->requirement),
                               {}, 200, requirement);
}

Response correct_requirement(PageContext& context) {
  auto connection = context.database.acquire();
  auto order = addressed_order(context, *connection);
  if (!order) return justice_child_not_found(context);
  if (!order->yro) return not_a_yro(context, *connection, *order, "child.requirement_form", 422);
  const auto* requirement = addressed_requirement(context, *order);
  if (!requirement) return progress_not_found(context);
  const std::string& public_id = order->summary.child.public_id;
  std::string which = order->audit_detail() + ", requirement " + std::to_string(requirement->id);
  auto form = posted_requirement(context);
  form.kind = justice::requirement_kind_info(requirement->requirement.kind).code;  // a correction keeps the kind
  auto pilot = justice::iss_pilot(reference::iss_pilot_districts(*connection));
  auto checked = justice::check_requirement_correction(form, without(*order->yro, *order, *requirement), pilot,
                                                       requirement->entries(), today_utc());
  auto by = posted_correction(context);
  if (!by) checked.errors.push_back({"reason", by.error().message});
  if (!checked.requirement || !by) {
    context.record_view("child.requirement_form", "child", public_id, which + "; nothing saved: the form had errors");
    return requirement_form_page(context, *connection, *order, form, checked.errors, 422, requirement,
                                 context.form_value("reason"));
  }
  store::Transaction transaction(*connection);
  auto changed =
      justice::correct_requirement(*connection, order->summary.child.id, *requirement, *checked.requirement, by.value());
  if (changed.empty()) return Response::redirect(order->href + "?saved=unchanged");
  access::record_audit_event(*connection, context.audit("requirement.correct", "child", public_id,
                                                        which + "; changed: " + join_with_commas(changed) +
                                                            (by.value().reason.empty() ? "" : "; reason given")));
  transaction.commit();
  return Response::redirect(order->href + "?saved=corrected");
}

}  // namespace

void add_requirement_pages(Routes& routes) {
  using access::Permission;
  auto child = child_record_guard();
  const std::string page = "/children/{id}/outcomes/{outcome}/requirements";
  routes.record_page(Method::get, page, Permission::read_child_record, child, show_requirements);
  routes.record_page(Method::get, page + "/new", Permission::correct_child_record, child, new_requirement_form);
  routes.record_page(Method::post, page + "/new", Permission::correct_child_record, child, create_requirement);
  routes.record_page(Method::get, page + "/{requirement}/edit", Permission::correct_child_record, child,
                     edit_requirement_form);
  routes.record_page(Method::post, page + "/{requirement}/edit", Permission::correct_child_record, child,
                     correct_requirement);
  routes.record_page(Method::get, page + "/{requirement}/progress", Permission::correct_child_record, child,
                     new_progress_form);
  routes.record_page(Method::post, page + "/{requirement}/progress", Permission::correct_child_record, child,
                     record_progress);
}

}  // namespace pathway::web
