// A child's safeguarding and risk flags (/children/{id}/flags): the current and ended
// flags with the log of every change, and the forms raising, reviewing and ending one.
// Anyone who may open the record reads them (the identity bar shows the current ones on
// every page of the record); those who record practice change them. Every change, its
// entry in the log and its audit event are saved in one transaction.
#include "access/audit.h"
#include "access/audit_records.h"
#include "children/child_record_guard.h"
#include "core/clock.h"
#include "justice/form_checks.h"
#include "justice/justice_page_data.h"
#include "practice/flags/flag_form.h"
#include "practice/flags/flag_types.h"
#include "practice/flags/flag_views.h"
#include "practice/practice_page.h"
#include "store/transaction.h"
#include "web/saved_banner.h"

namespace pathway::web {

namespace {

constexpr std::string_view flags_section = "flags";

children::ChangeAuthor author_of(const PageContext& context) {
  return {context.username(), context.staff().display_name};
}

void set_flags_banner(PageContext& context, ViewData& data) {
  static const SavedBanner banners[] = {
      {"raised", "Flag raised"}, {"reviewed", "Review recorded"}, {"ended", "Flag ended"}};
  add_saved_banner(context, data, banners);
}

std::string change_words(const std::string& kind) {
  if (kind == "raised") return "Raised";
  if (kind == "reviewed") return "Reviewed";
  if (kind == "changed") return "Changed";
  if (kind == "ended") return "Ended";
  return kind;
}

Response flags_page(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  Date today = today_utc();
  auto flags = practice::flags_of(*connection, summary->child.id);
  auto log = practice::flag_log(*connection, summary->child.id);
  context.record_view("child.flags", "child", summary->child.public_id,
                      flags.empty() ? "no flags" : "shown: " + practice::flags_shown(flags));
  std::string base = section_href(*summary, flags_section);
  ViewData data = practice_page_data(context, *connection, *summary,
                                     "Flags: " + children::full_name(summary->child.details), flags_section, "flags");
  set_flags_banner(context, data);
  bool may_change = context.may(access::Permission::record_practice);
  ViewList current, ended;
  for (const auto& flag : flags) {
    ViewData row = practice::flag_row(flag, today, base);
    row.set("may_change", may_change);
    (flag.current(today) || !flag.end_date ? current : ended).push_back(std::move(row));
  }
  data.set("has_current", !current.empty());
  data.set("current", std::move(current));
  data.set("has_ended", !ended.empty());
  data.set("ended", std::move(ended));
  ViewList entries;
  for (const auto& change : log) {
    ViewData entry;
    auto at = parse_iso_instant(change.changed_at);
    entry.set("when", at ? to_uk_local_display(*at) : change.changed_at);
    entry.set("flag", change.flag_label);
    entry.set("change", change_words(change.change_kind));
    entry.set("what", change.what);
    entry.set("why", change.why);
    entry.set("by", change.changed_by_name);
    entries.push_back(std::move(entry));
  }
  data.set("has_log", !entries.empty());
  data.set("log", std::move(entries));
  data.set("may_change", may_change);
  data.set("new_href", base + "/new");
  return render_page(context, pages::child_flags, data);
}

// --- The forms ----------------------------------------------------------------------

// What every form of the one flag form template shows: the layout, heading, action and
// cancel_href; each form adds its fields.
ViewData flag_form_data(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                        const std::string& heading, const std::string& action) {
  ViewData data = practice_page_data(context, connection, summary, heading, flags_section, "flags", "Back to flags");
  data.set("heading", heading);
  data.set("action", action);
  data.set("cancel_href", section_href(summary, flags_section));
  return data;
}

ViewList level_options(const std::string& chosen) {
  ViewList options;
  for (std::string level : {"1", "2", "3"}) {
    ViewData option;
    option.set("value", level);
    option.set("checked", chosen == level);
    option.set("first", level == "1");
    options.push_back(std::move(option));
  }
  return options;
}

Response raise_form_page(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                         const practice::RaiseFlagForm& form, const std::vector<FieldError>& errors, int status) {
  ViewData data = flag_form_data(context, connection, summary, "Raise a flag", section_href(summary, flags_section) + "/new");
  data.set("raise", true);
  ViewList types;
  for (const auto& type : practice::flag_types()) {
    ViewData option;
    option.set("value", std::string(type.code));
    option.set("label", std::string(type.words));
    option.set("checked", form.flag_type == type.code);
    option.set("first", types.empty());
    types.push_back(std::move(option));
  }
  data.set("types", std::move(types));
  data.set("levels", level_options(form.mappa_level));
  data.set("show_levels", true);
  data.set("dates", ViewList{date_input_data("start-date", "Start date", "The day the concern began or was identified",
                                             form.start_date, errors),
                             date_input_data("review-date", "Review date", "When the flag is to be reviewed next",
                                             form.review_date, errors)});
  data.set("reason_label", "Why the flag is raised");
  data.set("reason", form.reason);
  add_errors(data, errors);
  return render_page(context, pages::flag_form, data, status);
}

Response new_flag_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  context.record_view("child.flag_form", "child", summary->child.public_id);
  practice::RaiseFlagForm form;
  form.start_date = date_input_showing(today_utc());
  return raise_form_page(context, *connection, *summary, form, {}, 200);
}

Response raise_flag(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  const std::string& public_id = summary->child.public_id;
  practice::RaiseFlagForm form{context.form_value("flag-type"), context.form_value("mappa-level"),
                               posted_date(context, "start-date"), posted_date(context, "review-date"),
                               context.form_value("reason")};
  auto checked = practice::check_raise_flag(form, summary->child.details.date_of_birth, today_utc());
  if (!checked.details) {
    context.record_view("child.flag_form", "child", public_id, "nothing saved: the form had errors");
    return raise_form_page(context, *connection, *summary, form, checked.errors, 422);
  }
  store::Transaction transaction(*connection);
  std::int64_t id = practice::raise_flag(*connection, summary->child.id, *checked.details, author_of(context));
  access::record_audit_event(*connection, context.audit("flag.raise", "child", public_id,
                                                        "flag " + std::to_string(id) + ", " +
                                                            checked.details->flag_type + " from " +
                                                            to_iso(checked.details->start_date)));
  transaction.commit();
  return Response::redirect(section_href(*summary, flags_section) + "?saved=raised");
}

// The current flag of the child named in the address; nullopt otherwise.
std::optional<practice::Flag> current_flag(PageContext& context, store::Connection& connection,
                                           const children::ChildSummary& summary) {
  auto id = justice::whole_number(context.params.at("flag"), 18);
  if (!id) return std::nullopt;
  auto flag = practice::find_flag(connection, summary.child.id, *id);
  if (!flag || !flag->current(today_utc())) return std::nullopt;
  return flag;
}

Response flag_not_found(PageContext& context, const children::ChildSummary& summary) {
  context.record_view("child.flag_form", "child", summary.child.public_id, "no such current flag");
  return message_page(context, 404, "Flag not found", "This child has no such current flag.");
}

std::string flag_shown(const practice::Flag& flag) { return "shown: " + practice::flags_shown({flag}); }

Response review_form_page(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                          const practice::Flag& flag, const practice::ReviewFlagForm& form,
                          const std::vector<FieldError>& errors, int status) {
  std::string action = section_href(summary, flags_section) + "/" + std::to_string(flag.id) + "/review";
  ViewData data = flag_form_data(context, connection, summary, "Review a flag", action);
  data.set("about", practice::flag_label(flag.details.flag_type, flag.details.mappa_level) + ", review due " +
                        to_display(flag.details.review_date));
  bool mappa = flag.details.flag_type == practice::mappa_flag;
  data.set("show_levels", mappa);
  data.set("levels", level_options(form.mappa_level));
  data.set("dates", ViewList{date_input_data("review-date", "Next review date", "When the flag is to be reviewed again",
                                             form.next_review_date, errors)});
  data.set("reason_label", "Outcome of the review");
  data.set("reason", form.why);
  add_errors(data, errors);
  return render_page(context, pages::flag_form, data, status);
}

Response review_flag_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto flag = current_flag(context, *connection, *summary);
  if (!flag) return flag_not_found(context, *summary);
  context.record_view("child.flag_form", "child", summary->child.public_id, flag_shown(*flag));
  practice::ReviewFlagForm form;
  if (flag->details.mappa_level) form.mappa_level = std::to_string(*flag->details.mappa_level);
  return review_form_page(context, *connection, *summary, *flag, form, {}, 200);
}

