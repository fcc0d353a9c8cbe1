#include "data/export/csv.hpp"

namespace relplan::csv {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// [+-]? (digits ('.' digits?)? | '.' digits): a number a spreadsheet reads as itself.
bool plain_number(std::string_view v) {
  std::size_t i = 0;
  if (i < v.size() && (v[i] == '+' || v[i] == '-')) ++i;
  std::size_t digits = 0;
  for (; i < v.size() && is_digit(v[i]); ++i) ++digits;
  if (i < v.size() && v[i] == '.') {
    for (++i; i < v.size() && is_digit(v[i]); ++i) ++digits;
  }
  return digits > 0 && i == v.size();
}

bool formula_like(std::string_view v) {
  if (v.empty()) return false;
  switch (v.front()) {
    case '=':
    case '@':
    case '\t':
    case '\r':
      return true;
    case '+':
    case '-':
      return !plain_number(v);
    default:
      return false;
  }
}

}  // namespace

std::string field(std::string_view value) {
  std::string text = formula_like(value) ? "'" + std::string(value) : std::string(value);
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

namespace {
template <class Fields>
std::string joined_row(const Fields& fields) {
  std::string out;
  bool first = true;
  for (const auto& f : fields) {
    if (!first) out += ',';
    out += field(f);
    first = false;
  }
  return out + "\n";
}
}  // namespace

std::string row(std::initializer_list<std::string_view> fields) { return joined_row(fields); }
std::string row(const std::vector<std::string>& fields) { return joined_row(fields); }

}  // namespace relplan::csv
