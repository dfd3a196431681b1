#pragma once
// One mustache template, parsed once into a flat list of nodes and then rendered from any
// number of threads at once (rendering reads the nodes and never changes them).
//
// It renders exactly what kainjow::mustache renders for the features the templates use:
// variables ({{name}}, {{a.b}}, {{.}}), unescaped variables ({{{name}}}, {{&name}}),
// sections and inverted sections over strings, booleans, objects and lists, comments,
// and kainjow's rule for lines that hold only section tags and whitespace (dropped when a
// section on them was rendered). Partials are expanded before compiling (see views.h);
// set-delimiter tags and partial tags are refused when compiling. tests/unit/
// compiled_template_test.cpp checks every project template against kainjow itself.
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "web/view_data.h"

namespace pathway::web {

class TemplateError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class CompiledTemplate {
 public:
  // Throws TemplateError naming the position of an unclosed tag or section, a stray
  // section end, or an unsupported tag.
  explicit CompiledTemplate(std::string_view text);

  // Appends the rendered text to `out`.
  void render(const ViewData& data, std::string& out) const;
  std::string render(const ViewData& data) const;

 private:
  enum class Kind { text, newline, variable, unescaped, section, inverted };
  struct Node {
    Kind kind;
    std::string text;               // text and newline: the characters; tags: the name
    std::vector<std::string> path;  // tags: the name split at dots; empty for "."
    std::size_t end = 0;            // sections: the index just past the section's nodes
    std::size_t line_start = 0;     // text: where its last line begins, past a newline; 0 if none
  };
  struct State;

  void render_nodes(std::size_t begin, std::size_t end, State& state) const;

  std::vector<Node> nodes_;
};

}  // namespace pathway::web
