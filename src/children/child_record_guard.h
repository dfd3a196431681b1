#pragma once
// The need-to-know check for every route about one child ({id} in the path): the children
// pages use it, and so must any later page about a child (offences, plans, contacts...).
#include <memory>

#include "web/app.h"

namespace pathway::web {

std::shared_ptr<const RecordGuard> child_record_guard();

}  // namespace pathway::web
