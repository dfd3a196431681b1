// A child's offences: the offences and outcomes page (/children/{id}/offences), and the
// form to record an offence or correct one, naming co-defendants (other children in
// Pathway, found by name on the form itself, so it works without JavaScript). Handlers stay
// thin: read the form, check it (justice/offence_form.h), save with the audit event in one
// transaction (justice/offences.h), render.
#include <algorithm>

#include "access/audit.h"
#include "access/audit_records.h"
#include "children/child_record_guard.h"
#include "children/child_repository.h"
#include "core/clock.h"
#include "core/text.h"
#include "deadlines/refresh.h"
#include "justice/correction_views.h"
#include "justice/justice_page_data.h"
#include "justice/offence_form.h"
#include "justice/offence_views.h"
#include "justice/outcomes.h"
#include "justice/record_labels.h"
#include "store/transaction.h"
#include "web/request_numbers.h"

namespace pathway::web {

namespace {

using justice::LinkedChild;

constexpr int codefendant_matches = 10;

// ---- the offences and outcomes page ----

// "Offence of 27 March 2024 (Robbery)": how the Corrections section names an offence.
justice::RecordTitle offence_title(const std::vector<justice::Offence>& offences) {
  return [&offences](const justice::CorrectedRecord& record) {
    for (const auto& offence : offences) {
      if (offence.id == record.id) {
        return "Offence of " + to_display(offence.details.offence_date) + " (" +
               justice::offence_category_label(offence.details.category) + ")";
      }
    }
    return std::string("Offence");
  };
}

Response offences_page(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto viewer = justice_viewer(context);
  auto offences = justice::offences_of_child(*connection, summary->child.id, viewer);
  auto naming = justice::offences_naming_child(*connection, summary->child.id, viewer);
  auto outcomes = justice::outcomes_of_child(*connection, summary->child.id);
  // The other children named by name on the page, for "who has seen this record".
  std::vector<access::NamedRecord> shown;
  for (const auto& offence : offences) {
    for (const auto& child : offence.codefendants) {
      if (child.may_open) shown.push_back({"child", child.public_id});
    }
  }
  for (const auto& link : naming) {
    if (link.child.may_open) shown.push_back({"child", link.child.public_id});
  }
  std::vector<justice::CorrectedRecord> corrected;
  for (const auto& offence : offences) corrected.push_back({justice::CorrectedKind::offence, offence.id});
  auto corrections = justice::corrections_of(*connection, corrected);
  std::string detail = corrections.empty() ? "" : "corrections of " + justice::corrections_shown(corrections);
  if (!shown.empty()) detail += (detail.empty() ? "" : "; ") + access::shown_records(shown);
  context.record_view("child.offences", "child", summary->child.public_id, detail);

  ViewData data = justice_page_data(context, *connection, *summary,
                                    "Offences and outcomes: " + children::full_name(summary->child.details), true);
  bool may_change = context.may(access::Permission::correct_child_record);
  data.set("may_change", may_change);
  data.set("offences", justice::offence_rows(offences, "/children/" + summary->child.public_id, may_change));
  data.set("has_offences", !offences.empty());
  data.set("named_in", justice::codefendant_of_rows(naming));
  data.set("has_named_in", !naming.empty());
  data.set("outcomes", justice::outcome_rows(outcomes, offences, "/children/" + summary->child.public_id));
  data.set("has_outcomes", !outcomes.empty());
  justice::add_corrections_section(data, corrections, offence_title(offences), "No offence has been corrected.");
  data.set("may_record_outcome", may_change && std::any_of(offences.begin(), offences.end(), [](const auto& offence) {
                                   return !offence.disposed;
                                 }));
  std::string saved = context.query_value("saved");
  static const std::pair<std::string_view, std::string_view> banners[] = {
      {"offence", "Offence recorded"}, {"corrected", "Offence corrected"}, {"outcome", "Outcome recorded"},
      {"unchanged", "You did not change anything"}};
  for (auto [code, heading] : banners) {
    if (saved != code) continue;
    ViewData banner;
    banner.set("heading", std::string(heading));
    if (code == "unchanged") {
      banner.set("important", true);
      banner.set("text", "Nothing was saved: the offence is as it was.");
    }
    data.set("notification", banner);
  }
  return render_page(context, pages::child_offences, data);
}

// ---- the offence form ----

// An offence form in progress: the fields as typed, the co-defendants chosen (the children
// the user may list, chosen by public id), and those found by a name search.
struct OffenceFormPage {
  std::string title;
  std::string action;
  justice::OffenceForm form;
  std::vector<LinkedChild> chosen;
  std::vector<LinkedChild> found = {};
  std::string search = {};
  bool searched = false;
  int hidden_codefendants = 0;  // named by someone else, on records this user may not see
  bool correcting = false;      // a correction: asks for its reason
  std::string reason = {};      // the reason typed, shown back
};

justice::OffenceForm posted_offence(const PageContext& context) {
  return {posted_date(context, "offence-date"), context.form_value("category"), context.form_value("gravity"),
          context.form_value("description")};
}

Response offence_form_page(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                           const OffenceFormPage& page, const std::vector<FieldError>& errors, int status) {
  ViewData data = justice_page_data(context, connection, summary, page.title);
  data.set("heading", page.title);
  data.set("action", page.action);
  ViewList dates{date_input_data("offence-date", "Date of the offence", "For example, 27 3 2024",
                                 page.form.offence_date, errors)};
  data.set("offence_date", dates);
  data.set("categories", justice::category_options(page.form.category));
  data.set("gravity", page.form.gravity);
  data.set("description", page.form.description);
  data.set("max_description", std::to_string(justice::max_offence_description));
  ViewList chosen = justice::codefendant_options(page.chosen, true);
  ViewList found = justice::codefendant_options(page.found, false);
  data.set("has_chosen", !chosen.empty());
  data.set("chosen", chosen);
  data.set("found", found);
  data.set("has_found", !found.empty());
  data.set("searched", page.searched);
  data.set("codefendant_search", page.search);
  if (page.hidden_codefendants > 0) {
    data.set("hidden_codefendants", std::to_string(page.hidden_codefendants));
  }
  data.set("correcting", page.correcting);
  data.set("reason", page.reason);
  add_errors(data, errors);
  return render_page(context, pages::offence_form, data, status);
}

// The children the user ticked as co-defendants: only those they may list, never the
// child themselves.
std::vector<LinkedChild> posted_codefendants(PageContext& context, store::Connection& connection,
                                             const children::ChildSummary& summary) {
  auto chosen = justice::children_by_public_id(connection, all_values(context.form, "codefendant"),
                                               justice_viewer(context));
  std::erase_if(chosen, [&](const LinkedChild& child) { return !child.may_list || child.id == summary.child.id; });
  return chosen;
}

// Children the user may list whose name matches the search, other than the child and
// those already chosen.
std::vector<LinkedChild> find_codefendants(PageContext& context, store::Connection& connection,
                                           const children::ChildSummary& summary, const std::string& name,
                                           const std::vector<LinkedChild>& chosen) {
  children::ChildSearch search{name, std::nullopt, 1, codefendant_matches + 1 + static_cast<int>(chosen.size())};
  search.viewer = &context.staff();
  search.now = now_unix_seconds();
  std::vector<std::string> ids;
  for (const auto& match : children::search_children(connection, search).children) {
    bool taken = match.child.id == summary.child.id ||
                 std::any_of(chosen.begin(), chosen.end(), [&](const auto& child) { return child.id == match.child.id; });
    if (!taken && ids.size() < codefendant_matches) ids.push_back(match.child.public_id);
  }
  return justice::children_by_public_id(connection, ids, justice_viewer(context));
}

// The public ids of the children, for an audit detail's list.
std::vector<access::NamedRecord> named(const std::vector<LinkedChild>& children) {
  std::vector<access::NamedRecord> records;
  for (const auto& child : children) records.push_back({"child", child.public_id});
  return records;
}

std::string codefendants_detail(const std::vector<LinkedChild>& children) {
  std::string detail;
  for (const auto& child : children) detail += (detail.empty() ? "" : " ") + child.public_id;
  return detail.empty() ? "no co-defendants" : "co-defendants " + detail;
}

// The form posted again: a co-defendant search, or a save with errors. Returns the page to
// show, or nullopt when the form is to be saved. Enter in any box submits with the form's
// first button, Find child: with no name to find, that is a save.
std::optional<Response> unless_ready(PageContext& context, store::Connection& connection,
                                     const children::ChildSummary& summary, OffenceFormPage& page,
                                     const justice::OffenceFormCheck& checked) {
  const std::string& public_id = summary.child.public_id;
  page.search = std::string(trim(context.form_value("codefendant-search")));
  if (context.form_value("action") == "find" && !page.search.empty()) {
    page.found = find_codefendants(context, connection, summary, page.search, page.chosen);
    page.searched = true;
    auto shown = named(page.chosen);
    auto found = named(page.found);
    shown.insert(shown.end(), found.begin(), found.end());
    context.record_view("child.offence_form", "child", public_id,
                        "co-defendant search '" + page.search + "'" +
                            (shown.empty() ? "" : "; " + access::shown_records(shown)));
    return offence_form_page(context, connection, summary, page, {}, 200);
  }
  if (checked.details) return std::nullopt;
  auto shown = named(page.chosen);
  context.record_view("child.offence_form", "child", public_id,
                      "nothing saved: the form had errors" + (shown.empty() ? "" : "; " + access::shown_records(shown)));
  return offence_form_page(context, connection, summary, page, checked.errors, 422);
}

std::vector<std::int64_t> ids_of(const std::vector<LinkedChild>& children) {
  std::vector<std::int64_t> ids;
  for (const auto& child : children) ids.push_back(child.id);
  return ids;
}

Response new_offence_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  context.record_view("child.offence_form", "child", summary->child.public_id);
  OffenceFormPage page{"Record an offence", "/children/" + summary->child.public_id + "/offences/new", {}, {}};
  return offence_form_page(context, *connection, *summary, page, {}, 200);
}

Response create_offence(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  const std::string& public_id = summary->child.public_id;
  OffenceFormPage page{"Record an offence", "/children/" + public_id + "/offences/new", posted_offence(context),
                       posted_codefendants(context, *connection, *summary)};
  auto checked = justice::check_offence_form(page.form, summary->child.details.date_of_birth, today_utc());
  if (auto shown = unless_ready(context, *connection, *summary, page, checked)) return *shown;
  store::Transaction transaction(*connection);
  std::int64_t id = justice::create_offence(*connection, summary->child.id, *checked.details, ids_of(page.chosen));
  access::record_audit_event(*connection, context.audit("offence.create", "child", public_id,
                                                        "offence " + std::to_string(id) + "; " +
                                                            codefendants_detail(page.chosen)));
  deadlines::refresh_child(*connection, summary->child.id);
  transaction.commit();
  return Response::redirect("/children/" + public_id + "/offences?saved=offence");
}

// The offence in the address, of the child in the address.
std::optional<justice::Offence> addressed_offence(PageContext& context, store::Connection& connection,
                                                  const children::ChildSummary& summary) {
  auto id = posted_version(context.params.at("offence"));
  if (!id) return std::nullopt;
  return justice::find_offence(connection, summary.child.id, *id, justice_viewer(context));
}

Response offence_not_found(PageContext& context) {
  return message_page(context, 404, "Offence not found",
                      "This child has no offence with that reference. Go back to the child’s offences and outcomes.");
}

// The correction form: the co-defendants the user may list can be changed; the others
// stay as they are.
OffenceFormPage correction_page(const children::ChildSummary& summary, const justice::Offence& offence) {
  OffenceFormPage page{"Correct an offence",
                       "/children/" + summary.child.public_id + "/offences/" + std::to_string(offence.id) + "/edit",
                       justice::offence_form_from(offence.details), {}};
  page.correcting = true;
  for (const auto& child : offence.codefendants) {
    if (child.may_list) {
      page.chosen.push_back(child);
    } else {
      ++page.hidden_codefendants;
    }
  }
  return page;
}

Response edit_offence_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto offence = addressed_offence(context, *connection, *summary);
  if (!offence) return offence_not_found(context);
  OffenceFormPage page = correction_page(*summary, *offence);
  auto shown = named(page.chosen);
  context.record_view("child.offence_form", "child", summary->child.public_id,
                      "offence " + std::to_string(offence->id) + (shown.empty() ? "" : "; " + access::shown_records(shown)));
  return offence_form_page(context, *connection, *summary, page, {}, 200);
}

