#pragma once
#include <memory>
#include <string>

#include "store/database.h"

namespace pathway::store {

// Opens (creating if missing) a SQLite file in WAL mode with foreign keys on and
// synchronous=FULL, so a write the user was told is saved survives a power cut.
// Throws StoreError if the file cannot be opened or is not a database.
std::unique_ptr<Database> open_sqlite_database(const std::string& path, std::size_t pool_size);

}  // namespace pathway::store
