#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace planlint::testing {

// Checks of the HTML report's structure without a browser (the browser tests are in
// tests/browser/ and skip where Chromium is missing).

// What is wrong with the nesting of elements: a closing tag that does not close the innermost
// open element, or an element left open. Void elements, self-closed SVG elements and the
// contents of <style> and <script> are understood. Empty when every element is closed in order.
std::vector<std::string> nesting_problems(std::string_view html);

// The page with the contents of its <style> and <script> replaced by a note, so that a golden
// shows the structure and text the reporter writes, not the embedded stylesheet and script.
std::string without_assets(std::string_view html);

// The text each finding of one document highlights: for each data-f value, the characters of
// all <mark class="f…" data-f="k"> of the <article id="d{number}">, entities decoded.
std::map<std::string, std::string> highlighted_text(std::string_view html, int number);

std::size_t occurrences(std::string_view text, std::string_view what);

}  // namespace planlint::testing