Response update_offence(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto offence = addressed_offence(context, *connection, *summary);
  if (!offence) return offence_not_found(context);
  const std::string& public_id = summary->child.public_id;
  OffenceFormPage page = correction_page(*summary, *offence);
  page.form = posted_offence(context);
  page.chosen = posted_codefendants(context, *connection, *summary);
  page.reason = context.form_value("reason");
  auto checked = justice::check_offence_form(page.form, summary->child.details.date_of_birth, today_utc());
  auto by = posted_correction(context);
  if (!by) {
    checked.errors.push_back({"reason", by.error().message});  // the last field on the form
    checked.details.reset();
  }
  if (auto shown = unless_ready(context, *connection, *summary, page, checked)) return *shown;
  std::vector<std::int64_t> codefendants = ids_of(page.chosen);
  for (const auto& child : offence->codefendants) {
    if (!child.may_list) codefendants.push_back(child.id);  // not this user's to change
  }
  store::Transaction transaction(*connection);
  auto changed = justice::update_offence(*connection, summary->child.id, *offence, *checked.details, codefendants,
                                         by.value());
  if (changed.empty()) return Response::redirect("/children/" + public_id + "/offences?saved=unchanged");
  std::string fields;
  for (const auto& field : changed) fields += (fields.empty() ? "" : ", ") + field;
  access::record_audit_event(*connection, context.audit("offence.update", "child", public_id,
                                                        "offence " + std::to_string(offence->id) + "; changed: " +
                                                            fields + (by.value().reason.empty() ? "" : "; reason given") +
                                                            "; " + codefendants_detail(page.chosen)));
  deadlines::refresh_child(*connection, summary->child.id);
  transaction.commit();
  return Response::redirect("/children/" + public_id + "/offences?saved=corrected");
}

}  // namespace

void add_offence_pages(Routes& routes) {
  using access::Permission;
  auto child = child_record_guard();
  routes.record_page(Method::get, "/children/{id}/offences", Permission::read_child_record, child, offences_page);
  routes.record_page(Method::get, "/children/{id}/offences/new", Permission::correct_child_record, child,
                     new_offence_form);
  routes.record_page(Method::post, "/children/{id}/offences/new", Permission::correct_child_record, child,
                     create_offence);
  routes.record_page(Method::get, "/children/{id}/offences/{offence}/edit", Permission::correct_child_record, child,
                     edit_offence_form);
  routes.record_page(Method::post, "/children/{id}/offences/{offence}/edit", Permission::correct_child_record, child,
                     update_offence);
}

}  // namespace pathway::web
