#pragma once
// The routes of a child's formulation and plan, in their three files; add_plan_pages
// (plan_pages.cpp, called by web/app.cpp) adds them all.
#include "web/app.h"

namespace pathway::web {

void add_formulation_pages(Routes& routes);  // formulation_pages.cpp
void add_plan_form_pages(Routes& routes);    // plan_form_pages.cpp

}  // namespace pathway::web
