// Areas and districts: the list, and renaming one. Codes never change (records and
// exchange files refer to them); names are what people read. Adding places stays with the
// import (docs/exchange-format.md).
#include "access/audit.h"
#include "admin/admin_forms.h"
#include "admin/admin_views.h"
#include "reference/geography.h"
#include "store/transaction.h"
#include "web/app.h"

namespace pathway::web {

namespace {

// What differs between renaming an area and renaming a district.
struct PlaceKind {
  std::string_view noun;         // "district"
  std::string_view path;         // "/admin/districts/"
  std::string_view audit_action;  // "district.rename"
  std::optional<std::string> (*find_name)(store::Connection&, const std::string& code);
  bool (*rename)(store::Connection&, const std::string& code, const std::string& name);
};

std::optional<std::string> district_name(store::Connection& connection, const std::string& code) {
  auto district = reference::find_district(connection, code);
  if (!district) return std::nullopt;
  return district->name;
}

std::optional<std::string> area_name(store::Connection& connection, const std::string& code) {
  for (const auto& area : reference::list_areas(connection)) {
    if (area.code == code) return area.name;
  }
  return std::nullopt;
}

const PlaceKind district_kind{"district", "/admin/districts/", "district.rename", district_name,
                              reference::rename_district};
const PlaceKind area_kind{"area", "/admin/areas/", "area.rename", area_name, reference::rename_area};

Response list_places(PageContext& context) {
  auto connection = context.database.acquire();
  auto areas = reference::list_areas(*connection);
  auto districts = reference::list_districts(*connection);
  connection.reset();
  ViewData data = layout_data(context, "Areas and districts", "/admin/districts");
  ViewList area_rows;
  for (const auto& area : areas) {
    ViewData row;
    row.set("code", area.code);
    row.set("name", area.name);
    row.set("href", std::string(area_kind.path) + area.code);
    ViewList in_area;
    for (const auto& district : districts) {
      if (district.area_code != area.code) continue;
      ViewData item;
      item.set("code", district.code);
      item.set("name", district.name);
      item.set("href", std::string(district_kind.path) + district.code);
      in_area.push_back(std::move(item));
    }
    row.set("districts", std::move(in_area));
    area_rows.push_back(std::move(row));
  }
  data.set("areas", std::move(area_rows));
  if (context.query_value("done") == "renamed") {
    ViewData banner;
    banner.set("heading", "Name saved");
    data.set("notification", std::move(banner));
  }
  return render_page(context, pages::places, data);
}

Response place_form(PageContext& context, const PlaceKind& kind, const std::string& code, const std::string& name,
                    const std::vector<FieldError>& errors, int status) {
  std::string title = "Rename the " + std::string(kind.noun);
  ViewData data = layout_data(context, title, "/admin/districts");
  admin::set_back_link(data, "/admin/districts", "Back to areas and districts");
  data.set("heading", title);
  data.set("noun", std::string(kind.noun));
  data.set("code", code);
  data.set("name", name);
  data.set("action", std::string(kind.path) + code);
  add_errors(data, errors);
  return render_page(context, pages::place_form, data, status);
}

Response place_not_found(PageContext& context, const PlaceKind& kind) {
  return message_page(context, 404, "Not found", "There is no " + std::string(kind.noun) + " with that code.");
}

PageHandler show_form(const PlaceKind& kind) {
  return [&kind](PageContext& context) {
    const std::string& code = context.params.at("code");
    auto connection = context.database.acquire();
    auto name = kind.find_name(*connection, code);
    connection.reset();
    if (!name) return place_not_found(context, kind);
    return place_form(context, kind, code, *name, {}, 200);
  };
}

PageHandler rename(const PlaceKind& kind) {
  return [&kind](PageContext& context) {
    const std::string& code = context.params.at("code");
    std::string typed = context.form_value("name");
    auto connection = context.database.acquire();
    store::Transaction transaction(*connection);
    auto old_name = kind.find_name(*connection, code);
    if (!old_name) return place_not_found(context, kind);
    std::vector<FieldError> errors;
    auto name = admin::checked_name(typed, std::string(kind.noun) + " name", reference::max_place_name_length, "name",
                                    errors);
    if (!name) return place_form(context, kind, code, typed, errors, 422);
    if (*name != *old_name) {
      kind.rename(*connection, code, *name);
      access::record_audit_event(*connection, context.audit(std::string(kind.audit_action), std::string(kind.noun),
                                                            code, "'" + *old_name + "' -> '" + *name + "'"));
      transaction.commit();
    }
    return Response::redirect("/admin/districts?done=renamed");
  };
}

}  // namespace

void add_place_pages(Routes& routes) {
  using access::Permission;
  routes.page(Method::get, "/admin/districts", Permission::manage_reference_data, list_places);
  for (const PlaceKind* kind : {&district_kind, &area_kind}) {
    std::string pattern = std::string(kind->path) + "{code}";
    routes.page(Method::get, pattern, Permission::manage_reference_data, show_form(*kind));
    routes.page(Method::post, pattern, Permission::manage_reference_data, rename(*kind));
  }
}

}  // namespace pathway::web
