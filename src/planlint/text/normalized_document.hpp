#pragma once
#include <string>
#include <string_view>

#include "planlint/text/line_index.hpp"
#include "planlint/text/normalize.hpp"

namespace planlint {

// The normalized view of a whole text and the index of its lines. Folding keeps every line end,
// so line N of the view is line N of the text. Not movable: the index refers to the view.
class NormalizedDocument {
 public:
  explicit NormalizedDocument(std::string_view text)
      : normalized_(normalize(text)), lines_(normalized_.view()) {}
  NormalizedDocument(const NormalizedDocument&) = delete;
  NormalizedDocument& operator=(const NormalizedDocument&) = delete;

  const std::string& view() const { return normalized_.view(); }
  const LineIndex& lines() const { return lines_; }
  const NormalizedText& text() const { return normalized_; }

 private:
  NormalizedText normalized_;
  LineIndex lines_;
};

}  // namespace planlint
