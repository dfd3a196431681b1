#include "children/child_views.h"

#include <map>

#include "justice/current_status_views.h"
#include "reference/ethnicity.h"

namespace pathway::children {

namespace {

web::ViewData option(std::string_view value, std::string_view label, bool selected) {
  web::ViewData item;
  item.set("value", std::string(value));
  item.set("label", std::string(label));
  item.set("selected", selected);
  return item;
}

std::string district_name(const std::vector<reference::District>& districts, const std::string& code) {
  for (const auto& district : districts) {
    if (district.code == code) return district.name;
  }
  return code;
}

const std::map<std::string, std::string>& field_labels() {
  static const std::map<std::string, std::string> labels = {
      {"given_name", "Given name"}, {"family_name", "Family name"}, {"date_of_birth", "Date of birth"},
      {"sex", "Sex"},               {"ethnicity", "Ethnicity"},     {"district_code", "Home district"},
      {"looked_after", "Looked after"},
  };
  return labels;
}

// A stored value as people read it: labels, not codes.
std::string readable(const std::string& field, const std::optional<std::string>& value,
                     const std::vector<reference::District>& districts) {
  if (!value) return "Not known";
  if (field == "date_of_birth") {
    auto date = parse_iso_date(*value);
    return date ? to_display(*date) : *value;
  }
  if (field == "sex") return std::string(sex_label(sex_from_code(*value).value_or(Sex::unknown)));
  if (field == "ethnicity") {
    auto label = reference::ethnicity_label(*value);
    return label ? std::string(*label) + " (" + *value + ")" : *value;
  }
  if (field == "district_code") return district_name(districts, *value);
  if (field == "looked_after") {
    return std::string(looked_after_label(looked_after_from_code(*value).value_or(LookedAfter::unknown)));
  }
  return *value;
}

web::ViewData row(std::string key, std::string value) {
  web::ViewData item;
  item.set("key", std::move(key));
  item.set("value", std::move(value));
  return item;
}

}  // namespace

void add_form_data(web::ViewData& data, const ChildForm& form, const std::vector<reference::District>& districts) {
  data.set("given_name", form.given_name);
  data.set("family_name", form.family_name);
  data.set("dob_day", form.dob_day);
  data.set("dob_month", form.dob_month);
  data.set("dob_year", form.dob_year);

  web::ViewList sexes;
  for (Sex sex : {Sex::male, Sex::female, Sex::unknown}) {
    sexes.push_back(option(sex_code(sex), sex_label(sex), form.sex == sex_code(sex)));
  }
  data.set("sexes", sexes);

  web::ViewList ethnicities;
  ethnicities.push_back(option("", "Not recorded", form.ethnicity.empty()));
  for (const auto& ethnicity : reference::ethnicities()) {
    ethnicities.push_back(option(ethnicity.code, std::string(ethnicity.label) + " (" + std::string(ethnicity.code) + ")",
                                 form.ethnicity == ethnicity.code));
  }
  data.set("ethnicities", ethnicities);

  web::ViewList district_options;
  district_options.push_back(option("", "Select a district", form.district_code.empty()));
  for (const auto& district : districts) {
    district_options.push_back(option(district.code, district.name + " (" + district.area_name + ")",
                                      form.district_code == district.code));
  }
  data.set("districts", district_options);

  web::ViewList looked_after;
  for (LookedAfter status : {LookedAfter::yes, LookedAfter::no, LookedAfter::unknown}) {
    std::string_view code = status == LookedAfter::unknown ? "unknown" : looked_after_code(status);
    bool selected = form.looked_after == code || (status == LookedAfter::unknown && form.looked_after.empty());
    looked_after.push_back(option(code, looked_after_label(status), selected));
  }
  data.set("looked_after_options", looked_after);
}

ChildForm form_from(const ChildDetails& details) {
  auto date = details.date_of_birth;
  std::string_view looked_after = looked_after_code(details.looked_after);
  return {details.given_name,
          details.family_name,
          std::to_string(static_cast<unsigned>(date.day())),
          std::to_string(static_cast<unsigned>(date.month())),
          std::to_string(static_cast<int>(date.year())),
          std::string(sex_code(details.sex)),
          details.ethnicity.value_or(""),
          details.district_code,
          looked_after.empty() ? "unknown" : std::string(looked_after)};
}

web::ViewData child_summary_data(const ChildSummary& summary, Date today) {
  const Child& child = summary.child;
  web::ViewData item;
  item.reserve(11);  // one object per row of every list: no regrowth
  item.set("public_id", child.public_id);
  item.set("href", "/children/" + child.public_id);
  item.set("full_name", full_name(child.details));
  item.set("given_name", child.details.given_name);
  item.set("family_name", child.details.family_name);
  item.set("date_of_birth", to_display(child.details.date_of_birth));
  item.set("age", std::to_string(age_on(child.details.date_of_birth, today)));
  item.set("district", summary.district_name);
  item.set("version", std::to_string(child.version));
  item.set("held_by", held_by(summary));
  item.set("may_open", summary.may_open);
  return item;
}

std::string held_by(const ChildSummary& summary) {
  if (summary.case_manager_name.empty()) {
    return summary.holding_team_name.empty() ? "Not allocated" : summary.holding_team_name + " (not allocated)";
  }
  return summary.holding_team_name.empty() ? summary.case_manager_name
                                           : summary.case_manager_name + ", " + summary.holding_team_name;
}

web::ViewList child_detail_rows(const ChildSummary& summary, Date today, const justice::CurrentStatus& status) {
  const ChildDetails& details = summary.child.details;
  web::ViewList rows;
  rows.push_back(row("Given name", details.given_name));
  rows.push_back(row("Family name", details.family_name));
  rows.push_back(row("Date of birth", to_display(details.date_of_birth) + " (age " +
                                          std::to_string(age_on(details.date_of_birth, today)) + ")"));
  rows.push_back(row("Sex", std::string(sex_label(details.sex))));
  rows.push_back(row("Ethnicity", readable("ethnicity", details.ethnicity, {})));
  rows.push_back(row("Home district", summary.district_name));
  rows.push_back(row("Looked after", justice::looked_after_by_remand_text(status).value_or(
                                         std::string(looked_after_label(details.looked_after)))));
  rows.push_back(row("Held by", held_by(summary)));
  rows.push_back(row("Pathway reference", summary.child.public_id));
  return rows;
}

std::string field_label(const std::string& field) {
  auto label = field_labels().find(field);
  return label == field_labels().end() ? field : label->second;
}

web::ViewList history_data(const std::vector<ChildChange>& changes, const std::vector<reference::District>& districts) {
  web::ViewList versions;
  for (std::size_t i = 0; i < changes.size();) {
    const ChildChange& first = changes[i];
    web::ViewData version;
    version.set("version", std::to_string(first.version));
    version.set("created", first.version == 1);
    auto instant = parse_iso_instant(first.changed_at);
    version.set("changed_at", instant ? to_uk_local_display(*instant) : first.changed_at);
    version.set("changed_by", first.changed_by_name);
    if (first.reason) version.set("reason", *first.reason);
    web::ViewList fields;
    for (; i < changes.size() && changes[i].version == first.version; ++i) {
      const ChildChange& change = changes[i];
      web::ViewData field;
      field.set("label", field_label(change.field));
      field.set("old_value", readable(change.field, change.old_value, districts));
      field.set("new_value", readable(change.field, change.new_value, districts));
      fields.push_back(field);
    }
    version.set("fields", fields);
    versions.push_back(version);
  }
  return versions;
}

}  // namespace pathway::children
