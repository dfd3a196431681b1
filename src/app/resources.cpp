#include "app/resources.h"

#include <cstdlib>

namespace pathway::app {

std::filesystem::path source_directory() { return PATHWAY_SOURCE_DIR; }

std::filesystem::path resource_root() {
  if (const char* home = std::getenv("PATHWAY_HOME"); home && *home) return home;
  return source_directory();
}

}  // namespace pathway::app
