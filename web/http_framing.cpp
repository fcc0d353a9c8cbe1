#include "web/http_framing.hpp"

#include <algorithm>
#include <cctype>

namespace relplan::http {

namespace {

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return (x >= 'A' && x <= 'Z' ? x + 32 : x) == (y >= 'A' && y <= 'Z' ? y + 32 : y);
         });
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  return out;
}

// RFC 9110 section 5.6.2: token characters.
bool is_tchar(char c) {
  if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}
bool is_token(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), is_tchar); }

std::string_view trim_ows(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Comma-separated list members, trimmed and lower-cased: "Keep-Alive, Upgrade" -> keep-alive, upgrade.
std::vector<std::string> list_members(std::string_view value) {
  std::vector<std::string> out;
  while (true) {
    const auto comma = value.find(',');
    const auto member = trim_ows(value.substr(0, comma));
    if (!member.empty()) out.push_back(lower(member));
    if (comma == std::string_view::npos) break;
    value.remove_prefix(comma + 1);
  }
  return out;
}

HeadScan refused(int status, std::string field, std::string value, std::string message) {
  HeadScan scan;
  scan.state = HeadScan::State::refused;
  scan.refusal = Refusal{status, std::move(field), std::move(value), std::move(message)};
  return scan;
}

std::string quoted(std::string_view s, std::size_t max = 80) {
  return "'" + std::string(s.substr(0, max)) + (s.size() > max ? "...'" : "'");
}

// The request line: METHOD SP target SP version.
HeadScan parse_request_line(std::string_view line, const FramingLimits& limits, RequestHead& head) {
  const auto sp1 = line.find(' ');
  const auto sp2 = sp1 == std::string_view::npos ? sp1 : line.find(' ', sp1 + 1);
  if (sp2 == std::string_view::npos || line.find(' ', sp2 + 1) != std::string_view::npos) {
    return refused(400, "request line", std::string(line.substr(0, 80)),
                   "request line: expected METHOD TARGET HTTP/1.1, saw " + quoted(line));
  }
  head.method = std::string(line.substr(0, sp1));
  head.target = std::string(line.substr(sp1 + 1, sp2 - sp1 - 1));
  head.version = std::string(line.substr(sp2 + 1));
  if (!is_token(head.method) || head.method.size() > 32) {
    return refused(400, "method", head.method.substr(0, 80),
                   "method: expected a method name such as GET, saw " + quoted(head.method));
  }
  if (head.target.size() > limits.max_target) {
    return refused(414, "target", head.target.substr(0, 80),
                   "target: expected at most " + std::to_string(limits.max_target) + " bytes, saw " +
                       std::to_string(head.target.size()));
  }
  const bool bad_char = std::any_of(head.target.begin(), head.target.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u <= 0x20 || u >= 0x7f;
  });
  if (head.target.empty() || bad_char) {
    return refused(
        400, "target", head.target.substr(0, 80),
        "target: expected a path of visible ASCII characters (percent-encode the rest), saw " + quoted(head.target));
  }
  if (head.version != "HTTP/1.1" && head.version != "HTTP/1.0") {
    const bool http = head.version.rfind("HTTP/", 0) == 0;
    return refused(http ? 505 : 400, "version", head.version.substr(0, 80),
                   "version: expected HTTP/1.1 or HTTP/1.0, saw " + quoted(head.version));
  }
  return {};
}

