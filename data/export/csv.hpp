#pragma once
// RFC 4180 CSV: fields with a comma, a quote, CR or LF are quoted, quotes doubled; lines end in LF.
#include <initializer_list>
#include <string>
#include <string_view>

namespace relplan::csv {

std::string field(std::string_view value);
std::string row(std::initializer_list<std::string_view> fields);

}  // namespace relplan::csv