Response review_flag(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto flag = current_flag(context, *connection, *summary);
  if (!flag) return flag_not_found(context, *summary);
  const std::string& public_id = summary->child.public_id;
  practice::ReviewFlagForm form{posted_date(context, "review-date"), context.form_value("mappa-level"),
                                context.form_value("reason")};
  auto checked = practice::check_review_flag(form, *flag, today_utc());
  if (!checked.review) {
    context.record_view("child.flag_form", "child", public_id, "nothing saved: the form had errors; " + flag_shown(*flag));
    return review_form_page(context, *connection, *summary, *flag, form, checked.errors, 422);
  }
  store::Transaction transaction(*connection);
  practice::review_flag(*connection, *flag, *checked.review, author_of(context));
  access::record_audit_event(*connection, context.audit("flag.review", "child", public_id,
                                                        "flag " + std::to_string(flag->id) + ", next review " +
                                                            to_iso(checked.review->next_review_date)));
  transaction.commit();
  return Response::redirect(section_href(*summary, flags_section) + "?saved=reviewed");
}

Response end_form_page(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                       const practice::Flag& flag, const practice::EndFlagForm& form,
                       const std::vector<FieldError>& errors, int status) {
  std::string action = section_href(summary, flags_section) + "/" + std::to_string(flag.id) + "/end";
  ViewData data = flag_form_data(context, connection, summary, "End a flag", action);
  data.set("about", practice::flag_label(flag.details.flag_type, flag.details.mappa_level) + " since " +
                        to_display(flag.details.start_date));
  data.set("dates", ViewList{date_input_data("end-date", "End date", "The last day the flag applies", form.end_date,
                                             errors)});
  data.set("reason_label", "Why the flag ends");
  data.set("reason", form.why);
  add_errors(data, errors);
  return render_page(context, pages::flag_form, data, status);
}