// Content-Length, Transfer-Encoding, Host, Expect and Connection, once the head is complete.
HeadScan check_framing(RequestHead& head, const FramingLimits& limits) {
  std::optional<std::string> length;
  std::vector<std::string> codings;
  int hosts = 0;
  for (const auto& [name, value] : head.headers) {
    if (iequals(name, "Content-Length")) {
      if (value.empty() || !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return refused(400, "Content-Length", value, "Content-Length: expected digits, saw " + quoted(value));
      }
      auto digits = std::string_view(value);
      while (digits.size() > 1 && digits.front() == '0') digits.remove_prefix(1);
      if (length && *length != digits) {
        return refused(400, "Content-Length", value,
                       "Content-Length: expected one value, saw '" + *length + "' and '" + std::string(digits) + "'");
      }
      length = std::string(digits);
    } else if (iequals(name, "Transfer-Encoding")) {
      for (auto& m : list_members(value)) codings.push_back(std::move(m));
    } else if (iequals(name, "Host")) {
      ++hosts;
    } else if (iequals(name, "Expect")) {
      if (!iequals(trim_ows(value), "100-continue")) {
        return refused(417, "Expect", value, "Expect: expected 100-continue, saw " + quoted(value));
      }
      head.expect_continue = true;
    } else if (iequals(name, "Connection")) {
      for (const auto& m : list_members(value)) {
        if (m == "close") head.keep_alive = false;
      }
    }
  }
  const bool http10 = head.version == "HTTP/1.0";
  if (http10) {
    head.keep_alive = false;
    for (const auto& [name, value] : head.headers) {
      if (!iequals(name, "Connection")) continue;
      for (const auto& m : list_members(value)) {
        if (m == "keep-alive") head.keep_alive = true;
      }
    }
  }
  if (!http10 && hosts != 1) {
    return refused(400, "Host", std::to_string(hosts),
                   "Host: expected exactly one Host header in HTTP/1.1, saw " + std::to_string(hosts));
  }
  if (!codings.empty()) {
    if (length) {
      return refused(400, "Transfer-Encoding", "chunked",
                     "Transfer-Encoding: expected no Content-Length beside it, saw both");
    }
    if (http10)
      return refused(400, "Transfer-Encoding", "chunked", "Transfer-Encoding: expected none in HTTP/1.0, saw one");
    if (codings.size() != 1 || codings.front() != "chunked") {
      std::string all;
      for (const auto& c : codings) all += (all.empty() ? "" : ", ") + c;
      return refused(501, "Transfer-Encoding", all, "Transfer-Encoding: expected chunked, saw '" + all + "'");
    }
    head.chunked = true;
  }
  if (length) {
    const auto max = std::to_string(limits.max_body_bytes);
    if (length->size() > max.size() || (length->size() == max.size() && *length > max)) {
      return refused(413, "body", *length, "body: expected at most " + max + " bytes, saw " + *length);
    }
    head.content_length = std::stoul(*length);
  }
  return {};
}

}  // namespace

std::optional<std::string_view> RequestHead::header(std::string_view name) const {
  for (const auto& [n, v] : headers) {
    if (iequals(n, name)) return std::string_view(v);
  }
  return std::nullopt;
}

HeadScan scan_head(std::string_view buffer, const FramingLimits& limits) {
  std::size_t pos = 0;
  while (pos < buffer.size() && (buffer[pos] == '\r' || buffer[pos] == '\n') && pos < 64) ++pos;
  HeadScan scan;
  RequestHead& head = scan.head;
  bool first = true;
  const auto too_long = [&](bool request_line) {
    return request_line
               ? refused(414, "target", "", "target: expected at most " + std::to_string(limits.max_target) + " bytes")
               : refused(
                     431, "headers", "",
                     "headers: expected header lines of at most " + std::to_string(limits.max_header_line) + " bytes");
  };
  const auto too_big = [&] {
    return refused(431, "headers", "",
                   "headers: expected at most " + std::to_string(limits.max_head_bytes) + " bytes in all");
  };
  while (true) {
    const auto nl = buffer.find('\n', pos);
    const std::size_t line_limit = first ? limits.max_target + 64 : limits.max_header_line;
    if (nl == std::string_view::npos) {
      if (buffer.size() - pos > line_limit) return too_long(first);
      if (buffer.size() > limits.max_head_bytes) return too_big();
      return scan;  // need more
    }
    std::string_view line = buffer.substr(pos, nl - pos);
    if (line.size() > line_limit) return too_long(first);
    pos = nl + 1;
    if (pos > limits.max_head_bytes) return too_big();
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find('\r') != std::string_view::npos || line.find('\0') != std::string_view::npos) {
      return refused(400, first ? "request line" : "headers", "",
                     "headers: expected lines without CR or NUL inside them");
    }
    if (first) {
      auto r = parse_request_line(line, limits, head);
      if (r.state == HeadScan::State::refused) return r;
      first = false;
      continue;
    }
    if (line.empty()) break;  // end of the head
    if (line.front() == ' ' || line.front() == '\t') {
      return refused(400, "headers", std::string(line.substr(0, 80)),
                     "headers: expected no line folding (obs-fold), saw " + quoted(line));
    }
    const auto colon = line.find(':');
    const auto name = line.substr(0, colon);
    if (colon == std::string_view::npos || !is_token(name)) {
      return refused(400, "headers", std::string(line.substr(0, 80)),
                     "headers: expected 'Name: value', saw " + quoted(line));
    }
    const auto value = trim_ows(line.substr(colon + 1));
    if (std::any_of(value.begin(), value.end(), [](char c) {
          const auto u = static_cast<unsigned char>(c);
          return (u < 0x20 && c != '\t') || u == 0x7f;
        })) {
      return refused(400, std::string(name), "", std::string(name) + ": expected a value without control characters");
    }
    if (head.headers.size() >= limits.max_header_count) {
      return refused(431, "headers", std::to_string(head.headers.size() + 1),
                     "headers: expected at most " + std::to_string(limits.max_header_count) + " header lines");
    }
    head.headers.emplace_back(std::string(name), std::string(value));
  }
  head.head_bytes = pos;
  auto framing = check_framing(head, limits);
  if (framing.state == HeadScan::State::refused) return framing;
  scan.state = HeadScan::State::complete;
  return scan;
}

