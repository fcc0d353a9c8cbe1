// web/text: UTF-8 checks and JSON depth measured before parsing.
#include <catch2/catch.hpp>

#include "web/text.hpp"

using namespace relplan;

TEST_CASE("UTF-8 is checked by RFC 3629 and ill-formed bytes are replaced", "[web][text]") {
  const auto [text, valid, repaired] = GENERATE(table<std::string, bool, std::string>({
      {"plain", true, "plain"},
      {"Beyonc\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80", true, "Beyonc\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80"},
      {"a\xff"
       "b",
       false,
       "a\xef\xbf\xbd"
       "b"},
      {"\xc0\xaf", false, "\xef\xbf\xbd\xef\xbf\xbd"},                                  // overlong '/'
      {"\xed\xa0\x80", false, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"},                  // a UTF-16 surrogate
      {"\xf4\x90\x80\x80", false, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"},  // above U+10FFFF
      {"cut \xc3", false, "cut \xef\xbf\xbd"},
  }));
  CHECK(valid_utf8(text) == valid);
  CHECK(to_valid_utf8(text) == repaired);
  CHECK(valid_utf8(to_valid_utf8(text)));
}

TEST_CASE("JSON depth counts arrays and objects outside strings", "[web][text]") {
  CHECK(json_depth("[[1],{}]", 64) == 2);
  CHECK(json_depth(R"({"a":"[[[[","b":"\"[["})", 64) == 1);
  CHECK(json_depth("42", 64) == 0);
  CHECK(json_depth(std::string(100000, '['), 64) == 65);  // stops counting past the limit
  CHECK(printable("GET /\xff\n") == "GET /\\xff\\x0a");
  CHECK(error_body_json("x: expected y, saw '\xff'", "x", "\xff") ==
        "{\"error\":\"x: expected y, saw '\xef\xbf\xbd'\",\"field\":\"x\",\"value\":\"\xef\xbf\xbd\"}");
}
