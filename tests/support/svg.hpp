#pragma once
// Test support: SVG documents read back by a real XML parser (tests/support/svg_dump.py, Python's
// xml.etree.ElementTree), and the numbers of its output lines.
#include <map>
#include <string>
#include <vector>

namespace relplan::test {

// The lines svg_dump.py prints for the document: mode "counts", "titles" or "elements CLASS".
std::vector<std::string> svg_dump(const std::string& svg_text, const std::string& mode);
// The lines of svg_dump.py for a file.
std::vector<std::string> svg_dump_file(const std::string& path, const std::string& mode);
// An "elements" line, "rect<tab>fill=#0072B2<tab>height=14<tab>x=55" -> {"fill": "#0072B2", "height": "14", ...}.
std::map<std::string, std::string> attributes(const std::string& element_line);

}  // namespace relplan::test
