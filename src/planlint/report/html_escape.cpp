#include "planlint/report/html_escape.hpp"

#include <cstdio>

#include "planlint/text/utf8.hpp"

namespace planlint {
namespace {

// Characters that would act on the text around them rather than show: C0 and C1 controls (but
// tab and line ends), bidirectional embeddings, overrides, isolates and marks, zero-width
// characters and the byte order mark.
bool is_hidden_control(char32_t c) {
  if (c == U'\t' || c == U'\n' || c == U'\r') return false;
  if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return true;
  if (c == 0x061C || c == 0xFEFF) return true;
  if (c >= 0x200B && c <= 0x200F) return true;
  if (c >= 0x2028 && c <= 0x202E) return true;
  return c >= 0x2060 && c <= 0x2069;
}

std::string code_of(char32_t c) {
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
  return code;
}

enum class Context { text, attribute };

void append_escaped(std::string& out, std::string_view text, Context context) {
  out.reserve(out.size() + text.size());
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t start = at;
    const char32_t c = decode_utf8_at(text, at);
    switch (c) {
      case U'&':
        out += "&amp;";
        break;
      case U'<':
        out += "&lt;";
        break;
      case U'>':
        out += "&gt;";
        break;
      case U'"':
        out += "&quot;";
        break;
      case U'\'':
        out += "&#39;";
        break;
      case U'\r':
        // CR LF is one line end; a lone CR ends a line too.
        if (at < text.size() && text[at] == '\n') break;
        out += context == Context::text ? "\n" : " ";
        break;
      case U'\n':
        out += context == Context::text ? "\n" : " ";
        break;
      case 0xFFFD:
        out += "\xEF\xBF\xBD";
        break;
      default:
        if (is_hidden_control(c)) {
          if (context == Context::text) {
            out += "<span class=\"ctl\">" + code_of(c) + "</span>";
          } else {
            out += "[" + code_of(c) + "]";
          }
        } else {
          out.append(text.substr(start, at - start));
        }
    }
  }
}

}  // namespace

void append_html_text(std::string& out, std::string_view text) {
  append_escaped(out, text, Context::text);
}

void append_html_attribute(std::string& out, std::string_view text) {
  append_escaped(out, text, Context::attribute);
}

std::string html_text(std::string_view text) {
  std::string out;
  append_html_text(out, text);
  return out;
}

std::string html_attribute(std::string_view text) {
  std::string out;
  append_html_attribute(out, text);
  return out;
}

}  // namespace planlint
