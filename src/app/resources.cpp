#include "app/resources.h"

#include <cstdlib>

namespace pathway::app {

std::filesystem::path resource_root() {
  if (const char* home = std::getenv("PATHWAY_HOME"); home && *home) return home;
  return PATHWAY_SOURCE_DIR;
}

}  // namespace pathway::app