Response end_flag_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto flag = current_flag(context, *connection, *summary);
  if (!flag) return flag_not_found(context, *summary);
  context.record_view("child.flag_form", "child", summary->child.public_id, flag_shown(*flag));
  practice::EndFlagForm form;
  form.end_date = date_input_showing(today_utc());
  return end_form_page(context, *connection, *summary, *flag, form, {}, 200);
}

Response end_flag(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto flag = current_flag(context, *connection, *summary);
  if (!flag) return flag_not_found(context, *summary);
  const std::string& public_id = summary->child.public_id;
  practice::EndFlagForm form{posted_date(context, "end-date"), context.form_value("reason")};
  auto checked = practice::check_end_flag(form, *flag, today_utc());
  if (!checked.end_date) {
    context.record_view("child.flag_form", "child", public_id, "nothing saved: the form had errors; " + flag_shown(*flag));
    return end_form_page(context, *connection, *summary, *flag, form, checked.errors, 422);
  }
  store::Transaction transaction(*connection);
  practice::end_flag(*connection, *flag, *checked.end_date, checked.why, author_of(context));
  access::record_audit_event(*connection, context.audit("flag.end", "child", public_id,
                                                        "flag " + std::to_string(flag->id) + " ended " +
                                                            to_iso(*checked.end_date)));
  transaction.commit();
  return Response::redirect(section_href(*summary, flags_section) + "?saved=ended");
}

}  // namespace

void add_flag_pages(Routes& routes) {
  using access::Permission;
  auto child = child_record_guard();
  routes.record_page(Method::get, "/children/{id}/flags", Permission::read_child_record, child, flags_page);
  routes.record_page(Method::get, "/children/{id}/flags/new", Permission::record_practice, child, new_flag_form);
  routes.record_page(Method::post, "/children/{id}/flags/new", Permission::record_practice, child, raise_flag);
  routes.record_page(Method::get, "/children/{id}/flags/{flag}/review", Permission::record_practice, child,
                     review_flag_form);
  routes.record_page(Method::post, "/children/{id}/flags/{flag}/review", Permission::record_practice, child,
                     review_flag);
  routes.record_page(Method::get, "/children/{id}/flags/{flag}/end", Permission::record_practice, child, end_flag_form);
  routes.record_page(Method::post, "/children/{id}/flags/{flag}/end", Permission::record_practice, child, end_flag);
}

}  // namespace pathway::web
