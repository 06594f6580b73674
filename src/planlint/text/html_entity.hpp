#pragma once
#include <cstddef>
#include <optional>
#include <string_view>

namespace planlint {

// A character reference of HTML (&emsp; &#12288; &#x3000;) as web pages leave it in copied text.
struct HtmlEntity {
  char32_t code_point = 0;
  std::size_t length = 0;  // bytes, from the & to the ; inclusive
};

// The well-formed reference starting at `at` (where `text` holds a '&'): a name planlint knows
// followed by ';', or a decimal or hexadecimal number followed by ';' that names a character
// other than a control, a surrogate or NUL. Anything else (a bare &, &nbsp without ';', a name
// not in the table) is nullopt: the & is then ordinary text.
std::optional<HtmlEntity> read_html_entity(std::string_view text, std::size_t at);

// Byte length of what has the shape of a reference at `at` (&name; &#digits; &#xhex;) whether
// or not planlint knows the name, or 0: what a Markdown parser may have decoded there.
std::size_t html_entity_shape_length(std::string_view text, std::size_t at);

}  // namespace planlint
