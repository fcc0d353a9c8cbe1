#pragma once
// Shared by the libFuzzer harnesses (tests/fuzz/README.md): the input as text, its fields, and a
// broken contract the sanitizers cannot see.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

namespace relplan::fuzz {

inline std::string_view text_of(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// "a\nb\n" -> {"a", "b", ""}: every separator ends a field, so an input always has one more field
// than separators. Fields keep any '\r': it is part of the value a person typed.
inline std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == separator) {
      out.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

// A contract broken without a crash (a round trip that changes the text): print both sides and
// abort, so that libFuzzer keeps the input as a crash.
[[noreturn]] inline void finding(std::string_view what, std::string_view detail) {
  std::fprintf(stderr, "relplan fuzz finding: %.*s\n%.*s\n", static_cast<int>(what.size()), what.data(),
               static_cast<int>(detail.size()), detail.data());
  std::abort();
}

}  // namespace relplan::fuzz
