#pragma once
// Plain-text tables for the terminal: columns padded to their widest cell (UTF-8 aware).
#include <string>
#include <vector>

namespace relplan::cli {

std::string render_table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows);

}  // namespace relplan::cli
