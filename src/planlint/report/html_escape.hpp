#pragma once
#include <string>
#include <string_view>

namespace planlint {

// Document text and rule messages are untrusted: everything reaches the page through these.
// Markup characters become entities; ill-formed UTF-8 becomes U+FFFD; control characters and the
// invisible bidirectional and zero-width controls, which could reorder or hide what an editor
// reads, are shown as their code (U+202E) instead of acting.

// For element content: line ends are kept (CR LF as one LF), a control shows as a marked-up code.
void append_html_text(std::string& out, std::string_view text);
// For an attribute value in double quotes: line ends become spaces, a control its code in [].
void append_html_attribute(std::string& out, std::string_view text);

std::string html_text(std::string_view text);
std::string html_attribute(std::string_view text);

}  // namespace planlint
