// A child's family and network (/children/{id}/network): parents, carers and others in the
// child's life, and the professionals involved, with the forms adding a member
// (/network/new?kind=family or professional) and changing one. Anyone who may open the
// record reads it; those who record practice change it. Each change and its audit event
// are saved in one transaction.
#include "access/audit.h"
#include "access/audit_records.h"
#include "children/child_record_guard.h"
#include "justice/court_vocabulary.h"
#include "justice/form_checks.h"
#include "justice/justice_page_data.h"
#include "practice/network/network_form.h"
#include "practice/network/relationships.h"
#include "practice/practice_page.h"
#include "store/transaction.h"
#include "web/saved_banner.h"

namespace pathway::web {

namespace {

constexpr std::string_view network_section = "network";

void set_network_banner(PageContext& context, ViewData& data) {
  static const SavedBanner banners[] = {{"added", "Added to the network"},
                                                                          {"changed", "Details saved"}};
  add_saved_banner(context, data, banners);
}

std::string members_shown(const std::vector<practice::NetworkMember>& members) {
  std::vector<access::NamedRecord> shown;
  for (const auto& member : members) shown.push_back({"network_member", std::to_string(member.id)});
  return access::shown_records(shown);
}

ViewData member_row(const children::ChildSummary& summary, const practice::NetworkMember& member, bool may_change) {
  const auto& details = member.details;
  ViewData row;
  row.set("id", std::to_string(member.id));
  row.set("name", details.name);
  row.set("relationship", practice::relationship_label(details.relationship));
  if (!details.agency.empty()) row.set("agency", details.agency);
  if (!details.phone.empty()) row.set("phone", details.phone);
  if (!details.email.empty()) row.set("email", details.email);
  if (!details.address.empty()) row.set("address", details.address);
  if (details.parental_responsibility) {
    row.set("parental_responsibility", std::string(*details.parental_responsibility ? "Yes" : "No"));
  }
  row.set("may_contact", details.may_contact);
  row.set("no_contact_reason", details.no_contact_reason);
  row.set("may_change", may_change);
  row.set("edit_href", section_href(summary, network_section) + "/" + std::to_string(member.id) + "/edit");
  return row;
}

Response network_page(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto members = practice::network_of(*connection, summary->child.id);
  context.record_view("child.network", "child", summary->child.public_id,
                      members.empty() ? "no one recorded" : members_shown(members));
  ViewData data = practice_page_data(context, *connection, *summary,
                                     "Family and network: " + children::full_name(summary->child.details), network_section,
                                     "network");
  set_network_banner(context, data);
  bool may_change = context.may(access::Permission::record_practice);
  ViewList family, professionals;
  for (const auto& member : members) {
    (member.details.member_kind == practice::professional_member ? professionals : family)
        .push_back(member_row(*summary, member, may_change));
  }
  data.set("has_family", !family.empty());
  data.set("family", std::move(family));
  data.set("has_professionals", !professionals.empty());
  data.set("professionals", std::move(professionals));
  data.set("may_change", may_change);
  std::string base = section_href(*summary, network_section);
  data.set("add_family_href", base + "/new?kind=family");
  data.set("add_professional_href", base + "/new?kind=professional");
  return render_page(context, pages::child_network, data);
}

// --- The forms ----------------------------------------------------------------------

ViewList choices(const std::vector<justice::CodeWords>& list, const std::string& chosen) {
  ViewList options;
  for (const auto& item : list) {
    ViewData option;
    option.set("value", std::string(item.code));
    option.set("label", std::string(item.words));
    option.set("selected", chosen == item.code);
    options.push_back(std::move(option));
  }
  return options;
}

ViewList yes_no_options(const std::string& id, const std::string& chosen) {
  ViewList options;
  for (std::string value : {"yes", "no"}) {
    ViewData option;
    option.set("id", value == "yes" ? id : id + "-no");
    option.set("value", value);
    option.set("label", std::string(value == "yes" ? "Yes" : "No"));
    option.set("checked", chosen == value);
    options.push_back(std::move(option));
  }
  return options;
}

// The form, blank or as typed: to add a member (`id` 0) or change member `id`.
Response member_form_page(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                          std::int64_t id, const practice::MemberForm& form, const std::vector<FieldError>& errors,
                          int status) {
  bool professional = form.member_kind == practice::professional_member;
  std::string heading = id != 0 ? (professional ? "Change a professional's details" : "Change a person's details")
                                : (professional ? "Add a professional" : "Add a family member, carer or other person");
  ViewData data = practice_page_data(context, connection, summary, heading, network_section, "network", "Back to the network");
  std::string base = section_href(summary, network_section);
  data.set("heading", heading);
  data.set("action", id != 0 ? base + "/" + std::to_string(id) + "/edit" : base + "/new?kind=" + form.member_kind);
  data.set("cancel_href", base);
  data.set("professional", professional);
  data.set("kind", form.member_kind);
  data.set("name", form.name);
  data.set("relationships", choices(practice::relationships_of(form.member_kind), form.relationship));
  data.set("agency", form.agency);
  data.set("phone", form.phone);
  data.set("email", form.email);
  data.set("address", form.address);
  data.set("responsibility_options", yes_no_options("parental-responsibility", form.parental_responsibility));
  data.set("contact_options", yes_no_options("may-contact", form.may_contact));
  data.set("no_contact_reason", form.no_contact_reason);
  add_errors(data, errors);
  return render_page(context, pages::network_member_form, data, status);
}

// "family" or "professional" from the address; "" when it is neither.
std::string kind_asked(const PageContext& context) {
  std::string kind = context.query_value("kind");
  return kind == practice::family_member || kind == practice::professional_member ? kind : "";
}

Response kind_not_found(PageContext& context, const children::ChildSummary& summary) {
  context.record_view("child.network_form", "child", summary.child.public_id, "no such kind of member");
  return message_page(context, 404, "Page not found",
                      "Add a family member or carer, or a professional, from the child's network page.");
}

practice::MemberForm posted_member(const PageContext& context, const std::string& kind) {
  return {kind,
          context.form_value("name"),
          context.form_value("relationship"),
          context.form_value("agency"),
          context.form_value("phone"),
          context.form_value("email"),
          context.form_value("address"),
          context.form_value("parental-responsibility"),
          context.form_value("may-contact"),
          context.form_value("no-contact-reason")};
}

Response new_member_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  std::string kind = kind_asked(context);
  if (kind.empty()) return kind_not_found(context, *summary);
  context.record_view("child.network_form", "child", summary->child.public_id);
  practice::MemberForm form;
  form.member_kind = kind;
  return member_form_page(context, *connection, *summary, 0, form, {}, 200);
}

Response add_member(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  std::string kind = kind_asked(context);
  if (kind.empty()) return kind_not_found(context, *summary);
  const std::string& public_id = summary->child.public_id;
  auto form = posted_member(context, kind);
  auto checked = practice::check_member(form);
  if (!checked.details) {
    context.record_view("child.network_form", "child", public_id, "nothing saved: the form had errors");
    return member_form_page(context, *connection, *summary, 0, form, checked.errors, 422);
  }
  store::Transaction transaction(*connection);
  std::int64_t id = practice::add_network_member(*connection, summary->child.id, *checked.details, context.username());
  access::record_audit_event(*connection, context.audit("network.add", "child", public_id,
                                                        "network member " + std::to_string(id) + ", " +
                                                            checked.details->relationship));
  transaction.commit();
  return Response::redirect(section_href(*summary, network_section) + "?saved=added");
}

std::optional<practice::NetworkMember> member_in_address(PageContext& context, store::Connection& connection,
                                                         const children::ChildSummary& summary) {
  auto id = justice::whole_number(context.params.at("member"), 18);
  if (!id) return std::nullopt;
  return practice::find_network_member(connection, summary.child.id, *id);
}

Response member_not_found(PageContext& context, const children::ChildSummary& summary) {
  context.record_view("child.network_form", "child", summary.child.public_id, "no such member of the network");
  return message_page(context, 404, "Not found", "This child's network has no such person.");
}

Response edit_member_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto member = member_in_address(context, *connection, *summary);
  if (!member) return member_not_found(context, *summary);
  context.record_view("child.network_form", "child", summary->child.public_id, members_shown({*member}));
  return member_form_page(context, *connection, *summary, member->id, practice::form_showing(member->details), {}, 200);
}

