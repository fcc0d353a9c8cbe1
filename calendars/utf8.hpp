#pragma once
// UTF-8 checks for text that came from outside (a file, a flag, a request): JSON writers throw on
// ill-formed UTF-8, so readers refuse it (naming the field) or repair it before it is echoed.
#include <string>
#include <string_view>

namespace relplan {

// True if `text` is well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, at most U+10FFFF).
bool valid_utf8(std::string_view text);
// `text` with each ill-formed byte replaced by U+FFFD: "a\xffb" -> "a\uFFFDb".
std::string to_valid_utf8(std::string_view text);

}  // namespace relplan
