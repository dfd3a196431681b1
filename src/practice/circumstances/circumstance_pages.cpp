// A child's circumstances (/children/{id}/circumstances): where they live and their
// education, training or employment now, the history of each, the child's early warnings
// (practice/early_warnings) and the wider services supporting them (practice/wider_services,
// where their forms are); the forms recording a change of either. Anyone who may open the
// record reads them; those who record practice record a change. A change and its audit
// event are saved in one transaction; a change for the worse is an early warning as soon as
// it is saved.
#include "access/audit.h"
#include "children/child_record_guard.h"
#include "core/clock.h"
#include "justice/justice_page_data.h"
#include "practice/circumstances/circumstance_form.h"
#include "practice/circumstances/circumstance_vocabulary.h"
#include "practice/early_warnings/early_warning_views.h"
#include "practice/practice_page.h"
#include "practice/wider_services/wider_service_views.h"
#include "store/transaction.h"
#include "web/saved_banner.h"

namespace pathway::web {

namespace {

constexpr std::string_view section = "circumstances";

// "accommodation" or "ete" from the address; nullopt for anything else.
std::optional<std::string> kind_in_address(const PageContext& context) {
  const std::string& kind = context.params.at("kind");
  if (kind == practice::accommodation_kind || kind == practice::ete_kind) return kind;
  return std::nullopt;
}

ViewData circumstance_row(const practice::Circumstance& circumstance) {
  const auto& details = circumstance.details;
  ViewData row;
  row.set("id", std::to_string(circumstance.id));
  row.set("status", std::string(practice::circumstance_words(practice::statuses_of(details.kind), details.status)));
  row.set("suitability", std::string(practice::circumstance_words(practice::suitabilities(), details.suitability)));
  row.set("suitable", circumstance.suitable());
  row.set("hours", details.hours ? std::to_string(*details.hours) : std::string());
  row.set("has_hours", details.hours.has_value());
  row.set("from", to_display(details.from));
  row.set("note", details.note);
  row.set("recorded_at", recorded_at_display(circumstance.recorded_at));
  row.set("recorded_by", circumstance.recorded_by_name);
  return row;
}

// The current circumstance and the history of one kind, as `{kind}_current`,
// `{kind}_history` and `has_{kind}_history`; returns how many rows it showed.
std::size_t add_kind(ViewData& data, store::Connection& connection, std::int64_t child_id, const std::string& kind,
                     Date today) {
  auto history = practice::circumstance_history(connection, child_id, kind);
  if (auto now = practice::circumstance_on(connection, child_id, kind, today)) {
    data.set(kind + "_current", circumstance_row(*now));
  }
  ViewList rows;
  for (const auto& circumstance : history) rows.push_back(circumstance_row(circumstance));
  data.set("has_" + kind + "_history", !rows.empty());
  data.set(kind + "_history", std::move(rows));
  return history.size();
}

Response circumstances_page(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  std::int64_t child_id = summary->child.id;
  Date today = today_utc();
  std::int64_t now = now_unix_seconds();
  ViewData data =
      practice_page_data(context, *connection, *summary,
                         "Circumstances: " + children::full_name(summary->child.details), section, "circumstances");
  static const SavedBanner banners[] = {{"accommodation", "Accommodation recorded"},
                                        {"ete", "Education, training or employment recorded"},
                                        {"seen", "Early warning marked as seen"},
                                        {"wider_service", "Wider service added"},
                                        {"wider_service_ended", "Wider service ended"}};
  add_saved_banner(context, data, banners);
  std::size_t rows = add_kind(data, *connection, child_id, std::string(practice::accommodation_kind), today) +
                     add_kind(data, *connection, child_id, std::string(practice::ete_kind), today);
  auto warnings = practice::early_warnings_of_child(*connection, child_id, now);
  auto seen = practice::acknowledgements_of(*connection, context.staff().id, child_id);
  ViewList warning_rows;
  for (const auto& warning : warnings) {
    auto at = seen.find(warning.key);
    warning_rows.push_back(practice::early_warning_row(
        warning, at == seen.end() ? std::nullopt : std::optional<std::int64_t>(at->second), "record"));
  }
  data.set("has_warnings", !warning_rows.empty());
  data.set("warnings", std::move(warning_rows));
  data.set("warning_days", std::to_string(practice::record_warning_days));
  bool may_change = context.may(access::Permission::record_practice);
  data.set("may_change", may_change);
  std::string base = section_href(*summary, section);
  data.set("accommodation_href", base + "/accommodation/new");
  data.set("ete_href", base + "/ete/new");
  std::size_t services = add_wider_services(data, *connection, *summary);
  context.record_view("child.circumstances", "child", summary->child.public_id,
                      std::to_string(rows) + " circumstances, " + std::to_string(warnings.size()) +
                          " early warnings, " + std::to_string(services) + " wider services");
  return render_page(context, pages::child_circumstances, data);
}

// --- The form -----------------------------------------------------------------------

Response form_page(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                   const practice::CircumstanceForm& form, const std::vector<FieldError>& errors, int status) {
  bool accommodation = form.kind == practice::accommodation_kind;
  std::string heading =
      accommodation ? "Record a change of accommodation" : "Record a change of education, training or employment";
  ViewData data =
      practice_page_data(context, connection, summary, heading, section, "circumstances", "Back to circumstances");
  data.set("heading", heading);
  data.set("action", section_href(summary, section) + "/" + form.kind + "/new");
  data.set("cancel_href", section_href(summary, section));
  data.set("ete", !accommodation);
  data.set("status_legend", accommodation ? "Where the child lives" : "Education, training or employment");
  data.set("statuses", choice_options(practice::statuses_of(form.kind), form.status));
  data.set("suitability_hint", accommodation ? "Not asked for no fixed abode, which is never suitable"
                                             : "Not asked for a child not in education, training or employment");
  data.set("suitabilities", choice_options(practice::suitabilities(), form.suitability));
  data.set("hours", form.hours);
  data.set("dates", ViewList{date_input_data("from-date", "From", "The day this began, for example 27 3 2026",
                                             form.from, errors)});
  data.set("note", form.note);
  add_errors(data, errors);
  return render_page(context, pages::circumstance_form, data, status);
}

Response kind_not_found(PageContext& context) {
  return message_page(context, 404, "Page not found",
                      "A child's circumstances are their accommodation or their "
                      "education, training or employment.");
}

Response new_circumstance_form(PageContext& context) {
  auto kind = kind_in_address(context);
  if (!kind) return kind_not_found(context);
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  context.record_view("child.circumstance_form", "child", summary->child.public_id, *kind);
  practice::CircumstanceForm form;
  form.kind = *kind;
  form.from = date_input_showing(today_utc());
  return form_page(context, *connection, *summary, form, {}, 200);
}

Response record_circumstance(PageContext& context) {
  auto kind = kind_in_address(context);
  if (!kind) return kind_not_found(context);
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  const std::string& public_id = summary->child.public_id;
  practice::CircumstanceForm form{*kind,
                                  context.form_value("status"),
                                  context.form_value("suitability"),
                                  context.form_value("hours"),
                                  posted_date(context, "from-date"),
                                  context.form_value("note")};
  auto checked = practice::check_circumstance(form, summary->child.details.date_of_birth, today_utc());
  if (!checked.details) {
    context.record_view("child.circumstance_form", "child", public_id, *kind + ": nothing saved, the form had errors");
    return form_page(context, *connection, *summary, form, checked.errors, 422);
  }
  store::Transaction transaction(*connection);
  std::int64_t id = practice::record_circumstance(*connection, summary->child.id, *checked.details,
                                                  {context.username(), context.staff().display_name});
  const auto& details = *checked.details;
  access::record_audit_event(
      *connection, context.audit("circumstance.record", "child", public_id,
                                 "circumstance " + std::to_string(id) + ", " + details.kind + " " + details.status +
                                     " (" + details.suitability + ") from " + to_iso(details.from)));
  transaction.commit();
  return Response::redirect(section_href(*summary, section) + "?saved=" + *kind);
}

}  // namespace

void add_circumstance_pages(Routes& routes) {
  using access::Permission;
  auto child = child_record_guard();
  routes.record_page(Method::get, "/children/{id}/circumstances", Permission::read_child_record, child,
                     circumstances_page);
  routes.record_page(Method::get, "/children/{id}/circumstances/{kind}/new", Permission::record_practice, child,
                     new_circumstance_form);
  routes.record_page(Method::post, "/children/{id}/circumstances/{kind}/new", Permission::record_practice, child,
                     record_circumstance);
}

}  // namespace pathway::web
