#include "data/export/json_writer.hpp"

#include <charconv>
#include <cmath>

namespace relplan {

void JsonWriter::separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!first_.empty()) {
    if (!first_.back()) out_ += ',';
    first_.back() = false;
  }
}

void JsonWriter::open(char c) {
  separate();
  out_ += c;
  first_.push_back(true);
}

void JsonWriter::close(char c) {
  out_ += c;
  first_.pop_back();
}

void JsonWriter::key(std::string_view k) {
  value(k);
  out_ += ':';
  after_key_ = true;
}

void JsonWriter::value(std::string_view s) {
  separate();
  out_ += '"';
  for (const unsigned char c : s) {
    switch (c) {
      case '"':
        out_ += "\\\"";
        break;
      case '\\':
        out_ += "\\\\";
        break;
      case '\n':
        out_ += "\\n";
        break;
      case '\r':
        out_ += "\\r";
        break;
      case '\t':
        out_ += "\\t";
        break;
      case '\b':
        out_ += "\\b";
        break;
      case '\f':
        out_ += "\\f";
        break;
      default:
        if (c < 0x20) {
          static constexpr char hex[] = "0123456789abcdef";
          out_ += "\\u00";
          out_ += hex[c >> 4U];
          out_ += hex[c & 15U];
        } else {
          out_ += static_cast<char>(c);
        }
    }
  }
  out_ += '"';
}

void JsonWriter::value(int v) {
  separate();
  out_ += std::to_string(v);
}

void JsonWriter::value(double v) {
  if (!std::isfinite(v)) return null();  // JSON has no NaN or infinity
  separate();
  char buf[32];
  auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out_.append(buf, ptr);
  if (std::string_view(buf, static_cast<std::size_t>(ptr - buf)).find_first_of(".eE") == std::string_view::npos) {
    out_ += ".0";  // stays a floating-point number when read back, as nlohmann writes it
  }
}

void JsonWriter::value(bool v) {
  separate();
  out_ += v ? "true" : "false";
}

void JsonWriter::null() {
  separate();
  out_ += "null";
}

}  // namespace relplan
