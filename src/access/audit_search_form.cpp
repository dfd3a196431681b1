#include "access/audit_search_form.h"

#include <cctype>
#include <chrono>

#include "access/audit_actions.h"
#include "access/staff.h"
#include "core/dates.h"
#include "core/text.h"
#include "web/date_range_form.h"

namespace pathway::web {

namespace {

// The kinds of record a search may name, as stored and as people call them.
constexpr std::pair<std::string_view, std::string_view> record_types[] = {{"child", "Child"},
                                                                          {"staff", "Staff account"}};

bool is_record_type(std::string_view type) {
  for (const auto& [code, label] : record_types) {
    if (code == type) return true;
  }
  return false;
}

// A reference as the trail stores it, however it was typed: a child's in capitals, an
// account's username in lower case.
std::string stored_record_id(std::string_view type, std::string_view typed) {
  if (type == "staff") return access::canonical_username(typed);
  std::string id(typed);
  for (char& c : id) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return id;
}

// A select's options ({value, label, selected}) from (value, label) pairs.
ViewList select_options(const std::vector<std::pair<std::string_view, std::string_view>>& choices,
                        std::string_view selected) {
  ViewList options;
  for (const auto& [value, label] : choices) {
    ViewData option;
    option.set("value", std::string(value));
    option.set("label", std::string(label));
    option.set("selected", value == selected);
    options.push_back(std::move(option));
  }
  return options;
}

}  // namespace

AuditSearchForm read_audit_search_form(const PageContext& context) {
  AuditSearchForm form{
      std::string(trim(context.query_value("person"))), context.query_value("record-type"),
      std::string(trim(context.query_value("record"))), context.query_value("action"),
      context.query_value("from-day"), context.query_value("from-month"), context.query_value("from-year"),
      context.query_value("to-day"), context.query_value("to-month"), context.query_value("to-year")};
  if (form.record_type.empty()) form.record_type = "child";
  return form;
}

CheckedAuditSearch check_audit_search_form(const AuditSearchForm& form) {
  CheckedAuditSearch checked;
  auto& search = checked.search;
  std::string& summary = checked.summary;
  auto note = [&](const std::string& part) { summary += (summary.empty() ? "" : "; ") + part; };
  if (!form.person.empty()) {
    search.actor = access::canonical_username(form.person);
    note("person '" + search.actor + "'");
  }
  if (!is_record_type(form.record_type)) {
    checked.errors.push_back({"record-type", "Choose the kind of record from the list"});
  } else if (!form.record_id.empty()) {
    search.record_type = form.record_type;
    search.record_id = stored_record_id(form.record_type, form.record_id);
    note("record " + form.record_type + " '" + search.record_id + "'");
  }
  if (!form.action.empty()) {
    if (access::is_known_audit_action(form.action)) {
      search.action = form.action;
      note("action " + form.action);
    } else {
      checked.errors.push_back({"action", "Choose what they did from the list"});
    }
  }
  auto [from, to] = check_date_range({form.from_day, form.from_month, form.from_year},
                                     {form.to_day, form.to_month, form.to_year}, checked.errors);
  if (from) {
    search.from = uk_local_day_start(*from);
    note("from " + to_iso(*from));
  }
  if (to) {
    search.until = uk_local_day_start(Date{std::chrono::sys_days{*to} + std::chrono::days{1}});
    note("to " + to_iso(*to));
  }
  if (summary.empty()) summary = "no filters";
  return checked;
}

std::vector<std::pair<std::string, std::string>> audit_search_filters(const AuditSearchForm& form) {
  std::vector<std::pair<std::string, std::string>> filters = {
      {"person", form.person},         {"record-type", form.record_id.empty() ? "" : form.record_type},
      {"record", form.record_id},      {"action", form.action},
      {"from-day", form.from_day},     {"from-month", form.from_month},
      {"from-year", form.from_year},   {"to-day", form.to_day},
      {"to-month", form.to_month},     {"to-year", form.to_year}};
  std::erase_if(filters, [](const auto& filter) { return filter.second.empty(); });
  return filters;
}

void add_audit_search_form_data(ViewData& data, const AuditSearchForm& form) {
  data.set("person", form.person);
  data.set("record_id", form.record_id);
  data.set("record_types", select_options({std::begin(record_types), std::end(record_types)}, form.record_type));
  std::vector<std::pair<std::string_view, std::string_view>> actions;
  for (const auto& [action, words] : access::audit_actions()) actions.emplace_back(action, words);
  data.set("actions", select_options(actions, form.action));
  data.set("from_day", form.from_day);
  data.set("from_month", form.from_month);
  data.set("from_year", form.from_year);
  data.set("to_day", form.to_day);
  data.set("to_month", form.to_month);
  data.set("to_year", form.to_year);
}

}  // namespace pathway::web
