// The compiled renderer must give exactly kainjow's output, so the pages did not change
// when it replaced kainjow: kainjow (a Debian package) is the oracle here, on hand-picked
// cases for each rule and on every project template with many random data sets.
#include "app/resources.h"
#include "web/compiled_template.h"

#include <gtest/gtest.h>
#include <kainjow/mustache.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <random>
#include <regex>
#include <set>

#include "web/views.h"

namespace pathway::web {
namespace {

kainjow::mustache::data to_kainjow(const ViewData& value) {
  using kainjow::mustache::data;
  switch (value.kind()) {
    case ViewData::Kind::string: return data(value.string_value());
    case ViewData::Kind::true_value: return data(true);
    case ViewData::Kind::false_value: return data(false);
    case ViewData::Kind::list: {
      data list(data::type::list);
      for (const auto& item : value.list_value()) list.push_back(to_kainjow(item));
      return list;
    }
    case ViewData::Kind::object: break;
  }
  data object;
  for (const auto& [name, member] : value.members()) object.set(name, to_kainjow(member));
  return object;
}

std::string kainjow_render(const std::string& text, const ViewData& data) {
  kainjow::mustache::mustache parsed(text);
  EXPECT_TRUE(parsed.is_valid()) << parsed.error_message();
  return parsed.render(to_kainjow(data));
}

void expect_same(const std::string& text, const ViewData& data) {
  EXPECT_EQ(CompiledTemplate(text).render(data), kainjow_render(text, data)) << "template: " << text;
}

ViewData object_of(std::initializer_list<std::pair<std::string, ViewData>> members) {
  ViewData object;
  for (const auto& [name, value] : members) object.set(name, value);
  return object;
}

TEST(ViewData, SetReplacesAndGetFinds) {
  ViewData data;
  data.set("a", "one");
  data.set("a", "two");
  data["b"] = ViewData(ViewList{ViewData("x")});
  ASSERT_NE(data.get("a"), nullptr);
  EXPECT_EQ(data.get("a")->string_value(), "two");
  EXPECT_EQ(data.members().size(), 2u);
  EXPECT_TRUE(data.get("b")->is_list());
  EXPECT_EQ(data.get("missing"), nullptr);
  EXPECT_EQ(ViewData("text").get("a"), nullptr);
}

TEST(CompiledTemplate, MatchesKainjowOnEachRule) {
  ViewData rows(ViewList{object_of({{"name", "Ann"}, {"age", "12"}}), object_of({{"name", "Bo <b>"}})});
  ViewData data = object_of({
      {"title", "O'Brien & \"Sons\" <x>"},
      {"empty", ""},
      {"yes", true},
      {"no", false},
      {"rows", rows},
      {"none", ViewData(ViewList{})},
      {"words", ViewData(ViewList{ViewData("a"), ViewData("b&")})},
      {"user", object_of({{"name", "Cy"}, {"inner", object_of({{"deep", "d"}})}})},
      {"blank", ViewData()},
      {"age", "outer age"},
  });
  for (const char* text : {
           "plain text", "{{title}}", "{{{title}}}", "{{& title}}", "{{ title }}", "{{missing}}",
           "{{yes}}{{rows}}{{user}}", "a{{!a comment}}b", "{{#yes}}Y{{/yes}}{{^yes}}N{{/yes}}",
           "{{#no}}Y{{/no}}{{^no}}N{{/no}}", "{{#missing}}Y{{/missing}}{{^missing}}N{{/missing}}",
           "{{#empty}}E{{/empty}}{{^empty}}not{{/empty}}", "{{#blank}}B{{/blank}}{{^blank}}not{{/blank}}",
           "{{#none}}x{{/none}}{{^none}}nothing{{/none}}", "{{#rows}}{{name}}/{{age}};{{/rows}}",
           "{{#words}}[{{.}}]{{/words}}", "{{#title}}{{.}}{{/title}}", "{{user.name}} {{user.inner.deep}} {{user.x}}",
           "{{#user}}{{name}} {{title}}{{/user}}", "{{#rows}}{{#user}}{{name}}{{/user}}{{/rows}}",
           "{{#user.inner}}{{deep}}{{/user.inner}}", "{{#rows}}{{user.name}}-{{name}}{{/rows}}",
           "a\n  {{#yes}}\n  in\n  {{/yes}}\nb\n", "a\n  {{#no}}\n  in\n  {{/no}}\nb\n",
           "a\n  {{^no}}\n  in\n  {{/no}}\nb", "<ul>\n{{#rows}}\n  <li>{{name}}</li>\n{{/rows}}\n</ul>\n",
           "{{#rows}}\n{{/rows}}", "x\r\n  {{#yes}}\r\n  y\r\n  {{/yes}}\r\nz", "a\r  {{#yes}}\r  {{/yes}}\rb",
           "  {{#yes}}  \t  {{/yes}}  \nnext", "  {{#yes}}{{empty}}{{/yes}}\nnext", "{{#yes}}\n{{/yes}}",
           "tail {{#yes}}t{{/yes}}   ", "   {{#yes}}{{/yes}}   ", "{single} {{title}} }} {", "{{}}",
           "<a{{#no}} y{{/no}}>b{{#yes}}c{{/yes}}d",
           "<ul>\n  {{#rows}}\n  <li>{{name}}\n  {{#yes}}y{{/yes}}\n  </li>\n  {{/rows}}\n</ul>\nend\n",
           "  {{^none}}\n  text\n  {{/none}}  \n  \nx\n{{#words}}{{.}}\n{{/words}}\n  \n",
           "a\n{{#rows}}{{#yes}}\n{{/yes}}{{name}}\n{{/rows}}  \n{{^no}}{{/no}}",
       }) {
    expect_same(text, data);
  }
}

TEST(CompiledTemplate, RefusesWhatItDoesNotRender) {
  for (const char* text : {"{{#a}}", "{{/a}}", "{{#a}}{{/b}}", "{{a", "{{{a}}", "{{=<% %>=}}", "{{> partial}}"}) {
    EXPECT_THROW(CompiledTemplate{text}, TemplateError) << text;
  }
}

// Every name a template uses, and each prefix of a dotted name ("a.b" gives "a" and "b").
std::set<std::string> names_in(const std::string& text) {
  static const std::regex tag(R"(\{\{\{?\s*[#^/&]?\s*([A-Za-z0-9_.]+)\s*\}?\}\})");
  std::set<std::string> names;
  for (auto match = std::sregex_iterator(text.begin(), text.end(), tag); match != std::sregex_iterator(); ++match) {
    std::string name = (*match)[1];
    for (std::size_t dot; (dot = name.find('.')) != std::string::npos; name = name.substr(dot + 1)) {
      names.insert(name.substr(0, dot));
    }
    names.insert(name);
  }
  return names;
}

// Random data over the names a template uses: each value absent, a string with characters
// to escape, an empty string, true, false, an empty list, a list of objects or an object,
// nested up to two levels. The top object may hold every name; a nested one holds about a
// dozen of them, picked at random, so that the data grows with the number of names rather
// than with its cube (a page with a hundred names made a million values a data set), while
// over many seeds every name still turns up nested, shadowing or hiding the names above it.
class RandomData {
 public:
  RandomData(const std::set<std::string>& names, unsigned seed)
      : random_(seed), names_(names), nested_share_(std::min(1.0, 12.0 / static_cast<double>(names.size()))) {}
  ViewData object(int depth) {
    ViewData data;
    for (const auto& name : names_) {
      if (depth > 0 && std::uniform_real_distribution<double>(0, 1)(random_) >= nested_share_) continue;
      if (auto value = this->value(name, depth)) data.set(name, *value);
    }
    return data;
  }

