#pragma once
// Expected failures (validation, not found, conflict, permission) travel as values;
// exceptions are kept for failures that abort the whole operation (a broken database).
#include <string>
#include <utility>
#include <variant>

namespace pathway {

enum class ErrorKind { invalid, not_found, conflict, forbidden, unavailable };

struct Error {
  ErrorKind kind;
  std::string message;  // safe to show to the signed-in user; never contains secrets
};

// Holds either a T or an Error. Accessing the wrong alternative is a programming error.
template <class T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}
  Result(Error error) : state_(std::move(error)) {}

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<T>(state_); }
  const T& value() const { return std::get<T>(state_); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { return std::get<Error>(state_); }

 private:
  std::variant<T, Error> state_;
};

struct Done {};  // the value of a Result that carries nothing but success

}  // namespace pathway
