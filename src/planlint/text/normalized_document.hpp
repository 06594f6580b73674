#pragma once
#include <string>
#include <string_view>

#include "planlint/text/line_index.hpp"
#include "planlint/text/normalize.hpp"
#include "planlint/text/source_pages.hpp"

namespace planlint {

// The normalized view of a whole text and the index of its lines. Folding keeps every line end,
// so line N of the view is line N of the text. Not movable: the index refers to the view.
class NormalizedDocument {
 public:
  explicit NormalizedDocument(std::string_view text)
      : normalized_(normalize(text)), lines_(normalized_.view()) {}
  // The view of a document's text(), read in pieces whose pages go behind the normalizer when
  // the text is a mapped file's: the text and its view are never both whole in memory.
  explicit NormalizedDocument(const Document& document)
      : normalized_(normalize_in_pieces(document.text(),
                                        [pages = SourcePagesBehind(document)](
                                            std::size_t end) mutable { pages.reached(end); })),
        lines_(normalized_.view()) {}
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
