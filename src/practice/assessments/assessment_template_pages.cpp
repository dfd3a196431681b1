// The administrator's view of the assessment templates (/admin/assessment-templates: every
// version of each, the newest marked; /admin/assessment-templates/{template}: its sections
// and questions). Read-only: the templates come from their data file through migrations
// (decision 0028 says what editing them here would need).
#include "justice/form_checks.h"
#include "practice/assessments/assessment_pages.h"
#include "practice/need_areas.h"

namespace pathway::web {

namespace {

std::string type_words(const practice::Question& question) {
  switch (question.type) {
    case practice::AnswerType::text: return "Text";
    case practice::AnswerType::yes_no: return "Yes or no";
    case practice::AnswerType::choice: return "One choice";
    case practice::AnswerType::rating: return "Rating";
    case practice::AnswerType::scale:
      return "Scale from " + std::to_string(question.min.value_or(0)) + " to " + std::to_string(question.max.value_or(0));
    case practice::AnswerType::date: return "Date";
    case practice::AnswerType::number: return "Whole number";
  }
  return "";
}

Response template_list(PageContext& context) {
  auto connection = context.database.acquire();
  ViewData data = layout_data(context, "Assessment templates", "/admin/assessment-templates");
  ViewList rows;
  for (const auto& version : practice::template_versions(*connection)) {
    ViewData row;
    row.set("href", "/admin/assessment-templates/" + std::to_string(version.id));
    row.set("title", version.title);
    row.set("version", std::to_string(version.version));
    row.set("latest", version.latest);
    row.set("loaded", version.loaded_at.substr(0, 10));
    rows.push_back(std::move(row));
  }
  data.set("templates", std::move(rows));
  return render_page(context, pages::assessment_templates, data);
}

Response template_detail(PageContext& context) {
  auto connection = context.database.acquire();
  auto id = justice::whole_number(context.params.at("template"), 9);
  auto form = id ? practice::load_template(*connection, *id) : std::nullopt;
  if (!form) return message_page(context, 404, "Template not found", "There is no such assessment template.");
  ViewData data = layout_data(context, form->title + ", version " + std::to_string(form->version),
                              "/admin/assessment-templates");
  ViewData back;
  back.set("href", "/admin/assessment-templates");
  back.set("text", "Back to assessment templates");
  data.set("back_link", back);
  data.set("title", form->title);
  data.set("version", std::to_string(form->version));
  data.set("description", form->description);
  ViewList sections;
  for (const auto& section : form->sections) {
    ViewData item;
    item.set("title", section.title);
    ViewList questions;
    for (const auto& question : section.questions) {
      ViewData row;
      row.set("text", question.text);
      row.set("code", question.code);
      row.set("type", type_words(question));
      row.set("required", question.required ? std::string("Required") : std::string("Optional"));
      std::string options;
      for (const auto& choice : question.choices) options += (options.empty() ? "" : ", ") + choice.label;
      row.set("options", options);
      auto area = practice::need_area(question.need_area);
      row.set("need", area ? std::string(area->label) : std::string());
      questions.push_back(std::move(row));
    }
    item.set("questions", std::move(questions));
    sections.push_back(std::move(item));
  }
  data.set("sections", std::move(sections));
  return render_page(context, pages::assessment_template, data);
}

}  // namespace

void add_assessment_template_pages(Routes& routes) {
  using access::Permission;
  routes.page(Method::get, "/admin/assessment-templates", Permission::manage_reference_data, template_list);
  routes.page(Method::get, "/admin/assessment-templates/{template}", Permission::manage_reference_data,
              template_detail);
}

}  // namespace pathway::web
