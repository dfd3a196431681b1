// The children pages: list and search, add, view, correct, history. Handlers stay thin:
// read the request, call the repository inside one transaction, audit, render.
#include "access/audit.h"
#include "access/need_to_know.h"
#include "core/clock.h"
#include "children/child_merge.h"
#include "children/child_record_header.h"
#include "children/child_record_guard.h"
#include "children/child_repository.h"
#include "children/child_validation.h"
#include "children/child_views.h"
#include "children/correction_reason.h"
#include "children/record_access_views.h"
#include "reference/geography.h"
#include "store/transaction.h"
#include "web/app.h"
#include "web/pagination.h"
#include "web/request_numbers.h"
#include "web/return_target.h"

namespace pathway::web {

namespace {

using children::ChildForm;

constexpr int page_size = 25;

ChildForm read_form(const PageContext& context) {
  return {context.form_value("given-name"),    context.form_value("family-name"),
          context.form_value("date-of-birth-day"), context.form_value("date-of-birth-month"),
          context.form_value("date-of-birth-year"), context.form_value("sex"),
          context.form_value("ethnicity"),     context.form_value("district"),
          context.form_value("looked-after")};
}

// The signed-in member of staff, as the child's history names them.
children::ChangeAuthor author(const PageContext& context) {
  return {context.username(), context.session->staff.display_name};
}

std::vector<std::string> codes_of(const std::vector<reference::District>& districts) {
  std::vector<std::string> codes;
  for (const auto& district : districts) codes.push_back(district.code);
  return codes;
}

// ---- list and search ----

// The children list at `page`, with the filters in use and no empty ones.
std::string list_href(const std::vector<std::pair<std::string_view, std::string>>& filters, std::int64_t page) {
  std::string href = "/children?";
  for (const auto& [key, value] : filters) {
    if (!value.empty()) href += std::string(key) + "=" + encode_query_value(value) + "&";
  }
  return href + "page=" + std::to_string(page);
}

// The GOV.UK pagination's numbered links.
ViewList page_link_data(const std::vector<std::pair<std::string_view, std::string>>& filters, std::int64_t page,
                        std::int64_t pages) {
  ViewList links;
  for (const auto& link : page_links(page, pages)) {
    ViewData item;
    item.set("ellipsis", link.number == 0);
    item.set("number", std::to_string(link.number));
    item.set("href", list_href(filters, link.number));
    item.set("current", link.current);
    links.push_back(std::move(item));
  }
  return links;
}

Response list_children(PageContext& context) {
  Date today = today_utc();
  std::string name = context.query_value("name");
  std::string day = context.query_value("dob-day"), month = context.query_value("dob-month"),
              year = context.query_value("dob-year");
  // A date typed into the name box (the home page's search has only that box) searches by
  // date of birth, shown in the date boxes.
  if (auto typed = parse_typed_date(name); typed && day.empty() && month.empty() && year.empty()) {
    day = std::to_string(static_cast<unsigned>(typed->day()));
    month = std::to_string(static_cast<unsigned>(typed->month()));
    year = std::to_string(static_cast<int>(typed->year()));
    name.clear();
  }
  std::vector<FieldError> errors;
  children::ChildSearch search{name, std::nullopt, page_number(context.query_value("page")), page_size};
  if (!day.empty() || !month.empty() || !year.empty()) {
    search.date_of_birth = date_from_parts(day, month, year);
    if (!search.date_of_birth) errors.push_back({"dob", "Enter a real date of birth, for example 27 3 2011"});
  }

  ViewData data = layout_data(context, "Children", "/children");
  data.set("may_add", context.may(access::Permission::add_child));
  data.set("name", name);
  data.set("dob_day", day);
  data.set("dob_month", month);
  data.set("dob_year", year);
  add_errors(data, errors);
  if (!errors.empty()) return render_page(context, pages::children_search_errors, data, 422);

  auto connection = context.database.acquire();
  search.viewer = &context.staff();
  search.now = now_unix_seconds();
  auto found = children::search_children(*connection, search);
  const std::vector<std::pair<std::string_view, std::string>> filters = {
      {"name", name}, {"dob-day", day}, {"dob-month", month}, {"dob-year", year}};
  // Each record's Back link returns to this page of this search.
  std::string back_query = "?back=" + encode_query_value(list_href(filters, search.page));
  ViewList rows;
  rows.reserve(found.children.size());
  std::string shown;
  bool may_break_glass = context.may(access::Permission::break_glass);
  for (const auto& summary : found.children) {
    rows.push_back(children::child_summary_data(summary, today));
    rows.back().set("href", "/children/" + summary.child.public_id + back_query);
    if (!summary.may_open && may_break_glass) {
      rows.back().set("break_glass_href", "/children/" + summary.child.public_id + "/break-glass");
    }
    shown += (shown.empty() ? "" : " ") + summary.child.public_id + (summary.may_open ? "" : " (identity only)");
  }
  // Who saw which children, and what they searched for: a subject access request or an
  // investigation needs both.
  context.record_view("child.list", "", "",
                      "page " + std::to_string(search.page) + (name.empty() ? "" : "; name '" + name + "'") +
                          (search.date_of_birth ? "; date of birth " + to_iso(*search.date_of_birth) : "") +
                          "; shown: " + shown);

  data.set("has_children", !rows.empty());
  data.set("children", std::move(rows));
  data.set("searched", !name.empty() || search.date_of_birth.has_value());
  data.set("searched_by_name", !name.empty());
  data.set("total", std::to_string(found.total));
  std::int64_t pages = (found.total + page_size - 1) / page_size;
  data.set("from", std::to_string(found.total == 0 ? 0 : (search.page - 1) * page_size + 1));
  data.set("to", std::to_string(std::min<std::int64_t>(found.total, std::int64_t{search.page} * page_size)));
  if (search.page > 1) data.set("previous_href", list_href(filters, search.page - 1));
  if (search.page < pages) data.set("next_href", list_href(filters, search.page + 1));
  data.set("has_pages", pages > 1);
  data.set("page_links", page_link_data(filters, search.page, pages));
  // An old link or a typed address can ask for a page beyond the last: say so rather than
  // "No children found" when there are children.
  if (found.children.empty() && found.total > 0) data.set("first_page_href", list_href(filters, 1));
  data.set("page", std::to_string(search.page));
  data.set("pages", std::to_string(pages));
  return render_page(context, pages::children_list, data);
}

// ---- add and edit share one form ----

struct FormPage {
  std::string title;
  std::string action;
  std::string back_href;
  std::int64_t version = 0;  // the version being edited; 0 when adding
  std::string reason = {};   // the reason typed, shown back
  ViewList changes_by_others = {};  // set when an edit was made from a stale version
  ViewList both_changed = {};       // fields the user and someone else both changed
  std::string public_id = {};       // the child being corrected (who may be given a reason); empty when adding one
};

Response child_form_page(PageContext& context, const FormPage& page, const ChildForm& form,
                         const std::vector<reference::District>& districts,
                         const children::ChildValidation* checked,
                         const std::vector<children::ChildSummary>& duplicates, int status) {
  ViewData data = layout_data(context, page.title, "/children");
  data.set("heading", page.title);
  data.set("action", page.action);
  if (page.version > 0) data.set("version", std::to_string(page.version));
  data.set("correcting", !page.public_id.empty());
  data.set("reason", page.reason);
  if (!page.changes_by_others.empty()) {
    data.set("stale", true);
    data["versions"] = ViewData(page.changes_by_others);
    data.set("has_both_changed", !page.both_changed.empty());
    data["both_changed"] = ViewData(page.both_changed);
  }
  ViewData back;
  back.set("href", page.back_href);
  back.set("text", "Back");
  data.set("back_link", back);
  children::add_form_data(data, form, districts);
  if (checked) {
    add_errors(data, checked->errors);
    if (checked->errors.empty() && (!checked->warnings.empty() || !duplicates.empty())) {
      data.set("needs_confirmation", true);
      data.set("confirmation_key", children::confirmation_key(*checked->details));
      ViewList warnings;
      for (const auto& warning : checked->warnings) {
        ViewData item;
        item.set("text", warning);
        warnings.push_back(item);
      }
      data.set("warnings", warnings);
      ViewList similar;
      Date today = today_utc();
      for (const auto& duplicate : duplicates) similar.push_back(children::child_summary_data(duplicate, today));
      data.set("duplicates", similar);
      data.set("has_duplicates", !duplicates.empty());
    }
  }
  // Correcting shows the child's record, and the duplicates warning other children's.
  if (!page.public_id.empty() || !duplicates.empty()) return render_page(context, pages::child_form, data, status);
  return render_page(context, pages::new_child_form, data, status);
}

const FormPage add_page{.title = "Add a child", .action = "/children/new", .back_href = "/children"};

Response new_child_form(PageContext& context) {
  auto connection = context.database.acquire();
  return child_form_page(context, add_page, ChildForm{}, reference::list_districts(*connection), nullptr, {}, 200);
}

// The age warning and the duplicate check are about who the child is: a correction that
// leaves the name and date of birth alone has nothing new to warn about (twins, or a
// child now 18, would otherwise be asked again at every correction).
bool identity_changed(const children::ChildDetails& details, const children::ChildDetails* before) {
  return !before || details.given_name != before->given_name || details.family_name != before->family_name ||
         details.date_of_birth != before->date_of_birth;
}

// A restricted record the user is not named on must still stop a duplicate being made,
// without showing it: the matches stay hidden, the form says a hidden record may match and
// cannot be saved, and the audit trail names the restricted record, so the data
// protection officer (told by the user, or reviewing the trail) can check. Removes the
// hidden matches from `duplicates`; true when there were any.
bool refuse_hidden_duplicates(PageContext& context, store::Connection& connection,
                              std::vector<children::ChildSummary>& duplicates, children::ChildValidation& checked,
                              const children::Child* before) {
  std::int64_t now = now_unix_seconds();
  std::string hidden;
  std::erase_if(duplicates, [&](const children::ChildSummary& duplicate) {
    if (!duplicate.restricted || access::may_list_child(connection, context.staff(), duplicate.child.public_id, now)) {
      return false;
    }
    hidden += (hidden.empty() ? "" : " ") + duplicate.child.public_id;
    return true;
  });
  if (hidden.empty()) return false;
  context.record_view("child.restricted_match", "child", before ? before->public_id : "",
                      "a restricted record may be the same child, not shown to the user: " + hidden);
  checked.errors.push_back(
      {"given-name",
       "Pathway may already hold a record of this child that only named staff can see, so it cannot be saved "
       "from here. Contact the data protection officer, giving the name and date of birth you entered"});
  return true;
}

// Validates the posted form. Returns the page to show instead of saving (errors, or
// warnings and possible duplicates the user has not yet confirmed), or nullopt to save.
// `before` is the record being corrected (null when adding a child).
std::optional<Response> check_before_saving(PageContext& context, store::Connection& connection,
                                            const FormPage& page, const ChildForm& form,
                                            const std::vector<reference::District>& districts,
                                            children::ChildValidation& checked, const children::Child* before,
                                            bool& saved_despite_duplicates) {
  if (!checked.details) {
    if (before) context.record_view("child.edit", "child", before->public_id, "the correction had errors");
    return child_form_page(context, page, form, districts, &checked, {}, 422);
  }
  if (!identity_changed(*checked.details, before ? &before->details : nullptr)) return std::nullopt;
  auto duplicates = children::possible_duplicates(connection, *checked.details, before ? before->id : 0);
  if (refuse_hidden_duplicates(context, connection, duplicates, checked, before)) {
    return child_form_page(context, page, form, districts, &checked, duplicates, 422);
  }
  bool confirmed = context.form_value("confirmed") == children::confirmation_key(*checked.details);
  if ((!checked.warnings.empty() || !duplicates.empty()) && !confirmed) {
    if (!duplicates.empty()) {
      // The warning names other children: who was shown them belongs in the audit trail.
      std::string shown;
      for (const auto& duplicate : duplicates) shown += (shown.empty() ? "" : " ") + duplicate.child.public_id;
      context.record_view("child.possible_duplicates", "child", before ? before->public_id : "", "shown: " + shown);
    } else if (before) {
      context.record_view("child.edit", "child", before->public_id, "asked to confirm the correction");
    }
    return child_form_page(context, page, form, districts, &checked, duplicates, 200);
  }
  saved_despite_duplicates = !duplicates.empty();
  return std::nullopt;
}

Response create_child(PageContext& context) {
  auto connection = context.database.acquire();
  auto districts = reference::list_districts(*connection);
  ChildForm form = read_form(context);
  auto checked = children::validate_child_form(form, today_utc(), codes_of(districts));
  bool despite_duplicates = false;
  if (auto page = check_before_saving(context, *connection, add_page, form, districts, checked, nullptr, despite_duplicates)) {
    return *page;
  }
  store::Transaction transaction(*connection);
  auto child = children::create_child(*connection, *checked.details, author(context), std::nullopt,
                                      context.staff().team_code);
  access::record_audit_event(*connection, context.audit("child.create", "child", child.public_id,
                                                        despite_duplicates ? "saved despite possible duplicates" : ""));
  transaction.commit();
  return Response::redirect("/children/" + child.public_id + "?saved=created");
}

// ---- view, history ----

std::optional<children::ChildSummary> load_child(PageContext& context, store::Connection& connection) {
  return children::find_child(connection, context.params.at("id"));
}

Response child_not_found(PageContext& context) {
  return message_page(context, 404, "Child not found",
                      "There is no child with that reference. Search for the child on the children page.");
}

// Where a record's Back link goes: the list or search page the user came from, carried in
// `back` from tab to tab, when it is a children list address on this site (so the
// parameter cannot send anyone elsewhere); the whole list otherwise.
std::string back_target(const PageContext& context) {
  std::string back = safe_return_target(context.query_value("back"));
  return back.starts_with("/children?") ? back : "/children";
}

// "back=..." naming the list or search page to return to, for the record's own links (its
// tabs, its edit form, the page after saving); "" when that is the whole list.
std::string back_parameter(const PageContext& context) {
  std::string back_href = back_target(context);
  return back_href == "/children" ? "" : "back=" + encode_query_value(back_href);
}

// A tab of the child's record: its data, and the child's current status.
struct ChildPage {
  ViewData data;
  justice::CurrentStatus status;
};

ChildPage child_page_data(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                          const std::string& tab) {
  Date today = today_utc();
  ViewData data = layout_data(context, children::full_name(summary.child.details), "/children");
  auto status = children::add_child_record_header(data, connection, summary, today);
  data.set("tab_details", tab == "details");
  data.set("tab_history", tab == "history");
  std::string return_to = back_parameter(context);
  ViewData back;
  back.set("href", back_target(context));
  back.set("text", return_to.empty() ? "All children" : "Back");
  data.set("back_link", back);
  data.set("back_query", return_to.empty() ? "" : "?" + return_to);
  children::add_record_access_data(data, context, connection, summary, now_unix_seconds());
  return {std::move(data), std::move(status)};
}

// Loads the child named in the address and records that this user opened the record
// (`action` says which part). nullopt when there is no such child.
std::optional<children::ChildSummary> open_record(PageContext& context, store::Connection& connection,
                                                  const std::string& action) {
  auto summary = load_child(context, connection);
  if (summary) context.record_view(action, "child", summary->child.public_id);
  return summary;
}

Response view_child(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = open_record(context, *connection, "child.view");
  if (!summary) return child_not_found(context);

  auto [data, status] = child_page_data(context, *connection, *summary, "details");
  data.set("rows", children::child_detail_rows(*summary, today_utc(), status));
  data.set("may_see_viewers", context.may(access::Permission::see_record_viewers));
  std::string saved = context.query_value("saved");
  if (saved == "created" || saved == "updated") {
    ViewData banner;
    banner.set("heading", saved == "created" ? "Child added" : "Changes saved");
    banner.set("text", saved == "created" ? "The child's record has been created."
                                          : "The change is kept in the record's history.");
    data.set("notification", banner);
  } else if (saved == "unchanged") {
    ViewData banner;
    banner.set("important", true);
    banner.set("heading", "You did not change anything");
    banner.set("text", "Nothing was saved: the record is as it was.");
    data.set("notification", banner);
  }
  return render_page(context, pages::child_record, data);
}

Response child_history(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = open_record(context, *connection, "child.history");
  if (!summary) return child_not_found(context);

  ViewData data = child_page_data(context, *connection, *summary, "history").data;
  data.set("versions", children::history_data(children::child_history(*connection, summary->child.id),
                                              reference::list_districts(*connection)));
  return render_page(context, pages::child_history, data);
}

// ---- edit ----

// The form keeps the list or search page the record was opened from, so the record's Back
// link still returns there after the correction is saved or abandoned.
FormPage edit_page(const PageContext& context, const children::ChildSummary& summary, std::int64_t version) {
  std::string href = "/children/" + summary.child.public_id;
  std::string return_to = back_parameter(context);
  std::string back_query = return_to.empty() ? "" : "?" + return_to;
  return {.title = "Change " + children::full_name(summary.child.details) + "’s details",
          .action = href + "/edit" + back_query,
          .back_href = href + back_query,
          .version = version,
          .public_id = summary.child.public_id};
}

Response edit_child_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = open_record(context, *connection, "child.edit");
  if (!summary) return child_not_found(context);
  return child_form_page(context, edit_page(context, *summary, summary->child.version),
                         children::form_from(summary->child.details), reference::list_districts(*connection),
                         nullptr, {}, 200);
}

// Saves the correction and its audit event together, or nothing. A form saved with no
// change writes nothing at all: no version, no audit event (changed_fields is empty).
Result<children::ChildUpdate> save_update(PageContext& context, store::Connection& connection,
                                          const std::string& public_id, std::int64_t version,
                                          const children::ChildDetails& details, const std::string& reason,
                                          bool despite_duplicates) {
  store::Transaction transaction(connection);
  auto updated = children::update_child(connection, public_id, version, details, author(context), reason);
  if (!updated || updated->changed_fields.empty()) return updated;
  std::string fields;
  for (const auto& field : updated->changed_fields) fields += (fields.empty() ? "" : ", ") + field;
  access::record_audit_event(connection, context.audit("child.update", "child", public_id,
                                                       "changed: " + fields +
                                                           (reason.empty() ? "" : "; reason given") +
                                                           (despite_duplicates ? "; saved despite possible duplicates" : "")));
  transaction.commit();
  return updated;
}

// The record changed after this user opened it: nothing was saved. Show what the others
// changed, and the form with the latest details and the user's own changes applied on top
// (a three-way merge), naming any field both changed, ready to save again.
Response stale_edit_page(PageContext& context, store::Connection& connection, const children::ChildDetails& mine,
                         const std::string& reason, const std::vector<reference::District>& districts,
                         std::int64_t stale_version) {
  auto latest = load_child(context, connection);
  if (!latest) return child_not_found(context);
  context.record_view("child.edit", "child", latest->child.public_id,
                      "changed by someone else since version " + std::to_string(stale_version) + "; nothing saved");
  std::vector<children::ChildChange> since;
  for (auto& change : children::child_history(connection, latest->child.id)) {
    if (change.version > stale_version) since.push_back(std::move(change));
  }
  auto opened = children::details_before(latest->child.details, since);
  auto merged = children::merge_details(opened, latest->child.details, mine);
  FormPage page = edit_page(context, *latest, latest->child.version);
  page.title = "Someone else changed this record";
  page.reason = reason;
  page.changes_by_others = children::history_data(since, districts);
  for (const auto& field : merged.both_changed) {
    ViewData item;
    item.set("label", children::field_label(field));
    page.both_changed.push_back(std::move(item));
  }
  return child_form_page(context, page, children::form_from(merged.details), districts, nullptr, {}, 409);
}

Response update_child(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = load_child(context, *connection);
  if (!summary) return child_not_found(context);
  auto districts = reference::list_districts(*connection);
  ChildForm form = read_form(context);
  // A missing or tampered version matches no version: the save is refused as stale.
  std::int64_t version = posted_version(context.form_value("version")).value_or(0);
  FormPage page = edit_page(context, *summary, version);
  auto checked = children::validate_child_form(form, today_utc(), codes_of(districts));
  auto reason = children::read_correction_reason(context.form_value("reason"));
  page.reason = context.form_value("reason");
  if (!reason) {
    checked.errors.push_back({"reason", reason.error().message});  // the last field on the form
    checked.details.reset();
  }
  bool despite_duplicates = false;
  if (auto shown = check_before_saving(context, *connection, page, form, districts, checked, &summary->child,
                                       despite_duplicates)) {
    return *shown;
  }
  auto saved = save_update(context, *connection, summary->child.public_id, version, *checked.details,
                           reason.value(), despite_duplicates);
  if (saved.ok()) {
    std::string return_to = back_parameter(context);
    return Response::redirect("/children/" + summary->child.public_id +
                              (saved->changed_fields.empty() ? "?saved=unchanged" : "?saved=updated") +
                              (return_to.empty() ? "" : "&" + return_to));
  }
  if (saved.error().kind == ErrorKind::not_found) return child_not_found(context);
  return stale_edit_page(context, *connection, *checked.details, reason.value(), districts, version);
}

}  // namespace

std::shared_ptr<const RecordGuard> child_record_guard() {
  static const auto guard = std::make_shared<const RecordGuard>(RecordGuard{
      .record_type = "child",
      .param = "id",
      .may_open =
          [](PageContext& context, const std::string& public_id) {
            auto connection = context.database.acquire();
            return access::may_open_child(*connection, context.staff(), public_id, now_unix_seconds());
          },
      .not_found = child_not_found,
  });
  return guard;
}

void add_children_pages(Routes& routes) {
  using access::Permission;
  auto child = child_record_guard();
  routes.page(Method::get, "/children", Permission::search_children, list_children);
  routes.page(Method::get, "/children/new", Permission::add_child, new_child_form);
  routes.page(Method::post, "/children/new", Permission::add_child, create_child);
  routes.record_page(Method::get, "/children/{id}", Permission::read_child_record, child, view_child);
  routes.record_page(Method::get, "/children/{id}/history", Permission::read_child_record, child, child_history);
  routes.record_page(Method::get, "/children/{id}/edit", Permission::correct_child_record, child, edit_child_form);
  routes.record_page(Method::post, "/children/{id}/edit", Permission::correct_child_record, child, update_child);
}

}  // namespace pathway::web
