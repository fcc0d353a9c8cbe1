#pragma once
// One error channel for the whole engine (STYLE.md point 5): functions that can fail on input return
// a Result, which holds either the value or an Error naming the field, the value seen and the rule.
// Exceptions are for bugs only; they are caught once, in main() and in the HTTP error handler.
#include <string>
#include <utility>
#include <variant>

namespace relplan {

// What kind of failure an Error is, for a caller that must answer differently (the HTTP layer:
// 400 for bad input, 503 for the others). Engine errors are all invalid_input.
enum class ErrorKind {
  invalid_input,  // the request or file is wrong; repeating it fails the same way
  busy,           // the database is locked by another writer; the same request may succeed shortly
  unavailable,    // the database cannot be written (read-only, disk full, I/O error); needs an operator
};

struct Error {
  std::string field;    // what was wrong: "cadence_months", "calendar CN", "holiday 'Easter Monday': offset"
  std::string value;    // the value seen, as text
  std::string message;  // the whole sentence shown to a person
  // After message, with a default: Error{field, value, message} stays an invalid_input error.
  ErrorKind kind = ErrorKind::invalid_input;
  // When the message is "<context>: <field>: <detail>" (errors made by expected() and about()), the
  // parts apart, so that an adapter can name the field its own way (relabeled) without cutting text.
  std::string detail{};   // "expected 1..36, saw 0"
  std::string context{};  // "scenario '8 months'"; empty: none

  // "<field>: expected <rule>, saw <value>", the common shape of a validation error.
  static Error expected(std::string field, std::string value, const std::string& rule) {
    return about(std::move(field), std::move(value), "expected " + rule + ", saw " + value);
  }
  // "<field>: <detail>", for the other rules: "--slip: required with --actual (shift_grid or keep_grid)".
  static Error about(std::string field, std::string value, std::string detail) {
    std::string msg = field + ": " + detail;
    return Error{std::move(field), std::move(value), std::move(msg), ErrorKind::invalid_input, std::move(detail), ""};
  }
  // Prefixes the message with a context such as a file name: "gb-eng.toml: <message>".
  Error in(const std::string& where) const& {
    Error e = *this;
    e.message = where + ": " + message;
    e.context = context.empty() ? where : where + ": " + context;
    return e;
  }
  // The same error under another name of its field ("cadence_months" -> "--cadence"); an error
  // without a detail is returned as it is.
  Error relabeled(const std::string& name) const& {
    if (detail.empty()) return *this;
    Error e = *this;
    e.field = name;
    e.message = (context.empty() ? "" : context + ": ") + name + ": " + detail;
    return e;
  }
};

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : v_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const noexcept { return v_.index() == 0; }
  explicit operator bool() const noexcept { return ok(); }
  const T& value() const& { return std::get<0>(v_); }
  T& value() & { return std::get<0>(v_); }
  T value() && { return std::get<0>(std::move(v_)); }  // by value: safe in range-for over a temporary
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }
  const Error& error() const& { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

// For operations that produce no value: `Status s = check(...); if (!s) return s.error();`
struct Ok {};
using Status = Result<Ok>;

}  // namespace relplan
