// The administrator's deadline rules (manage_reference_data): every rule version with its
// trigger, delay, closing event and whose task it is, and a form to change a version's
// delay. A change, its audit event and the open tasks it moves are written in one
// transaction (docs/decisions/0027 says why done tasks keep their dates).
#include "access/audit.h"
#include "allocation/case_roles.h"
#include "core/clock.h"
#include "deadlines/event_kinds.h"
#include "deadlines/event_sources.h"
#include "deadlines/refresh.h"
#include "deadlines/rule_delays.h"
#include "justice/form_checks.h"
#include "store/transaction.h"
#include "web/app.h"

namespace pathway::web {

namespace {

using deadlines::DeadlineRule;
using deadlines::Delay;
using deadlines::DelayUnit;

constexpr std::string_view rules_path = "/admin/deadline-rules";
constexpr int longest_delay = 400;

std::string rule_href(const DeadlineRule& rule) {
  return std::string(rules_path) + "/" + rule.code + "/" + to_iso(rule.applies_from);
}

std::string kind_words(std::string_view code) {
  const auto* kind = deadlines::kinds::find_event_kind(code);
  return kind ? std::string(kind->words) : std::string(code);
}

std::string role_words(const std::string& code) {
  auto role = allocation::case_role_from_code(code);
  return role ? std::string(allocation::case_role_label(*role)) : code;
}

Response list_rules(PageContext& context) {
  auto connection = context.database.acquire();
  auto rules = deadlines::rules_in_use(*connection);
  connection.reset();
  ViewData data = layout_data(context, "Deadline rules", std::string(rules_path));
  ViewList rows;
  for (const auto& rule : rules) {
    ViewData row;
    row.set("title", rule.title);
    row.set("href", rule_href(rule));
    row.set("applies_from", to_display(rule.applies_from));
    row.set("trigger", kind_words(rule.trigger_kind));
    row.set("delay", deadlines::delay_words(rule.delay));
    row.set("closing", kind_words(rule.closing_kind));
    row.set("role", role_words(rule.case_role));
    bool waiting = !deadlines::has_source(rule.trigger_kind) || !deadlines::has_source(rule.closing_kind);
    row.set("waiting", waiting);
    rows.push_back(std::move(row));
  }
  data.set("rules", std::move(rows));
  if (context.query_value("done") == "saved") {
    ViewData banner;
    banner.set("heading", "Rule saved; open tasks now follow it");
    data.set("notification", std::move(banner));
  }
  return render_page(context, pages::deadline_rules, data);
}

// The version the address names, nullopt when there is none.
std::optional<DeadlineRule> named_rule(PageContext& context, store::Connection& connection) {
  auto applies_from = parse_iso_date(context.params.at("from"));
  if (!applies_from) return std::nullopt;
  for (const auto& rule : deadlines::rules_in_use(connection)) {
    if (rule.code == context.params.at("code") && rule.applies_from == *applies_from) return rule;
  }
  return std::nullopt;
}

struct DelayForm {
  std::string amount;
  std::string unit;
  std::string direction;  // "after" or "before"
};

DelayForm form_of(const Delay& delay) {
  return {std::to_string(delay.amount), std::string(deadlines::unit_code(delay.unit)), delay.before ? "before" : "after"};
}

// The delay the form gives, or nullopt with its mistakes added to `errors`.
std::optional<Delay> checked_delay(const DelayForm& form, std::vector<FieldError>& errors) {
  auto amount = justice::whole_number(form.amount);
  if (!amount || *amount > longest_delay) errors.push_back({"amount", "Enter a whole number from 0 to 400"});
  auto unit = deadlines::parse_unit(form.unit);
  if (!unit) errors.push_back({"unit", "Choose working days, calendar days or months", "unit"});
  if (form.direction != "after" && form.direction != "before") {
    errors.push_back({"direction", "Choose whether the task is due after or before the event", "direction"});
  }
  if (!errors.empty()) return std::nullopt;
  return Delay{*amount, *unit, form.direction == "before"};
}

Response rule_form(PageContext& context, const DeadlineRule& rule, const DelayForm& form,
                   const std::vector<FieldError>& errors, int status) {
  ViewData data = layout_data(context, "Change " + rule.title, std::string(rules_path));
  ViewData back;
  back.set("href", std::string(rules_path));
  back.set("text", "Deadline rules");
  data.set("back_link", back);
  data.set("title", rule.title);
  data.set("action", rule_href(rule));
  data.set("applies_from", to_display(rule.applies_from));
  data.set("trigger", kind_words(rule.trigger_kind));
  data.set("closing", kind_words(rule.closing_kind));
  data.set("amount", form.amount);
  ViewList units;
  for (auto unit : {DelayUnit::working_days, DelayUnit::calendar_days, DelayUnit::months}) {
    ViewData item;
    item.set("value", std::string(deadlines::unit_code(unit)));
    item.set("label", unit == DelayUnit::working_days    ? "Working days (Monday to Friday, not bank holidays)"
                      : unit == DelayUnit::calendar_days ? "Calendar days"
                                                         : "Months");
    item.set("checked", form.unit == deadlines::unit_code(unit));
    item.set("first", units.empty());
    units.push_back(std::move(item));
  }
  data.set("units", std::move(units));
  data.set("after", form.direction == "after");
  data.set("before", form.direction == "before");
  add_errors(data, errors);
  return render_page(context, pages::deadline_rule_form, data, status);
}

Response rule_not_found(PageContext& context) {
  return message_page(context, 404, "Rule not found", "There is no deadline rule at that address.");
}

Response edit_rule(PageContext& context) {
  auto connection = context.database.acquire();
  auto rule = named_rule(context, *connection);
  connection.reset();
  if (!rule) return rule_not_found(context);
  return rule_form(context, *rule, form_of(rule->delay), {}, 200);
}

Response save_rule(PageContext& context) {
  DelayForm form{context.form_value("amount"), context.form_value("unit"), context.form_value("direction")};
  std::optional<DeadlineRule> rule;
  std::vector<FieldError> errors;
  {
    auto connection = context.database.acquire();
    store::Transaction transaction(*connection);
    rule = named_rule(context, *connection);
    if (!rule) return rule_not_found(context);
    auto delay = checked_delay(form, errors);
    if (delay && *delay == rule->delay) return Response::redirect(std::string(rules_path) + "?done=saved");
    if (delay) {
      deadlines::set_rule_delay(*connection, *rule, *delay, context.staff().username,
                                to_iso_instant(now_unix_seconds()));
      deadlines::refresh_all(*connection);
      access::record_audit_event(
          *connection, context.audit("deadline_rule.change", "deadline_rule", rule->code + "@" + to_iso(rule->applies_from),
                                     deadlines::delay_words(rule->delay) + " -> " + deadlines::delay_words(*delay)));
      transaction.commit();
      return Response::redirect(std::string(rules_path) + "?done=saved");
    }
  }
  return rule_form(context, *rule, form, errors, 422);
}

}  // namespace

void add_deadline_rule_pages(Routes& routes) {
  constexpr auto may = access::Permission::manage_reference_data;
  routes.page(Method::get, "/admin/deadline-rules", may, list_rules);
  routes.page(Method::get, "/admin/deadline-rules/{code}/{from}", may, edit_rule);
  routes.page(Method::post, "/admin/deadline-rules/{code}/{from}", may, save_rule);
}

}  // namespace pathway::web
