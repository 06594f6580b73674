#include "report/html_structure.hpp"

#include <algorithm>
#include <array>

namespace planlint::testing {
namespace {

constexpr std::array<std::string_view, 6> kVoidElements{"meta", "input", "br", "img", "link", "hr"};

struct Tag {
  std::string name;
  bool closing = false;
  bool self_closed = false;
  std::string source;  // the whole tag
};

// The tag starting at `at` (a '<'), which moves `at` past it.
Tag read_tag(std::string_view html, std::size_t& at) {
  const std::size_t end = html.find('>', at);
  Tag tag;
  tag.source = std::string(html.substr(at, end - at + 1));
  std::size_t name_at = at + 1;
  if (html[name_at] == '/') {
    tag.closing = true;
    ++name_at;
  }
  const std::size_t name_end = html.find_first_of(" \t\n/>", name_at);
  tag.name = std::string(html.substr(name_at, name_end - name_at));
  tag.self_closed = html[end - 1] == '/';
  at = end + 1;
  return tag;
}

std::string attribute(const std::string& tag, std::string_view name) {
  const std::string key = " " + std::string(name) + "=\"";
  const std::size_t at = tag.find(key);
  if (at == std::string::npos) return {};
  const std::size_t begin = at + key.size();
  return tag.substr(begin, tag.find('"', begin) - begin);
}

// Decodes the entities the reporter writes.
void append_decoded(std::string& out, std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    if (text[at] != '&') {
      out += text[at++];
      continue;
    }
    const std::size_t end = text.find(';', at);
    const std::string_view entity = text.substr(at, end - at + 1);
    if (entity == "&lt;")
      out += '<';
    else if (entity == "&gt;")
      out += '>';
    else if (entity == "&amp;")
      out += '&';
    else if (entity == "&quot;")
      out += '"';
    else if (entity == "&#39;")
      out += '\'';
    else
      out += entity;
    at = end + 1;
  }
}

}  // namespace

std::vector<std::string> nesting_problems(std::string_view html) {
  std::vector<std::string> problems;
  std::vector<std::string> open;
  for (std::size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at)) {
    if (html.substr(at, 2) == "<!") {
      at = html.find('>', at);
      continue;
    }
    const Tag tag = read_tag(html, at);
    if (tag.closing) {
      if (open.empty() || open.back() != tag.name) {
        problems.push_back("</" + tag.name + "> closes <" + (open.empty() ? "" : open.back()) +
                           ">");
      } else {
        open.pop_back();
      }
      continue;
    }
    if (tag.self_closed ||
        std::find(kVoidElements.begin(), kVoidElements.end(), tag.name) != kVoidElements.end()) {
      continue;
    }
    if (tag.name == "style" || tag.name == "script") {
      at = html.find("</" + tag.name + ">", at);
      if (at == std::string_view::npos) {
        problems.push_back("<" + tag.name + "> never closed");
        break;
      }
      at += tag.name.size() + 3;
      continue;
    }
    open.push_back(tag.name);
  }
  for (const std::string& name : open) problems.push_back("<" + name + "> left open");
  return problems;
}

std::string without_assets(std::string_view html) {
  std::string page(html);
  for (const std::string_view element : {"style", "script"}) {
    const std::string open = "<" + std::string(element) + ">";
    const std::string close = "</" + std::string(element) + ">";
    const std::size_t begin = page.find(open);
    if (begin == std::string::npos) continue;
    const std::size_t end = page.find(close, begin);
    page.replace(begin + open.size(), end - begin - open.size(),
                 "/* src/planlint/report/html/report." +
                     std::string(element == "style" ? "css" : "js") + " */");
  }
  return page;
}

std::map<std::string, std::string> highlighted_text(std::string_view html, int number) {
  std::map<std::string, std::string> texts;
  const std::size_t article =
      html.find("<article class=\"doc\" id=\"d" + std::to_string(number) + "\"");
  const std::size_t begin = html.find("<pre class=\"text\">", article);
  const std::size_t end = html.find("</pre>", begin);
  std::vector<std::string> open;  // data-f of the open elements ("" for others)
  for (std::size_t at = html.find('>', begin) + 1; at < end;) {
    if (html[at] != '<') {
      const std::size_t next = std::min(html.find('<', at), end);
      for (const std::string& finding : open) {
        if (!finding.empty()) append_decoded(texts[finding], html.substr(at, next - at));
      }
      at = next;
      continue;
    }
    const Tag tag = read_tag(html, at);
    if (tag.closing) {
      open.pop_back();
    } else {
      const bool finding = tag.name == "mark" && tag.source.find("class=\"f") != std::string::npos;
      open.push_back(finding ? attribute(tag.source, "data-f") : "");
      if (finding) texts[open.back()];  // an empty mark still marks its place
    }
  }
  return texts;
}

std::size_t occurrences(std::string_view text, std::string_view what) {
  std::size_t count = 0;
  for (std::size_t at = text.find(what); at != std::string_view::npos;
       at = text.find(what, at + what.size())) {
    ++count;
  }
  return count;
}

}  // namespace planlint::testing
