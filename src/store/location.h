#pragma once
// What a --db argument names.
#include <string_view>

#include "store/database.h"

namespace pathway::store {

// Which database a --db argument names: a postgresql:// (or postgres://) URL, or else an
// SQLite file path. open_database (database.h) opens it.
Backend backend_of(std::string_view location);

}  // namespace pathway::store
