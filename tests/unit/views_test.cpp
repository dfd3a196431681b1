#include "app/resources.h"
#include "web/views.h"

#include <gtest/gtest.h>

#include <fstream>

#include "core/random.h"

namespace pathway::web {
namespace {

class ViewsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    initialise_crypto();
    directory_ = std::filesystem::temp_directory_path() / ("pathway-views-" + random_token(8));
    std::filesystem::create_directories(directory_ / "partials");
  }
  void TearDown() override { std::filesystem::remove_all(directory_); }
  void write(const std::string& name, const std::string& text) {
    std::filesystem::create_directories((directory_ / name).parent_path());
    std::ofstream(directory_ / name) << text;
  }
  std::filesystem::path directory_;
};

TEST_F(ViewsTest, ExpandsPartialsAndEscapesValues) {
  write("partials/top.mustache", "<h1>{{title}}</h1>");
  write("children/page.mustache", "{{> top}}<p>{{name}}</p>");
  Views views(directory_);
  ViewData data;
  data.set("title", "Children");
  data.set("name", "<script>O'Brien</script>");
  EXPECT_EQ(views.render("children/page", data), "<h1>Children</h1><p>&lt;script&gt;O&apos;Brien&lt;/script&gt;</p>");
}

TEST_F(ViewsTest, AMissingPartialIsAnErrorAtLoad) {
  write("page.mustache", "{{> nowhere}}");
  EXPECT_THROW(Views{directory_}, std::runtime_error);
}

TEST_F(ViewsTest, AnUnknownTemplateIsAnError) {
  write("page.mustache", "x");
  Views views(directory_);
  EXPECT_THROW(views.render("other", ViewData{}), std::runtime_error);
}

TEST(ProjectTemplates, AllLoad) {
  EXPECT_NO_THROW(Views{app::source_directory() / "templates"});
}

}  // namespace
}  // namespace pathway::web
