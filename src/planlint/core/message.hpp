#pragma once
#include <string>

#include "planlint/core/language.hpp"

namespace planlint {

// What planlint tells the drafter about a problem, written once in each language where the
// problem is found; whoever prints it picks the language --lang asks for.
struct Message {
  std::string zh;
  std::string en;

  const std::string& in(Language language) const { return language == Language::en ? en : zh; }
};

// The message with `prefix` (a file or part name and its separator) before both texts.
inline Message prefixed(const std::string& prefix, const Message& message) {
  return {prefix + message.zh, prefix + message.en};
}

}  // namespace planlint
