#include "web/compiled_template.h"

#include "core/text.h"

namespace pathway::web {

namespace {

// Split at dots the way kainjow does (std::getline): "a.b" -> a, b; a trailing dot adds
// nothing. "." alone means the current item and gets an empty path.
std::vector<std::string> split_name(std::string_view name) {
  std::vector<std::string> parts;
  if (name == ".") return parts;
  std::size_t start = 0;
  while (start < name.size()) {
    std::size_t dot = name.find('.', start);
    if (dot == std::string_view::npos) dot = name.size();
    parts.emplace_back(name.substr(start, dot - start));
    start = dot + 1;
  }
  if (name.empty()) parts.emplace_back();
  return parts;
}

bool only_spaces_and_tabs(std::string_view text) {
  for (char c : text) {
    if (c != ' ' && c != '\t') return false;
  }
  return true;
}

}  // namespace

struct CompiledTemplate::State {
  std::string& out;
  std::vector<const ViewData*> stack;  // innermost last
  std::size_t line_start = 0;          // where the current output line begins in `out`
  bool line_had_section = false;       // a section was rendered on the current line

  // A line that held only rendered section tags and whitespace disappears, newline and all.
  void end_line(std::string_view newline) {
    if (line_had_section && only_spaces_and_tabs(std::string_view(out).substr(line_start))) {
      out.resize(line_start);
    } else {
      out += newline;
    }
    line_start = out.size();
    line_had_section = false;
  }

  const ViewData* lookup(const std::vector<std::string>& path) const {
    if (path.empty()) return stack.back();
    for (auto item = stack.rbegin(); item != stack.rend(); ++item) {
      const ViewData* value = *item;
      for (const auto& part : path) {
        value = value->get(part);
        if (!value) break;
      }
      if (value) return value;
    }
    return nullptr;
  }
};

CompiledTemplate::CompiledTemplate(std::string_view text) {
  std::vector<std::size_t> open;  // indices of the sections not yet closed
  // Text runs are joined into one node, but never across a tag: the last text node may be
  // inside a section that has just closed.
  bool joinable = false;
  auto add_text = [&](std::string_view characters) {
    if (joinable) {
      nodes_.back().text += characters;
    } else {
      nodes_.push_back({Kind::text, std::string(characters), {}, 0});
    }
    joinable = true;
  };
  // A line can only be dropped if rendering crossed a section tag since the last newline,
  // and that can only happen if the source has a section tag between the two newlines (a
  // list's next item starts just after its opening tag). Other newlines are plain text, so
  // most of a page is a few long text nodes instead of one node per line.
  bool section_tag_on_line = false;
  std::size_t position = 0;
  while (position < text.size()) {
    if (text.compare(position, 2, "{{") != 0) {
      std::size_t newline = text[position] == '\r' && text.compare(position, 2, "\r\n") == 0 ? 2
                            : text[position] == '\n' || text[position] == '\r'             ? 1
                                                                                          : 0;
      if (newline && section_tag_on_line) {
        nodes_.push_back({Kind::newline, std::string(text.substr(position, newline)), {}, 0});
        joinable = false;
        section_tag_on_line = false;
        position += newline;
      } else if (newline) {
        add_text(text.substr(position, newline));
        nodes_.back().line_start = nodes_.back().text.size();
        position += newline;
      } else {
        std::size_t next = text.find_first_of("{\r\n", position + 1);
        if (next == std::string_view::npos) next = text.size();
        add_text(text.substr(position, next - position));
        position = next;
      }
      continue;
    }
    joinable = false;
    std::size_t start = position;
    std::size_t contents = start + 2;
    bool triple = start != text.size() - 2 && text[contents] == '{';
    std::string_view closing = triple ? "}}}" : "}}";
    if (triple) ++contents;
    std::size_t close = text.find(closing, contents);
    if (close == std::string_view::npos) throw TemplateError("Unclosed tag at " + std::to_string(start));
    std::string_view tag = trim(text.substr(contents, close - contents));
    position = close + closing.size();

    Kind kind = Kind::variable;
    char sigil = triple || tag.empty() ? '\0' : tag.front();
    if (triple) kind = Kind::unescaped;
    switch (sigil) {
      case '#': kind = Kind::section; break;
      case '^': kind = Kind::inverted; break;
      case '&': kind = Kind::unescaped; break;
      case '!': continue;  // a comment renders nothing
      case '=': throw TemplateError("Set-delimiter tags are not supported, at " + std::to_string(start));
      case '>': throw TemplateError("Partial tags must be expanded before compiling, at " + std::to_string(start));
      case '/': {
        std::string_view name = trim(tag.substr(1));
        if (open.empty() || nodes_[open.back()].text != name) {
          throw TemplateError("Unopened section \"" + std::string(name) + "\" at " + std::to_string(start));
        }
        nodes_[open.back()].end = nodes_.size();
        open.pop_back();
        section_tag_on_line = true;
        continue;
      }
      default: break;
    }
    std::string_view name = sigil == '#' || sigil == '^' || sigil == '&' ? trim(tag.substr(1)) : tag;
    if (kind == Kind::section || kind == Kind::inverted) {
      open.push_back(nodes_.size());
      section_tag_on_line = true;
    }
    nodes_.push_back({kind, std::string(name), split_name(name), 0});
  }
  if (!open.empty()) {
    throw TemplateError("Unclosed section \"" + nodes_[open.back()].text + "\"");
  }
}

void CompiledTemplate::render_nodes(std::size_t begin, std::size_t end, State& state) const {
  for (std::size_t index = begin; index < end; ++index) {
    const Node& node = nodes_[index];
    switch (node.kind) {
      case Kind::text:
        state.out += node.text;
        if (node.line_start) {  // the text holds a newline: a new output line begins
          state.line_start = state.out.size() - (node.text.size() - node.line_start);
          state.line_had_section = false;
        }
        break;
      case Kind::newline: state.end_line(node.text); break;
      case Kind::variable:
      case Kind::unescaped: {
        const ViewData* value = state.lookup(node.path);
        // Only strings print: booleans, lists and objects render nothing, as in kainjow.
        if (value && value->is_string()) {
          if (node.kind == Kind::variable) {
            append_escaped_markup(state.out, value->string_value());
          } else {
            state.out += value->string_value();
          }
        }
        break;
      }
      case Kind::section:
      case Kind::inverted: {
        const ViewData* value = state.lookup(node.path);
        bool empty = !value || value->is_false() || value->is_empty_list();
        if (empty == (node.kind == Kind::section)) {
          index = node.end - 1;
          break;
        }
        auto render_with = [&](const ViewData* item) {
          state.line_had_section = true;
          if (item) state.stack.push_back(item);
          render_nodes(index + 1, node.end, state);
          if (item) state.stack.pop_back();
          state.line_had_section = true;
        };
        if (value && value->is_list() && !value->list_value().empty()) {
          for (const auto& item : value->list_value()) render_with(&item);
        } else {
          render_with(value);
        }
        index = node.end - 1;
        break;
      }
    }
  }
}

void CompiledTemplate::render(const ViewData& data, std::string& out) const {
  State state{out, {&data}, out.size(), false};
  state.stack.reserve(8);
  render_nodes(0, nodes_.size(), state);
  // The last line has no newline: it is dropped on the same terms as any other.
  if (state.line_had_section && only_spaces_and_tabs(std::string_view(out).substr(state.line_start))) {
    out.resize(state.line_start);
  }
}

std::string CompiledTemplate::render(const ViewData& data) const {
  std::string out;
  render(data, out);
  return out;
}

}  // namespace pathway::web
