// Restricted records: /children/{id}/restriction restricts a record to named staff,
// names or removes people, and lifts the restriction, each with a reason, audited;
// /restricted-records lists the restricted records the viewer is named on and, for the
// data protection officer, every restricted record by reference (access/restricted_records.h).
#include "access/access_reason.h"
#include "access/audit.h"
#include "access/restricted_records.h"
#include "children/child_record_guard.h"
#include "children/child_views.h"
#include "core/text.h"
#include "store/transaction.h"
#include "web/app.h"

namespace pathway::web {

namespace {

ViewData staff_data(const access::StaffMember& member) {
  ViewData item;
  item.set("username", member.username);
  item.set("display_name", member.display_name);
  item.set("role_label", std::string(member.main_role_label()));
  return item;
}

ViewList staff_list(const std::vector<access::StaffMember>& staff) {
  ViewList list;
  for (const auto& member : staff) list.push_back(staff_data(member));
  return list;
}

// The accounts typed (usernames separated by spaces, commas or lines), each of whom must
// be an active account that reads children's records. Errors name what is wrong.
Result<std::vector<access::StaffMember>> staff_to_name(store::Connection& connection, std::string_view typed) {
  std::vector<access::StaffMember> staff;
  std::string word;
  auto take = [&]() -> std::optional<Error> {
    if (word.empty()) return std::nullopt;
    auto found = access::find_staff_with_password_hash(connection, word);
    if (!found || !found->first.active) {
      return Error{ErrorKind::invalid, "There is no active account with the username '" + word + "'"};
    }
    if (!found->first.may(access::Permission::read_child_record)) {
      return Error{ErrorKind::invalid, found->first.display_name + " (" + word + ") cannot read children’s records"};
    }
    staff.push_back(found->first);
    word.clear();
    return std::nullopt;
  };
  for (char c : std::string(typed) + " ") {
    if (c == ' ' || c == ',' || c == '\n' || c == '\r' || c == '\t') {
      if (auto error = take()) return *error;
    } else {
      word += c;
    }
  }
  return staff;
}

struct RestrictionPage {
  std::vector<FieldError> errors;
  std::string form;  // which form the errors belong to, so only its fields are shown back
};

Response restriction_page(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                          const RestrictionPage& page, int status) {
  std::string name = children::full_name(summary.child.details);
  ViewData data = layout_data(context, "Restrict " + name + "’s record", "/children");
  data.set("child", children::child_summary_data(summary, today_utc()));
  data.set("restricted", summary.restricted);
  auto named = access::staff_named_on(connection, summary.child.id);
  data.set("named", staff_list(named));
  data.set("only_one_named", named.size() == 1);
  // What was typed into the form that had errors, shown back in that form only.
  static const std::pair<std::string_view, std::string_view> fields[] = {
      {"restrict", "restrict-reason"}, {"restrict", "also-named"},    {"name", "name-username"},
      {"name", "name-reason"},         {"unname", "unname-username"}, {"unname", "unname-reason"},
      {"lift", "lift-reason"}};
  for (auto [form, field] : fields) {
    if (form == page.form) data.set(field, context.form_value(field));
  }
  std::string saved = context.query_value("saved");
  static const std::pair<std::string_view, std::string_view> banners[] = {
      {"restricted", "The record is restricted"}, {"named", "The person is named on the record"},
      {"unnamed", "The person is no longer named on the record"}, {"lifted", "The restriction is lifted"}};
  for (auto [code, heading] : banners) {
    if (saved != code) continue;
    ViewData banner;
    banner.set("heading", std::string(heading));
    data.set("notification", banner);
  }
  ViewData back;
  back.set("href", "/children/" + summary.child.public_id);
  back.set("text", "Back to the record");
  data.set("back_link", back);
  add_errors(data, page.errors);
  return render_page(context, pages::child_restriction, data, status);
}

Response show_restriction(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = children::find_child(*connection, context.params.at("id"));
  context.record_view("child.restriction", "child", summary->child.public_id);
  return restriction_page(context, *connection, *summary, {}, 200);
}

// One change to the restriction, checked and ready to make with its audit event.
struct PlannedChange {
  std::string audit_action;
  std::string detail;  // for the audit event: who, and the reason
  std::string saved;   // the banner to show afterwards
  std::function<Result<Done>(store::Connection&, std::int64_t child_id)> apply;  // empty when the form had errors
};

// The reason typed in `field`, or "" with an error added.
std::string reason_in(const PageContext& context, std::string_view field, std::string_view missing,
                      std::vector<FieldError>& errors) {
  auto reason = access::read_access_reason(context.form_value(field), missing);
  if (!reason) errors.push_back({std::string(field), reason.error().message});
  return reason ? reason.value() : "";
}

PlannedChange plan_restrict(const PageContext& context, store::Connection& connection,
                            std::vector<FieldError>& errors) {
  auto also = staff_to_name(connection, context.form_value("also-named"));
  if (!also) errors.push_back({"also-named", also.error().message});
  std::string reason = reason_in(context, "restrict-reason", "Enter why this record is being restricted", errors);
  PlannedChange plan{"child.restrict", "", "restricted", nullptr};
  if (!errors.empty()) return plan;
  const access::StaffMember& me = context.staff();
  plan.detail = "named: " + access::usernames_of(also.value()) + (also->empty() ? "" : ", ") + me.username +
                "; reason: " + reason;
  plan.apply = [me, named = also.value()](store::Connection& connection, std::int64_t child_id) {
    return access::restrict_record(connection, child_id, me, named);
  };
  return plan;
}

PlannedChange plan_name(const PageContext& context, store::Connection& connection, std::vector<FieldError>& errors) {
  std::string username(trim(context.form_value("name-username")));
  auto who = staff_to_name(connection, username);
  if (username.empty()) {
    errors.push_back({"name-username", "Enter the username of the person to name"});
  } else if (!who) {
    errors.push_back({"name-username", who.error().message});
  }
  std::string reason = reason_in(context, "name-reason", "Enter why this person needs the record", errors);
  PlannedChange plan{"child.restriction_named", "", "named", nullptr};
  if (!errors.empty()) return plan;
  access::StaffMember member = who->front();
  plan.detail = "named " + member.username + "; reason: " + reason;
  plan.apply = [member](store::Connection& connection, std::int64_t child_id) {
    return access::name_on_record(connection, child_id, member);
  };
  return plan;
}

PlannedChange plan_unname(const PageContext& context, store::Connection& connection,
                          std::vector<FieldError>& errors) {
  std::string username = context.form_value("unname-username");
  auto who = username.empty() ? std::nullopt : access::find_staff_with_password_hash(connection, username);
  if (!who) errors.push_back({"unname-username", "Select the person to take off the record"});
  std::string reason = reason_in(context, "unname-reason", "Enter why this person no longer needs the record", errors);
  PlannedChange plan{"child.restriction_unnamed", "", "unnamed", nullptr};
  if (!errors.empty()) return plan;
  std::int64_t staff_id = who->first.id;
  plan.detail = "no longer named: " + who->first.username + "; reason: " + reason;
  plan.apply = [staff_id](store::Connection& connection, std::int64_t child_id) {
    return access::unname_from_record(connection, child_id, staff_id);
  };
  return plan;
}

PlannedChange plan_lift(const PageContext& context, std::vector<FieldError>& errors) {
  std::string reason = reason_in(context, "lift-reason", "Enter why the restriction is being lifted", errors);
  PlannedChange plan{"child.unrestrict", "reason: " + reason, "lifted", nullptr};
  if (errors.empty()) plan.apply = access::unrestrict_record;
  return plan;
}

// Where an error the store found (not the form) is shown.
std::string field_for_refusal(const std::string& action) {
  if (action == "restrict") return "also-named";
  if (action == "lift") return "lift-reason";
  return action + "-username";
}

Response change_restriction(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = children::find_child(*connection, context.params.at("id"));
  std::string action = context.form_value("action");
  std::vector<FieldError> errors;
  PlannedChange plan;
  if (action == "restrict" && !summary->restricted) {
    plan = plan_restrict(context, *connection, errors);
  } else if (action == "name" && summary->restricted) {
    plan = plan_name(context, *connection, errors);
  } else if (action == "unname" && summary->restricted) {
    plan = plan_unname(context, *connection, errors);
  } else if (action == "lift" && summary->restricted) {
    plan = plan_lift(context, errors);
  } else {
    // A stale form: the record was restricted or lifted since the page was shown.
    return Response::redirect("/children/" + summary->child.public_id + "/restriction");
  }
  if (plan.apply) {
    store::Transaction transaction(*connection);
    auto changed = plan.apply(*connection, summary->child.id);
    if (changed) {
      access::record_audit_event(*connection,
                                 context.audit(plan.audit_action, "child", summary->child.public_id, plan.detail));
      transaction.commit();
      // Someone who took themselves off a restricted record can no longer open it.
      bool left = action == "unname" && access::canonical_username(context.form_value("unname-username")) ==
                                            context.username();
      return Response::redirect(left ? "/restricted-records?saved=unnamed"
                                     : "/children/" + summary->child.public_id + "/restriction?saved=" + plan.saved);
    }
    errors.push_back({field_for_refusal(action), changed.error().message});
  }
  context.record_view("child.restriction", "child", summary->child.public_id, "nothing changed: the form had errors");
  return restriction_page(context, *connection, *summary, {errors, action}, 422);
}

// ---- the restricted records page ----

ViewList named_on_rows(PageContext& context, store::Connection& connection, std::string& shown) {
  ViewList rows;
  for (const auto& public_id : access::restricted_records_naming(connection, context.staff())) {
    auto summary = children::find_child(connection, public_id);
    if (!summary) continue;
    rows.push_back(children::child_summary_data(*summary, today_utc()));
    shown += (shown.empty() ? "" : " ") + ("child:" + public_id);
  }
  return rows;
}

ViewList reference_rows(store::Connection& connection, std::string& references) {
  ViewList rows;
  for (const auto& record : access::all_restricted_records(connection)) {
    ViewData row;
    row.set("public_id", record.public_id);
    row.set("named", staff_list(record.named));
    rows.push_back(std::move(row));
    references += (references.empty() ? "" : " ") + ("child:" + record.public_id);
  }
  return rows;
}

Response restricted_records(PageContext& context) {
  auto connection = context.database.acquire();
  ViewData data = layout_data(context, "Restricted records", "/restricted-records");
  std::string shown;
  ViewList mine = named_on_rows(context, *connection, shown);
  data.set("has_mine", !mine.empty());
  data.set("mine", std::move(mine));
  // Ends with "shown: " and every reference on the page, the convention the audit trail's
  // record index reads (access/audit_records.h), so "who has seen this record" lists it.
  std::string detail = "shown: " + shown;
  if (context.may(access::Permission::review_restricted_records)) {
    std::string references;
    ViewList all = reference_rows(*connection, references);
    data.set("review", true);
    data.set("count", std::to_string(all.size()));
    data.set("has_all", !all.empty());
    data.set("all", std::move(all));
    detail += (shown.empty() || references.empty() ? "" : " ") + references;
  }
  if (context.query_value("saved") == "unnamed") {
    ViewData banner;
    banner.set("heading", "You are no longer named on that record");
    banner.set("text", "You can no longer find it or open it.");
    data.set("notification", banner);
  }
  context.record_view("restricted_records.list", "", "", detail);
  return render_page(context, pages::restricted_records, data);
}

}  // namespace

void add_restriction_pages(Routes& routes) {
  using access::Permission;
  auto child = child_record_guard();
  routes.record_page(Method::get, "/children/{id}/restriction", Permission::restrict_records, child, show_restriction);
  routes.record_page(Method::post, "/children/{id}/restriction", Permission::restrict_records, child,
                     change_restriction);
  routes.page(Method::get, "/restricted-records", Permission::restrict_records, restricted_records);
}

}  // namespace pathway::web
