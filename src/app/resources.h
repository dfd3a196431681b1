#pragma once
// Where the templates and the compiled front end are. A build runs from its build folder
// next to the sources; an installed copy sets PATHWAY_HOME.
#include <filesystem>

namespace pathway::app {

// The source folder this program was built from (tests read their fixtures from it).
std::filesystem::path source_directory();

// PATHWAY_HOME if set, else the source folder the program was built from.
std::filesystem::path resource_root();

}  // namespace pathway::app
