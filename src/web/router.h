#pragma once
// Maps a method and path to a handler. Patterns are literal segments and {name}
// placeholders: "/children/{id}/edit".
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "web/http.h"

namespace pathway::web {

using RouteParams = std::map<std::string, std::string, std::less<>>;

template <class Handler>
class Router {
 public:
  struct Match {
    const Handler* handler = nullptr;  // null when nothing matched
    RouteParams params;
    std::vector<Method> allowed;  // when the path matched but not the method: for 405
  };

  void add(Method method, std::string pattern, Handler handler) {
    auto segments = split(pattern);
    routes_.push_back({method, std::move(pattern), std::move(segments), std::move(handler)});
  }

  struct Listed {
    Method method;
    std::string pattern;
    const Handler* handler;
  };
  // Each route's method, pattern and handler, in the order they were added.
  std::vector<Listed> list() const {
    std::vector<Listed> listed;
    for (const auto& route : routes_) listed.push_back({route.method, route.pattern, &route.handler});
    return listed;
  }

  Match match(Method method, std::string_view path) const {
    Match result;
    auto segments = split(path);
    for (const auto& route : routes_) {
      RouteParams params;
      if (!matches(route.segments, segments, params)) continue;
      // HEAD is answered by the GET handler; the server drops the body.
      if (route.method == method || (method == Method::head && route.method == Method::get)) {
        result.handler = &route.handler;
        result.params = std::move(params);
        return result;
      }
      result.allowed.push_back(route.method);
    }
    return result;
  }

 private:
  struct Route {
    Method method;
    std::string pattern;
    std::vector<std::string> segments;
    Handler handler;
  };

  static std::vector<std::string> split(std::string_view path) {
    std::vector<std::string> segments;
    std::size_t start = 0;
    while (start < path.size()) {
      if (path[start] == '/') {
        ++start;
        continue;
      }
      std::size_t end = path.find('/', start);
      if (end == std::string_view::npos) end = path.size();
      segments.emplace_back(path.substr(start, end - start));
      start = end;
    }
    return segments;
  }

  static bool matches(const std::vector<std::string>& pattern, const std::vector<std::string>& path,
                      RouteParams& params) {
    if (pattern.size() != path.size()) return false;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
      const std::string& expected = pattern[i];
      if (expected.size() > 2 && expected.front() == '{' && expected.back() == '}') {
        params.emplace(expected.substr(1, expected.size() - 2), path[i]);
      } else if (expected != path[i]) {
        return false;
      }
    }
    return true;
  }

  std::vector<Route> routes_;
};

}  // namespace pathway::web
