// CSV cells: RFC 4180 quoting and the OWASP formula-injection rule (a leading = + - @ tab or CR is
// prefixed with a single quote, a plain number is left alone so numeric columns stay numbers).
#include <catch2/catch.hpp>

#include "data/export/csv.hpp"

using namespace relplan;

TEST_CASE("CSV cells that a spreadsheet would evaluate are prefixed with a quote", "[data][export][csv]") {
  struct Case {
    std::string in;
    std::string out;
  };
  const std::vector<Case> cases{
      // formulas and their look-alikes
      {"=1+2", "'=1+2"},
      {"=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""},
      {"+SUM(A1:A2)", "'+SUM(A1:A2)"},
      {"-2+3", "'-2+3"},
      {"-1e5", "'-1e5"},
      {"@SUM(A1)", "'@SUM(A1)"},
      {"-", "'-"},
      {"+", "'+"},
      {"-.", "'-."},
      {"\tcmd", "'\tcmd"},
      {"\r=cmd", "\"'\r=cmd\""},
      {"=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"},
      {"-3,4", "\"'-3,4\""},
      // plain numbers stay numbers
      {"-3", "-3"},
      {"+1", "+1"},
      {"-0.5", "-0.5"},
      {"-.5", "-.5"},
      {"12", "12"},
      {"0", "0"},
      // text that only contains the characters later on is left alone
      {"a=b", "a=b"},
      {"4.19", "4.19"},
      {"2019-12-11", "2019-12-11"},
      {"user@example.org", "user@example.org"},
      {" =not first", " =not first"},
      {"", ""},
      // RFC 4180 quoting as before
      {"a,b", "\"a,b\""},
      {"say \"hi\"", "\"say \"\"hi\"\"\""},
      {"two\nlines", "\"two\nlines\""},
  };
  for (const auto& c : cases) {
    INFO("cell: " << c.in);
    CHECK(csv::field(c.in) == c.out);
  }
}

TEST_CASE("A CSV row neutralises each cell and ends in LF", "[data][export][csv]") {
  CHECK(csv::row({"4.23", "=2+3", "-3", "@x", "a,b"}) == "4.23,'=2+3,-3,'@x,\"a,b\"\n");
}
