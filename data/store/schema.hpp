#pragma once
// The store's migrations: migration N takes the schema from user_version N-1 to N.
// Append only; a shipped migration is never edited.
#include <span>

namespace relplan::schema {

std::span<const char* const> migrations();

}  // namespace relplan::schema
