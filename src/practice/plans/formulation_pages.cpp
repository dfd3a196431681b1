// Writing the child's case formulation (/children/{id}/plan/formulation): the form holds the
// newest version's text; saving keeps it and adds the next version, with its audit event in
// the same transaction. A section too long or with control characters: the GOV.UK error
// summary, nothing saved.
#include <map>

#include "access/audit.h"
#include "children/child_record_guard.h"
#include "core/clock.h"
#include "core/dates.h"
#include "core/text.h"
#include "justice/justice_page_data.h"
#include "practice/plans/formulation.h"
#include "practice/plans/plan_forms.h"
#include "practice/plans/plan_page_data.h"
#include "practice/plans/plan_routes.h"
#include "store/transaction.h"

namespace pathway::web {

namespace {

using Sections = std::map<std::string, std::string>;

Response formulation_form_page(PageContext& context, store::Connection& connection,
                               const children::ChildSummary& summary, const Sections& typed, int version,
                               const std::vector<FieldError>& errors, int status) {
  ViewData data = plan_page_data(context, connection, summary, "Case formulation");
  data.set("action", plan_href(summary) + "/formulation");
  data.set("version", std::to_string(version));
  data.set("has_version", version > 0);
  ViewList sections;
  for (const auto& section : practice::formulation_sections()) {
    ViewData item;
    std::string code(section.code);
    item.set("id", code);
    item.set("heading", std::string(section.heading));
    item.set("prompt", std::string(section.prompt));
    auto text = typed.find(code);
    item.set("text", text == typed.end() ? std::string() : text->second);
    for (const auto& error : errors) {
      if (error.field == code) item.set("error", error.text);
    }
    sections.push_back(std::move(item));
  }
  data.set("sections", std::move(sections));
  add_errors(data, errors);
  return render_page(context, pages::formulation_form, data, status);
}

Response edit_formulation(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto versions = practice::formulation_versions(*connection, summary->child.id);
  Sections newest = versions.empty() ? Sections{} : versions.front().sections;
  int version = versions.empty() ? 0 : versions.front().version;
  context.record_view("child.formulation_form", "child", summary->child.public_id,
                      version ? "formulation version " + std::to_string(version) : "no formulation");
  return formulation_form_page(context, *connection, *summary, newest, version, {}, 200);
}

Response save_formulation(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  const std::string& public_id = summary->child.public_id;
  Sections typed;
  std::vector<FieldError> errors;
  bool any = false;
  for (const auto& section : practice::formulation_sections()) {
    std::string code(section.code);
    std::string text(trim(context.form_value(code)));
    if (auto problem = practice::long_text_problem(text, practice::max_formulation_section)) {
      errors.push_back({code, std::string(section.heading) + " " + *problem});
    }
    any = any || !text.empty();
    typed[code] = std::move(text);
  }
  if (!any) errors.push_back({practice::formulation_sections().front().code.data(), "Write at least one section of the formulation"});
  if (!errors.empty()) {
    auto versions = practice::formulation_versions(*connection, summary->child.id);
    int version = versions.empty() ? 0 : versions.front().version;
    context.record_view("child.formulation_form", "child", public_id, "nothing saved: the form had errors");
    return formulation_form_page(context, *connection, *summary, typed, version, errors, 422);
  }
  store::Transaction transaction(*connection);
  auto saved = practice::save_formulation(*connection, summary->child.id, typed, context.staff().id,
                                          to_iso_instant(now_unix_seconds()));
  access::record_audit_event(*connection, context.audit("formulation.save", "child", public_id,
                                                        "formulation version " + std::to_string(saved.version)));
  transaction.commit();
  return Response::redirect(plan_href(*summary) + "?saved=formulation");
}

}  // namespace

void add_formulation_pages(Routes& routes) {
  using access::Permission;
  auto child = child_record_guard();
  routes.record_page(Method::get, "/children/{id}/plan/formulation", Permission::record_practice, child,
                     edit_formulation);
  routes.record_page(Method::post, "/children/{id}/plan/formulation", Permission::record_practice, child,
                     save_formulation);
}

}  // namespace pathway::web
