#include "report/json_syntax.hpp"

#include <cctype>
#include <cstring>

#include "planlint/text/utf8.hpp"

namespace planlint::testing {
namespace {

// A recursive-descent recogniser: each function consumes one production at `at_` or fails.
class JsonRecogniser {
 public:
  explicit JsonRecogniser(std::string_view text) : text_(text) {}

  bool whole_value() {
    skip_space();
    if (!value()) return false;
    skip_space();
    return at_ == text_.size();
  }

 private:
  bool value() {
    if (at_ >= text_.size()) return false;
    switch (text_[at_]) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        return literal("true");
      case 'f':
        return literal("false");
      case 'n':
        return literal("null");
      default:
        return number();
    }
  }

  bool object() {
    ++at_;
    skip_space();
    if (take('}')) return true;
    do {
      skip_space();
      if (at_ >= text_.size() || text_[at_] != '"' || !string()) return false;
      skip_space();
      if (!take(':')) return false;
      skip_space();
      if (!value()) return false;
      skip_space();
    } while (take(','));
    return take('}');
  }

  bool array() {
    ++at_;
    skip_space();
    if (take(']')) return true;
    do {
      skip_space();
      if (!value()) return false;
      skip_space();
    } while (take(','));
    return take(']');
  }

  bool string() {
    ++at_;
    while (at_ < text_.size()) {
      const auto byte = static_cast<unsigned char>(text_[at_]);
      if (byte == '"') {
        ++at_;
        return true;
      }
      if (byte < 0x20) return false;
      if (byte == '\\') {
        if (!escape()) return false;
        continue;
      }
      const Utf8CodePoint code_point = decode_utf8(text_, at_);
      if (code_point.length == 0) return false;
      at_ += code_point.length;
    }
    return false;
  }

  bool escape() {
    ++at_;
    if (at_ >= text_.size()) return false;
    const char kind = text_[at_++];
    if (kind == 'u') {
      for (int i = 0; i < 4; ++i, ++at_) {
        if (at_ >= text_.size() || !std::isxdigit(static_cast<unsigned char>(text_[at_]))) {
          return false;
        }
      }
      return true;
    }
    return std::strchr("\"\\/bfnrt", kind) != nullptr;
  }

  bool number() {
    const std::size_t start = at_;
    take('-');
    if (!digits()) return false;
    if (take('.') && !digits()) return false;
    if (take('e') || take('E')) {
      if (!take('+')) take('-');
      if (!digits()) return false;
    }
    return at_ > start;
  }

  bool digits() {
    const std::size_t start = at_;
    while (at_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[at_]))) ++at_;
    return at_ > start;
  }

  bool literal(std::string_view word) {
    if (text_.substr(at_, word.size()) != word) return false;
    at_ += word.size();
    return true;
  }

  bool take(char wanted) {
    if (at_ < text_.size() && text_[at_] == wanted) {
      ++at_;
      return true;
    }
    return false;
  }

  void skip_space() {
    while (at_ < text_.size() && std::strchr(" \t\r\n", text_[at_]) != nullptr && text_[at_] != 0) {
      ++at_;
    }
  }

  std::string_view text_;
  std::size_t at_ = 0;
};

}  // namespace

bool is_json(std::string_view text) {
  return JsonRecogniser(text).whole_value();
}

}  // namespace planlint::testing
