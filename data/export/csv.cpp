#include "data/export/csv.hpp"

namespace relplan::csv {

std::string field(std::string_view value) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string row(std::initializer_list<std::string_view> fields) {
  std::string out;
  bool first = true;
  for (auto f : fields) {
    if (!first) out += ',';
    out += field(f);
    first = false;
  }
  return out + "\n";
}

}  // namespace relplan::csv
