#pragma once
#include <string>
#include <string_view>

namespace planlint::markdown {

// Whether a file name says Markdown: .md or .markdown, in any case.
bool is_markdown_name(std::string_view path);

// How a reader sees a Markdown text, laid out exactly like it: `source` with every byte that is
// markup (heading #s, emphasis, bullets, block-quote >, table pipes, link destinations, HTML
// tags), code (fenced, indented, inline) or a link reference definition replaced by blanks of
// the same byte length, so that every offset, line and code-point column means the same in the
// reading and in the file. Line ends stay; what a reader reads stays as written (entities too:
// the normalized view decodes them). The number of an ordered list item stays: `1. 加强…` is a
// numbered item. See docs/markdown.md.
std::string read_markdown(std::string_view source);

}  // namespace planlint::markdown
