// The forms of an order in progress, each under its outcome's page: the end of the order
// (/end), a warning (/warnings/new), breach proceedings (/breaches/new), and a referral
// order's extension (/extensions/new) and revocation (/revocation). Each posts back to
// itself: with errors, the form again with the GOV.UK error summary and nothing saved;
// without, the change and its audit event in one transaction, then the outcome's page.
#include <functional>

#include "access/audit.h"
#include "children/child_record_guard.h"
#include "core/clock.h"
#include "core/text.h"
#include "deadlines/refresh.h"
#include "justice/justice_page_data.h"
#include "justice/offence_views.h"
#include "justice/order_forms.h"
#include "justice/order_pages.h"
#include "justice/order_terms.h"
#include "justice/order_views.h"
#include "justice/record_labels.h"
#include "store/transaction.h"
#include "web/request_numbers.h"

namespace pathway::web {

namespace {

// One form: its heading, address under the outcome, words and fields as typed.
struct FormPage {
  std::string heading;
  std::string path;  // after the outcome's address: "/warnings/new"
  std::string intro;
  std::string button;
  ViewList fields;
  bool correcting = false;  // a correction of what is recorded: asks for its reason
  std::string reason = {};  // as typed
};

std::string first_error(const std::vector<FieldError>& errors, const std::string& id) {
  for (const auto& error : errors) {
    if (error.field == id) return error.text;
  }
  return "";
}

ViewData date_field(const std::string& id, const std::string& legend, const std::string& hint, const DateInput& typed,
                    const std::vector<FieldError>& errors) {
  ViewData field;
  field.set("date", date_input_data(id, legend, hint, typed, errors));
  return field;
}

// A text or select field's common part: id, label, hint, error and what describes it.
ViewData labelled(const std::string& id, const std::string& label, const std::string& hint,
                  const std::vector<FieldError>& errors) {
  ViewData item;
  item.set("id", id);
  item.set("label", label);
  std::string error = first_error(errors, id);
  std::string described;
  if (!hint.empty()) {
    item.set("hint", hint);
    described = id + "-hint";
  }
  if (!error.empty()) {
    item.set("error", error);
    described += (described.empty() ? "" : " ") + id + "-error";
  }
  if (!described.empty()) item.set("described", described);
  return item;
}

ViewData text_field(const std::string& id, const std::string& label, const std::string& hint, const std::string& value,
                    const std::vector<FieldError>& errors, bool numeric = false) {
  ViewData item = labelled(id, label, hint, errors);
  item.set("value", value);
  item.set("width", numeric ? "govuk-input--width-3" : "govuk-!-width-full");
  item.set("numeric", numeric);
  ViewData field;
  field.set("text", item);
  return field;
}

ViewData select_field(const std::string& id, const std::string& label, const std::string& hint, ViewList options,
                      const std::vector<FieldError>& errors) {
  ViewData item = labelled(id, label, hint, errors);
  item.set("options", std::move(options));
  ViewData field;
  field.set("select", item);
  return field;
}

Response form_page(PageContext& context, store::Connection& connection, const OrderAddress& order,
                   const FormPage& page, const std::vector<FieldError>& errors, int status) {
  ViewData data = justice_page_data(context, connection, order.summary, page.heading);
  ViewData back;
  back.set("href", order.outcome_href);
  back.set("text", "Back to the outcome");
  data.set("back_link", back);
  data.set("order_caption", justice::order_caption(order.outcome));
  data.set("heading", page.heading);
  if (!page.intro.empty()) data.set("intro", page.intro);
  data.set("button", page.button);
  data.set("action", order.outcome_href + page.path);
  data.set("outcome_href", order.outcome_href);
  data.set("fields", page.fields);
  data.set("correcting", page.correcting);
  data.set("reason", page.reason);
  add_errors(data, errors);
  return render_page(context, pages::order_form, data, status);
}

// What an order's form needs before it is shown or saved: nullopt when it applies to this
// outcome, else the answer why not.
using Applies = std::function<std::optional<Response>(PageContext&, store::Connection&, const OrderAddress&)>;

std::optional<Response> an_order(PageContext& context, store::Connection&, const OrderAddress& order) {
  if (justice::is_order(order.outcome.details.outcome_type)) return std::nullopt;
  return message_page(context, 404, "Not an order",
                      "This outcome is not an order, so it has no progress to record. Go back to the outcome.");
}

// A referral order's contract, length, extensions and revocation, as the rules take them;
// nullopt when its contract date or length is not recorded.
std::optional<justice::ReferralOrderFacts> referral_facts(const justice::Outcome& outcome,
                                                          const justice::OrderProgress& progress) {
  const auto& details = outcome.details;
  if (details.outcome_type != "referral_order" || !details.start_date || !details.length_months) return std::nullopt;
  justice::ReferralOrderFacts facts{details.outcome_date, *details.start_date, *details.length_months, {}, std::nullopt};
  for (const auto& recorded : progress.extensions) facts.extensions.push_back(recorded.extension);
  if (progress.revocation) facts.revoked_on = progress.revocation->revoked_on;
  return facts;
}

std::optional<Response> an_open_referral_order(PageContext& context, store::Connection& connection,
                                               const OrderAddress& order) {
  if (order.outcome.details.outcome_type != "referral_order") {
    return message_page(context, 404, "Not a referral order",
                        "Only a referral order is extended or revoked here. Go back to the outcome.");
  }
  auto progress = justice::order_progress(connection, order.outcome.id);
  if (progress.revocation) {
    return message_page(context, 409, "The order was revoked",
                        "This referral order was revoked on " + to_display(progress.revocation->revoked_on) +
                            ": it can no longer be extended or revoked.");
  }
  if (!referral_facts(order.outcome, progress)) {
    return message_page(context, 409, "The contract is not recorded",
                        "This referral order has no contract date or length recorded, so its end cannot be worked "
                        "out. Record them on the outcome first.");
  }
  return std::nullopt;
}

// One form's GET and POST: `blank` builds the form as first shown, `posted` the form as
// posted; `save` checks it and, with no errors, saves it with its audit event in the
// transaction it is given, returning the errors (empty when saved) and the banner code.
struct SaveResult {
  std::vector<FieldError> errors;
  std::string saved;  // the outcome page's banner
};

struct OrderForm {
  std::string name;  // for the audit detail: "warning"
  Applies applies;
  std::function<FormPage(PageContext&, store::Connection&, const OrderAddress&, const std::vector<FieldError>&,
                         bool posted)>
      page;
  std::function<SaveResult(PageContext&, store::Connection&, const OrderAddress&)> save;
};

PageHandler show(OrderForm form) {
  return [form](PageContext& context) -> Response {
    auto connection = context.database.acquire();
    auto found = find_order(context, *connection);
    if (!found.order) return *found.refusal;
    if (auto refused = form.applies(context, *connection, *found.order)) return *refused;
    context.record_view("child.order_form", "child", found.order->summary.child.public_id,
                        "outcome " + std::to_string(found.order->outcome.id) + ", " + form.name);
    return form_page(context, *connection, *found.order, form.page(context, *connection, *found.order, {}, false), {}, 200);
  };
}

PageHandler submit(OrderForm form) {
  return [form](PageContext& context) -> Response {
    auto connection = context.database.acquire();
    auto found = find_order(context, *connection);
    if (!found.order) return *found.refusal;
    const auto& order = *found.order;
    if (auto refused = form.applies(context, *connection, order)) return *refused;
    auto result = form.save(context, *connection, order);
    if (!result.errors.empty()) {
      context.record_view("child.order_form", "child", order.summary.child.public_id,
                          "outcome " + std::to_string(order.outcome.id) + ", " + form.name +
                              "; nothing saved: the form had errors");
      return form_page(context, *connection, order, form.page(context, *connection, order, result.errors, true), result.errors,
                       422);
    }
    return Response::redirect(order.outcome_href + "?saved=" + result.saved);
  };
}

// The audit event of a change to the child's record, about outcome `order`.
void audit_change(PageContext& context, store::Connection& connection, const OrderAddress& order,
                  const std::string& action, const std::string& detail) {
  access::record_audit_event(connection, context.audit(action, "child", order.summary.child.public_id,
                                                       "outcome " + std::to_string(order.outcome.id) + "; " + detail));
}

// A checked form saved: `write` records it and returns the audit detail, written as
// `action` in the same transaction; with errors, nothing is written.
template <class Saved>
SaveResult save_checked(PageContext& context, store::Connection& connection, const OrderAddress& order,
                        const justice::ProgressFormCheck<Saved>& checked, const std::string& action,
                        const std::string& banner, const std::function<std::string(const Saved&)>& write) {
  if (!checked.saved) return {checked.errors, ""};
  store::Transaction transaction(connection);
  audit_change(context, connection, order, action, write(*checked.saved));
  deadlines::refresh_child(connection, order.summary.child.id);
  transaction.commit();
  return {{}, banner};
}

// ---- the end of the order ----

justice::OrderEndForm posted_end(const PageContext& context) {
  return {posted_date(context, "end-date"), context.form_value("completion"), context.form_value("end-ete"),
          context.form_value("end-accommodation")};
}

FormPage end_page(PageContext& context, store::Connection&, const OrderAddress& order, const std::vector<FieldError>& errors, bool posted) {
  auto form = posted ? posted_end(context) : justice::order_end_form_from(order.outcome);
  FormPage page{"Record progress or the end of the order", "/end",
                "Record how the order ended, or that it is still ongoing. Leave the end date blank while it runs.",
                "Save", {}};
  // Changing an end already recorded corrects it: the version it replaces is kept.
  page.correcting = justice::order_end_recorded(justice::order_end_of(order.outcome));
  page.reason = posted ? context.form_value("reason") : "";
  page.fields.push_back(date_field("end-date", "End date", "The day the order actually ended, for example 27 3 2025",
                                   form.end_date, errors));
  page.fields.push_back(select_field("completion", "Completion", "",
                                     justice::optional_choices(justice::completions(), justice::completion_label,
                                                               form.completion, "Choose how the order stands"),
                                     errors));
  page.fields.push_back(select_field("end-ete", "Education, training or employment at the end", "",
                                     justice::optional_choices(justice::end_statuses(), justice::end_status_label,
                                                               form.end_ete),
                                     errors));
  page.fields.push_back(select_field("end-accommodation", "Accommodation at the end", "",
                                     justice::optional_choices(justice::end_statuses(), justice::end_status_label,
                                                               form.end_accommodation),
                                     errors));
  return page;
}

SaveResult save_end(PageContext& context, store::Connection& connection, const OrderAddress& order) {
  auto offences = justice::offences_of_child(connection, order.summary.child.id, justice_viewer(context));
  std::vector<Date> offence_dates;
  for (const auto& offence : offences) {
    const auto& ids = order.outcome.details.offence_ids;
    if (std::find(ids.begin(), ids.end(), offence.id) != ids.end()) offence_dates.push_back(offence.details.offence_date);
  }
  auto checked = justice::check_order_end_form(posted_end(context), order.outcome, offence_dates,
                                               order.summary.child.details.date_of_birth);
  auto by = posted_correction(context);
  if (!by) checked.errors.push_back({"reason", by.error().message});
  if (!checked.saved || !by) return {checked.errors, ""};
  store::Transaction transaction(connection);
  auto changed =
      justice::record_order_end(connection, order.summary.child.id, order.outcome, *checked.saved, by.value());
  if (changed.empty()) return {{}, "unchanged"};
  std::string detail;
  for (const auto& change : changed) detail += (detail.empty() ? "" : ", ") + change;
  audit_change(context, connection, order, "outcome.end",
               "changed: " + detail + (by.value().reason.empty() ? "" : "; reason given"));
  deadlines::refresh_child(connection, order.summary.child.id);
  transaction.commit();
  return {{}, "end"};
}

// ---- a warning ----

justice::WarningForm posted_warning(const PageContext& context) {
  return {posted_date(context, "given-on"), context.form_value("reason"), context.form_value("given-by")};
}

justice::OrderPeriod period_of(const justice::Outcome& outcome) {
  return {outcome.details.outcome_date, outcome.details.start_date, outcome.details.end_date};
}

FormPage warning_page(PageContext& context, store::Connection&, const OrderAddress&, const std::vector<FieldError>& errors, bool posted) {
  auto form = posted ? posted_warning(context) : justice::WarningForm{{}, "", context.staff().display_name};
  FormPage page{"Record a warning", "/warnings/new",
                "A warning given for failing to comply with the order without a reasonable excuse.", "Save warning", {}};
  page.fields.push_back(date_field("given-on", "Date of the warning", "For example, 27 3 2025", form.given_on, errors));
  page.fields.push_back(text_field("reason", "Reason", "What the child failed to do, for example missed the appointment on 20 March",
                                   form.reason, errors));
  page.fields.push_back(text_field("given-by", "Given by", "The worker who gave the warning", form.given_by, errors));
  return page;
}

SaveResult save_warning(PageContext& context, store::Connection& connection, const OrderAddress& order) {
  auto checked = justice::check_warning_form(posted_warning(context), period_of(order.outcome), today_utc());
  return save_checked<justice::OrderWarning>(
      context, connection, order, checked, "outcome.warning", "warning", [&](const justice::OrderWarning& warning) {
        auto id = justice::add_warning(connection, order.outcome.id, warning);
        return "warning " + std::to_string(id) + " given on " + to_iso(warning.given_on);
      });
}

// ---- breach proceedings ----

justice::BreachForm posted_breach(const PageContext& context) {
  return {posted_date(context, "begun-on"), posted_date(context, "court-date"), context.form_value("result")};
}

void add_breach_fields(FormPage& page, const justice::BreachForm& form, const std::vector<FieldError>& errors) {
  page.fields.push_back(date_field("begun-on", "Date proceedings began", "For example, 27 3 2025", form.begun_on, errors));
  page.fields.push_back(date_field("court-date", "Court date (optional)", "The hearing, which may still be to come",
                                   form.court_date, errors));
  page.fields.push_back(select_field("result", "Result", "",
                                     justice::optional_choices(justice::breach_results(), justice::breach_result_label,
                                                               form.result, "Not yet decided"),
                                     errors));
}

FormPage breach_page(PageContext& context, store::Connection&, const OrderAddress&, const std::vector<FieldError>& errors, bool posted) {
  auto form = posted ? posted_breach(context) : justice::BreachForm{};
  FormPage page{"Record breach proceedings", "/breaches/new",
                "Proceedings begun for a breach of the order. Give the court date and the result when they are known.",
                "Save breach proceedings", {}};
  add_breach_fields(page, form, errors);
  return page;
}

SaveResult save_breach(PageContext& context, store::Connection& connection, const OrderAddress& order) {
  auto checked = justice::check_breach_form(posted_breach(context), period_of(order.outcome), today_utc());
  return save_checked<justice::BreachProceedings>(
      context, connection, order, checked, "outcome.breach", "breach", [&](const justice::BreachProceedings& breach) {
        auto id = justice::add_breach_proceedings(connection, order.outcome.id, breach);
        return "breach proceedings " + std::to_string(id) + " begun on " + to_iso(breach.begun_on) +
               (breach.result.empty() ? "" : ", result " + breach.result);
      });
}

// ---- correcting breach proceedings ----

// The breach proceedings in the address, recorded on the order in the address.
std::optional<justice::BreachProceedings> addressed_breach(PageContext& context, store::Connection& connection,
                                                           const OrderAddress& order) {
  auto id = posted_version(context.params.at("breach"));
  if (!id) return std::nullopt;
  for (auto& breach : justice::order_progress(connection, order.outcome.id).breaches) {
    if (breach.id == *id) return std::move(breach);
  }
  return std::nullopt;
}

std::optional<Response> recorded_breach(PageContext& context, store::Connection& connection, const OrderAddress& order) {
  if (auto refused = an_order(context, connection, order)) return refused;
  if (addressed_breach(context, connection, order)) return std::nullopt;
  return message_page(context, 404, "Breach proceedings not found",
                      "This order has no breach proceedings with that reference. Go back to the outcome.");
}

// recorded_breach has made sure the breach proceedings are there.
FormPage breach_correction_page(PageContext& context, store::Connection& connection, const OrderAddress& order,
                                const std::vector<FieldError>& errors, bool posted) {
  auto breach = *addressed_breach(context, connection, order);
  auto form = posted ? posted_breach(context) : justice::breach_form_from(breach);
  FormPage page{"Correct breach proceedings", "/breaches/" + std::to_string(breach.id) + "/edit",
                "Correct what was recorded. The values it replaces are kept and shown under Corrections on the "
                "outcome’s page.",
                "Save correction", {}};
  add_breach_fields(page, form, errors);
  page.correcting = true;
  page.reason = posted ? context.form_value("reason") : "";
  return page;
}

SaveResult save_breach_correction(PageContext& context, store::Connection& connection, const OrderAddress& order) {
  auto before = *addressed_breach(context, connection, order);
  auto checked = justice::check_breach_form(posted_breach(context), period_of(order.outcome), today_utc());
  auto by = posted_correction(context);
  if (!by) checked.errors.push_back({"reason", by.error().message});
  if (!checked.saved || !by) return {checked.errors, ""};
  store::Transaction transaction(connection);
  auto changed =
      justice::correct_breach_proceedings(connection, order.summary.child.id, before, *checked.saved, by.value());
  if (changed.empty()) return {{}, "unchanged"};
  audit_change(context, connection, order, "outcome.breach_correction",
               "breach proceedings " + std::to_string(before.id) + "; changed: " + join_with_commas(changed) +
                   (by.value().reason.empty() ? "" : "; reason given"));
  transaction.commit();
  return {{}, "breach_corrected"};
}

// ---- a referral order's extension and revocation ----

justice::ReferralOrderFacts facts_now(store::Connection& connection, const OrderAddress& order) {
  // an_open_referral_order has made sure they are there.
  return *referral_facts(order.outcome, justice::order_progress(connection, order.outcome.id));
}

justice::ExtensionForm posted_extension(const PageContext& context) {
  return {posted_date(context, "made-on"), context.form_value("months"), context.form_value("reason")};
}

FormPage extension_page(PageContext& context, store::Connection& connection, const OrderAddress& order, const std::vector<FieldError>& errors,
                        bool posted) {
  auto form = posted ? posted_extension(context) : justice::ExtensionForm{};
  auto facts = facts_now(connection, order);
  int months = facts.length_months;
  for (const auto& extension : facts.extensions) months += extension.months;
  FormPage page{"Extend the referral order", "/extensions/new",
                "The order is for " + std::to_string(months) + " months with its extensions and is expected to end on " +
                    to_display(justice::referral_order_expected_end(facts)) +
                    ". A court may extend it while it runs, to at most 12 months in all.",
                "Save extension", {}};
  page.fields.push_back(date_field("made-on", "Date of the extension", "The day the court extended it, for example 27 3 2025",
                                   form.made_on, errors));
  page.fields.push_back(text_field("months", "Months added", "A whole number of months", form.months, errors, true));
  page.fields.push_back(text_field("reason", "Reason", "", form.reason, errors));
  return page;
}

SaveResult save_extension(PageContext& context, store::Connection& connection, const OrderAddress& order) {
  auto checked = justice::check_extension_form(posted_extension(context), facts_now(connection, order), today_utc());
  return save_checked<justice::RecordedExtension>(
      context, connection, order, checked, "outcome.extension", "extension",
      [&](const justice::RecordedExtension& recorded) {
        auto id = justice::add_extension(connection, order.outcome.id, recorded);
        return "extension " + std::to_string(id) + " of " + std::to_string(recorded.extension.months) +
               " months made on " + to_iso(recorded.extension.made_on);
      });
}

justice::RevocationForm posted_revocation(const PageContext& context) {
  return {posted_date(context, "revoked-on"), context.form_value("reason")};
}

FormPage revocation_page(PageContext& context, store::Connection&, const OrderAddress&, const std::vector<FieldError>& errors,
                         bool posted) {
  auto form = posted ? posted_revocation(context) : justice::RevocationForm{};
  FormPage page{"Revoke the referral order", "/revocation",
                "Revoking the order ends it on the day of the revocation, with completion recorded as revoked.",
                "Save revocation", {}};
  page.fields.push_back(date_field("revoked-on", "Date of the revocation", "The day the court revoked it, for example 27 3 2025",
                                   form.revoked_on, errors));
  page.fields.push_back(text_field("reason", "Reason", "For example, referred back to court and resentenced",
                                   form.reason, errors));
  return page;
}

SaveResult save_revocation(PageContext& context, store::Connection& connection, const OrderAddress& order) {
  auto checked = justice::check_revocation_form(posted_revocation(context), facts_now(connection, order), today_utc());
  return save_checked<justice::Revocation>(context, connection, order, checked, "outcome.revocation", "revocation",
                                           [&](const justice::Revocation& revocation) {
                                             justice::revoke_referral_order(connection, order.outcome.id, revocation);
                                             return "revoked on " + to_iso(revocation.revoked_on);
                                           });
}

void add_form(Routes& routes, const std::string& path, const OrderForm& form) {
  auto child = child_record_guard();
  std::string pattern = "/children/{id}/outcomes/{outcome}" + path;
  routes.record_page(Method::get, pattern, access::Permission::correct_child_record, child, show(form));
  routes.record_page(Method::post, pattern, access::Permission::correct_child_record, child, submit(form));
}

}  // namespace

void add_order_form_pages(Routes& routes) {
  add_form(routes, "/end", {"end of the order", an_order, end_page, save_end});
  add_form(routes, "/warnings/new", {"warning", an_order, warning_page, save_warning});
  add_form(routes, "/breaches/new", {"breach proceedings", an_order, breach_page, save_breach});
  add_form(routes, "/breaches/{breach}/edit",
           {"breach proceedings correction", recorded_breach, breach_correction_page, save_breach_correction});
  add_form(routes, "/extensions/new", {"extension", an_open_referral_order, extension_page, save_extension});
  add_form(routes, "/revocation", {"revocation", an_open_referral_order, revocation_page, save_revocation});
}

}  // namespace pathway::web
