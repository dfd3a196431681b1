#pragma once
// The data a page hands to its template: an object of named values, each a string, a
// boolean, a list or another object, as mustache expects. It keeps the small part of the
// kainjow::mustache::data interface the pages use (set, get, operator[], lists of objects),
// but stores an object as a flat vector searched in order: page objects hold a handful of
// keys, so this is faster to build, copy and read than kainjow's hash map of heap-allocated
// values, and its moves never throw, so lists of rows grow without deep copies.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pathway::web {

class ViewData;
using ViewList = std::vector<ViewData>;

class ViewData {
 public:
  enum class Kind { object, string, list, true_value, false_value };

  ViewData() = default;  // an empty object
  ViewData(std::string text) : kind_(Kind::string), text_(std::move(text)) {}
  ViewData(const char* text) : kind_(Kind::string), text_(text) {}
  ViewData(bool value) : kind_(value ? Kind::true_value : Kind::false_value) {}
  ViewData(ViewList list) : kind_(Kind::list), list_(std::move(list)) {}

  Kind kind() const { return kind_; }
  bool is_object() const { return kind_ == Kind::object; }
  bool is_string() const { return kind_ == Kind::string; }
  bool is_list() const { return kind_ == Kind::list; }
  bool is_false() const { return kind_ == Kind::false_value; }
  bool is_empty_list() const { return kind_ == Kind::list && list_.empty(); }

  // Object members. On anything but an object, set does nothing and get finds nothing,
  // as in kainjow.
  void set(std::string_view name, ViewData value);
  const ViewData* get(std::string_view name) const;
  // The member, added as an empty object if absent (the value must be an object).
  ViewData& operator[](std::string_view name);
  const std::vector<std::pair<std::string, ViewData>>& members() const { return members_; }
  // Room for this many members, for objects built often with a known number of them.
  void reserve(std::size_t members) { members_.reserve(members); }

  const std::string& string_value() const { return text_; }
  const ViewList& list_value() const { return list_; }
  // Appends to a list; does nothing on anything else.
  void push_back(ViewData item);

 private:
  Kind kind_ = Kind::object;
  std::string text_;
  std::vector<std::pair<std::string, ViewData>> members_;
  ViewList list_;
};

}  // namespace pathway::web
