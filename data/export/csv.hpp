#pragma once
// CSV as RFC 4180 writes it, made safe to open in a spreadsheet:
// - Formula neutralising (OWASP "CSV Injection"): a cell whose first character is '=', '+', '-',
//   '@', a tab or a carriage return is prefixed with a single quote ('), so a spreadsheet shows it
//   as text instead of evaluating it ("=HYPERLINK(...)" -> "'=HYPERLINK(...)"). A plain number is
//   left as it is, so numeric columns stay numbers: an optional sign, digits, and an optional
//   fraction ("-3", "+1", "-0.5", "-.5"). Anything else after a sign is prefixed ("-3+1", "-", "-1e5").
// - Quoting, after the prefix: a field with a comma, a quote, CR or LF is quoted, quotes doubled.
// - Lines end in LF.
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace relplan::csv {

std::string field(std::string_view value);
std::string row(std::initializer_list<std::string_view> fields);
std::string row(const std::vector<std::string>& fields);

}  // namespace relplan::csv
