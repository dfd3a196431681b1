// Every route of assessments, in the order the router needs: the fixed addresses
// ("new", "compare") before /children/{id}/assessments/{assessment}.
#include "practice/assessments/assessment_pages.h"

namespace pathway::web {

void add_practice_assessment_pages(Routes& routes) {
  add_assessment_list_pages(routes);
  add_assessment_compare_page(routes);
  add_assessment_form_pages(routes);
  add_assessment_pages(routes);
  add_assessment_template_pages(routes);
}

}  // namespace pathway::web
