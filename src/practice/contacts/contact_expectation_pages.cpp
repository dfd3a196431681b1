// The contact expectations an administrator sets (/admin/contact-expectations): for each
// intensity level, how many contacts in how many days. Saving checks every level first and
// saves them all with one audit event, or none.
#include "access/audit.h"
#include "practice/contacts/contact_monitoring.h"
#include "practice/contacts/contact_page_templates.h"
#include "store/transaction.h"
#include "web/app.h"

namespace pathway::web {

namespace {

struct TypedExpectation {
  std::string contacts;
  std::string period_days;
};

std::optional<int> number_in(const std::string& typed, int most) {
  if (typed.empty() || typed.size() > 3) return std::nullopt;
  int value = 0;
  for (char c : typed) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  if (value < 1 || value > most) return std::nullopt;
  return value;
}

Response expectations_page(PageContext& context, const std::vector<TypedExpectation>& typed,
                           const std::vector<FieldError>& errors, int status) {
  ViewData data = layout_data(context, "Contact expectations", "/admin/contact-expectations");
  ViewList levels;
  const auto& intensities = allocation::all_intensities();
  for (std::size_t i = 0; i < intensities.size(); ++i) {
    std::string code(allocation::intensity_code(intensities[i]));
    auto preset = practice::default_contact_expectation(intensities[i]);
    ViewData level;
    level.set("code", code);
    level.set("label", std::string(allocation::intensity_label(intensities[i])));
    level.set("contacts", typed[i].contacts);
    level.set("period_days", typed[i].period_days);
    level.set("default", std::to_string(preset.contacts) + " in " + std::to_string(preset.period_days) + " days");
    for (const auto& error : errors) {
      if (error.field.starts_with(code) && !level.get("error")) level.set("error", error.text);
    }
    levels.push_back(std::move(level));
  }
  data.set("levels", levels);
  data.set("most_contacts", std::to_string(practice::max_expectation_contacts));
  data.set("most_days", std::to_string(practice::max_expectation_days));
  if (context.query_value("saved") == "yes") {
    ViewData banner;
    banner.set("heading", "Contact expectations saved");
    data.set("notification", banner);
  }
  add_errors(data, errors);
  return render_page(context, pages::contact_expectations, data, status);
}

Response show_expectations(PageContext& context) {
  auto connection = context.database.acquire();
  std::vector<TypedExpectation> typed;
  for (auto intensity : allocation::all_intensities()) {
    auto expectation = practice::contact_expectation(*connection, intensity);
    typed.push_back({std::to_string(expectation.contacts), std::to_string(expectation.period_days)});
  }
  return expectations_page(context, typed, {}, 200);
}

Response save_expectations(PageContext& context) {
  std::vector<TypedExpectation> typed;
  std::vector<practice::ContactExpectation> checked;
  std::vector<FieldError> errors;
  for (auto intensity : allocation::all_intensities()) {
    std::string code(allocation::intensity_code(intensity));
    std::string label(allocation::intensity_label(intensity));
    TypedExpectation level{context.form_value(code + "-contacts"), context.form_value(code + "-days")};
    auto contacts = number_in(level.contacts, practice::max_expectation_contacts);
    auto days = number_in(level.period_days, practice::max_expectation_days);
    if (!contacts) {
      errors.push_back({code + "-contacts", label + ": enter the contacts, a whole number from 1 to " +
                                                std::to_string(practice::max_expectation_contacts)});
    }
    if (!days) {
      errors.push_back({code + "-days", label + ": enter the days, a whole number from 1 to " +
                                            std::to_string(practice::max_expectation_days)});
    }
    if (contacts && days) checked.push_back({*contacts, *days});
    typed.push_back(std::move(level));
  }
  if (!errors.empty()) return expectations_page(context, typed, errors, 422);
  auto connection = context.database.acquire();
  store::Transaction transaction(*connection);
  std::string detail;
  const auto& intensities = allocation::all_intensities();
  for (std::size_t i = 0; i < intensities.size(); ++i) {
    auto before = practice::contact_expectation(*connection, intensities[i]);
    if (before == checked[i]) continue;
    practice::set_contact_expectation(*connection, intensities[i], checked[i], context.username());
    detail += (detail.empty() ? "" : "; ") + std::string(allocation::intensity_code(intensities[i])) + ": " +
              std::to_string(checked[i].contacts) + " in " + std::to_string(checked[i].period_days) + " days";
  }
  if (!detail.empty()) {
    access::record_audit_event(*connection, context.audit("contact_expectations.set", "", "", detail));
  }
  transaction.commit();
  return Response::redirect("/admin/contact-expectations?saved=yes");
}

}  // namespace

void add_contact_expectation_pages(Routes& routes) {
  using access::Permission;
  routes.page(Method::get, "/admin/contact-expectations", Permission::manage_reference_data, show_expectations);
  routes.page(Method::post, "/admin/contact-expectations", Permission::manage_reference_data, save_expectations);
}

}  // namespace pathway::web