 private:
  std::optional<ViewData> value(const std::string& name, int depth) {
    // Containers mostly at the top, so the data stays small enough to render quickly.
    int choice = std::uniform_int_distribution<int>(0, depth == 0 ? 7 : 19)(random_);
    if (depth >= 2 && choice > 5) choice = 0;
    switch (choice > 7 ? choice % 6 : choice) {
      case 0: return std::nullopt;
      case 1: return ViewData("<" + name + " & 'q' \"d\">");
      case 2: return ViewData("");
      case 3: return ViewData(true);
      case 4: return ViewData(false);
      case 5: return ViewData(ViewList{});
      case 6: {
        ViewList list;
        for (int i = std::uniform_int_distribution<int>(1, 3)(random_); i > 0; --i) list.push_back(object(depth + 1));
        return ViewData(std::move(list));
      }
      default: return object(depth + 1);
    }
  }
  std::mt19937 random_;
  const std::set<std::string>& names_;
  double nested_share_;  // the chance that a nested object holds a given name
};

// One test per project template, so that a sharded run (scripts/run-sharded) spreads them
// over its shards rather than running every template in one.
class EveryProjectTemplate : public ::testing::TestWithParam<std::string> {
 public:
  static const std::map<std::string, std::string>& sources() {
    static const auto loaded = load_template_sources(app::source_directory() / "templates");
    return loaded;
  }
  static std::vector<std::string> names() {
    std::vector<std::string> names;
    for (const auto& [name, text] : sources()) names.push_back(name);
    return names;
  }
};

TEST(CompiledTemplate, FindsTheProjectTemplates) { EXPECT_GT(EveryProjectTemplate::sources().size(), 50u); }

TEST_P(EveryProjectTemplate, CompiledMatchesKainjow) {
  const std::string& text = sources().at(GetParam());
  CompiledTemplate compiled(text);
  kainjow::mustache::mustache oracle(text);
  ASSERT_TRUE(oracle.is_valid()) << GetParam();
  auto names = names_in(text);
  for (unsigned seed = 1; seed <= 150; ++seed) {
    ViewData data = RandomData(names, seed).object(0);
    ASSERT_EQ(compiled.render(data), oracle.render(to_kainjow(data))) << GetParam() << ", seed " << seed;
  }
}

// The template's name as a test name: letters, digits and underscores only.
std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = info.param;
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(CompiledTemplate, EveryProjectTemplate, ::testing::ValuesIn(EveryProjectTemplate::names()),
                         test_name);

}  // namespace
}  // namespace pathway::web
