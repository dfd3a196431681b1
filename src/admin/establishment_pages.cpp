// The secure estate's establishments as reference data: the list, adding one, changing its
// name, type, ages and whether it still holds children, retiring and reinstating it. Each
// change and its audit event are written in one transaction; a form with mistakes changes
// nothing.
#include "access/audit.h"
#include "admin/admin_views.h"
#include "admin/establishment_form.h"
#include "justice/form_checks.h"
#include "justice/record_labels.h"
#include "store/transaction.h"
#include "web/app.h"

namespace pathway::web {

namespace {

using reference::Establishment;
using reference::EstablishmentDetails;

constexpr std::string_view list_path = "/admin/establishments";

std::string establishment_href(std::int64_t id) { return std::string(list_path) + "/" + std::to_string(id); }

std::string ages_label(const EstablishmentDetails& details) {
  if (!details.oldest_age) return std::to_string(details.youngest_age) + " and over";
  return std::to_string(details.youngest_age) + " to " + std::to_string(*details.oldest_age);
}

// What the audit detail says of an establishment.
std::string described(const EstablishmentDetails& details) {
  return "'" + details.name + "', " + details.establishment_type + ", ages " + ages_label(details) +
         (details.holds_children ? "" : ", no longer holds children");
}

Response establishment_not_found(PageContext& context) {
  return message_page(context, 404, "Establishment not found", "There is no establishment with that number.");
}

std::optional<Establishment> named_establishment(PageContext& context, store::Connection& connection) {
  auto id = justice::whole_number(context.params.at("establishment"), 18);
  if (!id) return std::nullopt;
  return reference::find_establishment(connection, *id);
}

Response list_establishments(PageContext& context) {
  auto connection = context.database.acquire();
  auto establishments = reference::list_establishments(*connection);
  connection.reset();
  ViewData data = layout_data(context, "Secure establishments", std::string(list_path));
  ViewList rows;
  for (const auto& establishment : establishments) {
    ViewData row;
    row.set("name", establishment.details.name);
    row.set("href", establishment_href(establishment.id));
    row.set("type", justice::establishment_type_label(establishment.details.establishment_type));
    row.set("ages", ages_label(establishment.details));
    row.set("holds_children", establishment.details.holds_children);
    row.set("retired", establishment.retired);
    rows.push_back(std::move(row));
  }
  data.set("establishments", std::move(rows));
  std::string done = context.query_value("done");
  if (done == "saved" || done == "retired" || done == "reinstated") {
    ViewData banner;
    banner.set("heading", "Establishment " + done);
    data.set("notification", std::move(banner));
  }
  return render_page(context, pages::establishments, data);
}

admin::EstablishmentForm read_form(const PageContext& context) {
  return {context.form_value("name"), context.form_value("type"), context.form_value("youngest-age"),
          context.form_value("oldest-age"), context.form_value("holds-children")};
}

admin::EstablishmentForm form_of(const EstablishmentDetails& details) {
  return {details.name, details.establishment_type, std::to_string(details.youngest_age),
          details.oldest_age ? std::to_string(*details.oldest_age) : "", details.holds_children ? "yes" : "no"};
}

Response form_page(PageContext& context, const admin::EstablishmentForm& form, const Establishment* existing,
                   const std::vector<FieldError>& errors, int status) {
  std::string title = existing ? "Change " + existing->details.name : "Add an establishment";
  ViewData data = layout_data(context, title, std::string(list_path));
  admin::set_back_link(data, std::string(list_path), "Back to secure establishments");
  data.set("heading", title);
  data.set("creating", existing == nullptr);
  data.set("action", existing ? establishment_href(existing->id) : std::string(list_path) + "/new");
  data.set("name", form.name);
  ViewList types;
  for (auto type : justice::establishment_types()) {
    ViewData item;
    item.set("value", std::string(type));
    item.set("label", justice::establishment_type_label(type));
    item.set("checked", form.establishment_type == type);
    item.set("first", types.empty());
    types.push_back(std::move(item));
  }
  data.set("types", std::move(types));
  data.set("youngest_age", form.youngest_age);
  data.set("oldest_age", form.oldest_age);
  data.set("holds_children_yes", form.holds_children == "yes");
  data.set("holds_children_no", form.holds_children == "no");
  if (existing) {
    data.set("retired", existing->retired);
    data.set("retire_action", establishment_href(existing->id) + (existing->retired ? "/reinstate" : "/retire"));
  }
  add_errors(data, errors);
  return render_page(context, pages::establishment_form, data, status);
}

Response new_establishment_form(PageContext& context) {
  admin::EstablishmentForm blank;
  blank.holds_children = "yes";
  return form_page(context, blank, nullptr, {}, 200);
}

Response edit_establishment_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto establishment = named_establishment(context, *connection);
  connection.reset();
  if (!establishment) return establishment_not_found(context);
  return form_page(context, form_of(establishment->details), &*establishment, {}, 200);
}

// Adds the establishment (no `existing`) or saves its details.
Response save_establishment(PageContext& context, bool creating) {
  admin::EstablishmentForm form = read_form(context);
  auto connection = context.database.acquire();
  store::Transaction transaction(*connection);
  std::optional<Establishment> existing;
  if (!creating) {
    existing = named_establishment(context, *connection);
    if (!existing) return establishment_not_found(context);
  }
  auto checked = admin::validate_establishment_form(form, reference::list_establishments(*connection),
                                                    existing ? existing->id : 0);
  if (!checked.details) return form_page(context, form, existing ? &*existing : nullptr, checked.errors, 422);
  // A save that changes nothing writes nothing, not even an audit event.
  if (existing && existing->details == *checked.details) {
    return Response::redirect(std::string(list_path) + "?done=saved");
  }
  std::int64_t id = existing ? existing->id : reference::add_establishment(*connection, *checked.details);
  if (existing) reference::update_establishment(*connection, id, *checked.details);
  std::string detail = existing ? described(existing->details) + " -> " + described(*checked.details)
                                : described(*checked.details);
  access::record_audit_event(*connection, context.audit(creating ? "establishment.create" : "establishment.update",
                                                        "establishment", std::to_string(id), detail));
  transaction.commit();
  return Response::redirect(std::string(list_path) + "?done=saved");
}

PageHandler set_retired(bool retired) {
  return [retired](PageContext& context) {
    auto connection = context.database.acquire();
    store::Transaction transaction(*connection);
    auto establishment = named_establishment(context, *connection);
    if (!establishment) return establishment_not_found(context);
    reference::set_establishment_retired(*connection, establishment->id, retired);
    access::record_audit_event(*connection,
                               context.audit(retired ? "establishment.retire" : "establishment.reinstate",
                                             "establishment", std::to_string(establishment->id),
                                             "'" + establishment->details.name + "'"));
    transaction.commit();
    return Response::redirect(std::string(list_path) + (retired ? "?done=retired" : "?done=reinstated"));
  };
}

}  // namespace

void add_establishment_pages(Routes& routes) {
  using access::Permission;
  constexpr auto may = Permission::manage_reference_data;
  routes.page(Method::get, "/admin/establishments", may, list_establishments);
  routes.page(Method::get, "/admin/establishments/new", may, new_establishment_form);
  routes.page(Method::post, "/admin/establishments/new", may,
              [](PageContext& context) { return save_establishment(context, true); });
  routes.page(Method::get, "/admin/establishments/{establishment}", may, edit_establishment_form);
  routes.page(Method::post, "/admin/establishments/{establishment}", may,
              [](PageContext& context) { return save_establishment(context, false); });
  routes.page(Method::post, "/admin/establishments/{establishment}/retire", may, set_retired(true));
  routes.page(Method::post, "/admin/establishments/{establishment}/reinstate", may, set_retired(false));
}

}  // namespace pathway::web
