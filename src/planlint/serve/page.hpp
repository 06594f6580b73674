#pragma once
#include <string>
#include <string_view>

#include "planlint/core/language.hpp"

namespace planlint {

// What the page may load: its own inline style and script (which the HTML report it shows
// needs too, in a frame that inherits this policy), requests to this server, data: images.
// Nothing from any other host. In the page's <meta> and its Content-Security-Policy header.
inline constexpr std::string_view kPageContentSecurityPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'";
// Only the header can say that no other page may frame this one.
inline constexpr std::string_view kPageFrameAncestors = "; frame-ancestors 'none'";

// The page of `planlint serve` (GET /) in `language`: its labels are filled in by its script
// (src/planlint/serve/page/), which talks to the JSON API.
std::string serve_page(Language language);

}  // namespace planlint