Response change_member(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto member = member_in_address(context, *connection, *summary);
  if (!member) return member_not_found(context, *summary);
  const std::string& public_id = summary->child.public_id;
  auto form = posted_member(context, member->details.member_kind);
  auto checked = practice::check_member(form);
  if (!checked.details) {
    context.record_view("child.network_form", "child", public_id,
                        "nothing saved: the form had errors; " + members_shown({*member}));
    return member_form_page(context, *connection, *summary, member->id, form, checked.errors, 422);
  }
  store::Transaction transaction(*connection);
  practice::update_network_member(*connection, member->id, *checked.details);
  access::record_audit_event(*connection, context.audit("network.change", "child", public_id,
                                                        "network member " + std::to_string(member->id)));
  transaction.commit();
  return Response::redirect(section_href(*summary, network_section) + "?saved=changed");
}

}  // namespace

void add_network_pages(Routes& routes) {
  using access::Permission;
  auto child = child_record_guard();
  routes.record_page(Method::get, "/children/{id}/network", Permission::read_child_record, child, network_page);
  routes.record_page(Method::get, "/children/{id}/network/new", Permission::record_practice, child, new_member_form);
  routes.record_page(Method::post, "/children/{id}/network/new", Permission::record_practice, child, add_member);
  routes.record_page(Method::get, "/children/{id}/network/{member}/edit", Permission::record_practice, child,
                     edit_member_form);
  routes.record_page(Method::post, "/children/{id}/network/{member}/edit", Permission::record_practice, child,
                     change_member);
}

}  // namespace pathway::web
