#pragma once
// Every page Pathway renders, declared in this one place with the template it uses and
// whether it shows personal data: a child's name, date of birth, record or history, or a
// list of children. render_page (web/page.h) takes these declarations, not template names,
// so a page cannot be rendered without being declared here; and it refuses to render a
// page that shows personal data unless the request has already recorded, durably, who was
// shown it (PageContext::record_view). One template may serve two pages, one of each kind:
// the form for adding a child shows only what the user typed until it warns of possible
// duplicates, which are other children's records.
#include <string_view>

namespace pathway::web {

// A page that shows no personal data from the records.
struct PageTemplate {
  std::string_view name;  // the template file under templates/, without ".mustache"
};

// A page that shows personal data: rendered only after its audit event is recorded.
struct PersonalDataTemplate {
  std::string_view name;
};

namespace pages {

inline constexpr PageTemplate home{"home"};
inline constexpr PageTemplate accessibility{"accessibility"};
inline constexpr PageTemplate privacy{"privacy"};
inline constexpr PageTemplate sign_in{"sign_in"};
inline constexpr PageTemplate message{"message"};  // 404, 403, 500...: a heading and a sentence
// The search form with a mistake in what was typed: no search was run, no child is listed.
inline constexpr PageTemplate children_search_errors{"children/list"};
// Adding a child: the blank form, or what the user typed with its errors or age warning.
inline constexpr PageTemplate new_child_form{"children/form"};
// The audit search form with a mistake in what was typed: no search was run.
inline constexpr PageTemplate audit_search_errors{"audit/search"};

inline constexpr PersonalDataTemplate children_list{"children/list"};
inline constexpr PersonalDataTemplate child_record{"children/view"};
inline constexpr PersonalDataTemplate child_history{"children/history"};
// Correcting a child's record (with its errors, warnings, or others' changes since it was
// opened), or any form that warns of possible duplicates.
inline constexpr PersonalDataTemplate child_form{"children/form"};
// The audit trail names people, records and what they searched for.
inline constexpr PersonalDataTemplate audit_search{"audit/search"};
inline constexpr PersonalDataTemplate record_viewers{"audit/viewers"};

}  // namespace pages

}  // namespace pathway::web