std::size_t ChunkedDecoder::refuse(int status, std::string value, std::string message) {
  state_ = State::failed;
  refusal_ = Refusal{status, "body", std::move(value), std::move(message)};
  return 0;
}

std::size_t ChunkedDecoder::feed(std::string_view bytes) {
  constexpr std::size_t max_line = 1024;
  constexpr std::size_t max_trailers = 100;
  std::size_t used = 0;
  while (used < bytes.size() && state_ != State::done && state_ != State::failed) {
    if (state_ == State::data) {
      const auto take = std::min(remaining_, bytes.size() - used);
      body_.append(bytes.substr(used, take));
      used += take;
      remaining_ -= take;
      if (remaining_ == 0) state_ = State::data_end;
      continue;
    }
    // Line states: collect up to LF.
    const char c = bytes[used++];
    if (c != '\n') {
      if (line_.size() >= max_line) return refuse(400, "", "body: expected chunk lines of at most 1024 bytes");
      line_ += c;
      continue;
    }
    std::string_view line = line_;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (state_ == State::size_line) {
      auto size_text = trim_ows(line.substr(0, line.find(';')));
      std::size_t size = 0;
      if (size_text.empty() || size_text.size() > 15 || !std::all_of(size_text.begin(), size_text.end(), [](char h) {
            return std::isxdigit(static_cast<unsigned char>(h));
          })) {
        return refuse(400, std::string(size_text.substr(0, 40)),
                      "body: expected a chunk size in hexadecimal, saw '" + std::string(size_text.substr(0, 40)) + "'");
      }
      for (char h : size_text)
        size = size * 16 +
               static_cast<std::size_t>(std::isdigit(static_cast<unsigned char>(h)) ? h - '0' : (h | 32) - 'a' + 10);
      if (size > max_body_ || body_.size() + size > max_body_) {
        return refuse(413, std::to_string(body_.size() + size),
                      "body: expected at most " + std::to_string(max_body_) + " bytes, saw " +
                          std::to_string(body_.size() + size) + " or more");
      }
      remaining_ = size;
      state_ = size == 0 ? State::trailers : State::data;
    } else if (state_ == State::data_end) {
      if (!line.empty())
        return refuse(400, "", "body: expected CRLF after chunk data, saw more data than the chunk size");
      state_ = State::size_line;
    } else if (state_ == State::trailers) {
      if (line.empty()) {
        state_ = State::done;
      } else if (++trailer_count_ > max_trailers) {
        return refuse(431, std::to_string(trailer_count_), "body: expected at most 100 trailer lines");
      }
    }
    line_.clear();
  }
  return used;
}

std::string normalised_request(const RequestHead& head, std::string_view body) {
  std::string out;
  out.reserve(head.head_bytes + body.size() + 32);
  out.append(head.method).append(" ").append(head.target).append(" ").append(head.version).append("\r\n");
  for (const auto& [name, value] : head.headers) {
    if (iequals(name, "Content-Length") || iequals(name, "Transfer-Encoding") || iequals(name, "Expect")) continue;
    out.append(name).append(": ").append(value).append("\r\n");
  }
  if (!body.empty() || head.content_length > 0 || head.chunked) {
    out.append("Content-Length: ").append(std::to_string(body.size())).append("\r\n");
  }
  out.append("\r\n").append(body);
  return out;
}

}  // namespace relplan::http
