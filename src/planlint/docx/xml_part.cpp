#include "planlint/docx/xml_part.hpp"

namespace planlint::docx {
namespace {

// Word nests tables in tables and text boxes in paragraphs, but never a hundred levels deep;
// planlint reads the parts recursively, so a part nested deeper is refused, not read.
constexpr int kMaxDepth = 200;

// Walks the tree without recursion (pugixml's traverse keeps its own stack).
struct DepthProbe : pugi::xml_tree_walker {
  bool for_each(pugi::xml_node&) override {
    too_deep = depth() > kMaxDepth;
    return !too_deep;
  }
  bool too_deep = false;
};

}  // namespace

std::optional<Message> parse_xml_part(const std::string& name, const std::string& bytes,
                                      pugi::xml_document& document) {
  // Whitespace-only text is kept where it is an element's only child: <w:t> </w:t> is a space.
  constexpr unsigned kOptions =
      pugi::parse_default | pugi::parse_ws_pcdata_single | pugi::parse_doctype;
  const pugi::xml_parse_result result =
      document.load_buffer(bytes.data(), bytes.size(), kOptions, pugi::encoding_auto);
  if (!result) {
    const std::string offset = std::to_string(result.offset);
    const std::string reason = result.description();
    return Message{name + ": 字节偏移 " + offset + " 处 XML 格式错误（" + reason + "）",
                   name + ": malformed XML at byte " + offset + " (" + reason + ")"};
  }
  DepthProbe probe;
  document.traverse(probe);
  if (probe.too_deep) {
    const std::string depth = std::to_string(kMaxDepth);
    return Message{name + " 的元素嵌套超过 " + depth +
                       " 层，正常的 Word 文档不会这样；请用 Word 或 WPS 打开后重新保存",
                   name + " nests elements more than " + depth +
                       " levels deep, which no Word document does; open it in Word or WPS and "
                       "save it again"};
  }
  for (const auto& child : document.children()) {
    if (child.type() == pugi::node_doctype) {
      return Message{name +
                         " 声明了 DTD（<!DOCTYPE>），Word 从不写入，planlint 也不解析其中的实体；"
                         "请用 Word 或 WPS 打开后重新另存为 .docx",
                     name +
                         " declares a DTD (<!DOCTYPE>), which Word never writes; its entities are "
                         "not resolved. Open the file in Word or WPS and save it again as .docx"};
    }
  }
  return std::nullopt;
}

}  // namespace planlint::docx
