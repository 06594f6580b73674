// Lists the comments of a document LibreOffice saved as flat ODF (.fodt), one line each in
// document order: author, the text the comment is anchored on, the comment's text, separated
// by " | " (a paragraph end inside an anchored range shows as ⏎). The --annotate round trip
// compares this with a golden file checked by hand.
//   annotation_dump FILE.fodt
#include <cstring>
#include <iostream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

namespace {

struct Annotation {
  std::string author;
  std::string text;
  std::string anchored;
};

bool named(const pugi::xml_node& node, const char* name) {
  return std::strcmp(node.name(), name) == 0;
}

std::string plain_text(const pugi::xml_node& node) {
  std::string text;
  for (const auto& child : node.children()) {
    if (child.type() == pugi::node_pcdata) text += child.value();
    if (named(child, "text:p") && !text.empty()) text += "⏎";
    // The author, date and initials are metadata (dc:…, meta:…), not the comment's text.
    const std::string_view name = child.name();
    if (child.type() == pugi::node_element && !name.starts_with("dc:") &&
        !name.starts_with("meta:")) {
      text += plain_text(child);
    }
  }
  return text;
}

class Walker {
 public:
  void walk(const pugi::xml_node& node) {
    for (const auto& child : node.children()) {
      if (child.type() == pugi::node_pcdata) {
        append(child.value());
      } else if (named(child, "office:annotation")) {
        open(child);
      } else if (named(child, "office:annotation-end")) {
        close(child.attribute("office:name").value());
      } else if (named(child, "text:tab")) {
        append("\t");
      } else if (named(child, "text:s")) {
        append(std::string(std::max(1, child.attribute("text:c").as_int()), ' '));
      } else if (named(child, "text:line-break")) {
        append("\n");
      } else {
        walk(child);
        if (named(child, "text:p") || named(child, "text:h")) append("⏎");
      }
    }
  }

 private:
  void open(const pugi::xml_node& node) {
    Annotation annotation{node.child("dc:creator").text().get(), plain_text(node), {}};
    const std::string name = node.attribute("office:name").value();
    if (name.empty()) {
      print(annotation);
    } else {
      open_[name] = order_.size();
      order_.push_back(annotation);
    }
  }

  void close(const std::string& name) {
    const auto found = open_.find(name);
    if (found == open_.end()) return;
    Annotation& annotation = order_[found->second];
    if (annotation.anchored.ends_with("⏎"))
      annotation.anchored.resize(annotation.anchored.size() - 3);
    print(annotation);
    open_.erase(found);
  }

  void append(const std::string& text) {
    for (const auto& [name, index] : open_) order_[index].anchored += text;
  }

  static void print(const Annotation& annotation) {
    std::cout << annotation.author << " | " << annotation.anchored << " | " << annotation.text
              << '\n';
  }

  std::map<std::string, std::size_t> open_;
  std::vector<Annotation> order_;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: annotation_dump FILE.fodt\n";
    return 2;
  }
  pugi::xml_document document;
  if (!document.load_file(argv[1])) {
    std::cerr << argv[1] << ": not readable XML\n";
    return 1;
  }
  Walker walker;
  walker.walk(document.child("office:document").child("office:body"));
  return 0;
}
