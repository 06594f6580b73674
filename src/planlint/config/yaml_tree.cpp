#include "planlint/config/yaml_tree.hpp"

#include <cstdint>

namespace planlint {
namespace {

// Each node: one byte of kind, then for a scalar its length and bytes, for a sequence its length
// and items, for a map its length and key, value pairs. Lengths are LEB128 varints.
constexpr char kNull = 'n';
constexpr char kScalar = 's';
constexpr char kSequence = 'l';
constexpr char kMap = 'm';

void write_length(std::string& out, std::size_t length) {
  do {
    const auto low = static_cast<unsigned char>(length & 0x7f);
    length >>= 7;
    out += static_cast<char>(length != 0 ? low | 0x80 : low);
  } while (length != 0);
}

void write_node(std::string& out, const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Scalar:
      out += kScalar;
      write_length(out, node.Scalar().size());
      out += node.Scalar();
      return;
    case YAML::NodeType::Sequence:
      out += kSequence;
      write_length(out, node.size());
      for (const auto& item : node) write_node(out, item);
      return;
    case YAML::NodeType::Map:
      out += kMap;
      write_length(out, node.size());
      for (const auto& item : node) {
        write_node(out, item.first);
        write_node(out, item.second);
      }
      return;
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
      out += kNull;
      return;
  }
}

class TreeReader {
 public:
  explicit TreeReader(std::string_view written) : rest_(written) {}

  std::optional<YAML::Node> node() {
    if (rest_.empty()) return std::nullopt;
    const char kind = rest_.front();
    rest_.remove_prefix(1);
    if (kind == kNull) return YAML::Node(YAML::NodeType::Null);
    const auto length = this->length();
    if (!length) return std::nullopt;
    if (kind == kScalar) {
      if (*length > rest_.size()) return std::nullopt;
      YAML::Node scalar(std::string(rest_.substr(0, *length)));
      rest_.remove_prefix(*length);
      return scalar;
    }
    if (kind == kSequence) return sequence(*length);
    if (kind == kMap) return map(*length);
    return std::nullopt;
  }

  bool done() const { return rest_.empty(); }

 private:
  std::optional<std::size_t> length() {
    std::size_t value = 0;
    for (unsigned shift = 0; shift < 64 && !rest_.empty(); shift += 7) {
      const auto byte = static_cast<unsigned char>(rest_.front());
      rest_.remove_prefix(1);
      value |= static_cast<std::size_t>(byte & 0x7f) << shift;
      if ((byte & 0x80) == 0) return value;
    }
    return std::nullopt;
  }

  std::optional<YAML::Node> sequence(std::size_t length) {
    YAML::Node sequence(YAML::NodeType::Sequence);
    for (std::size_t i = 0; i < length; ++i) {
      auto item = node();
      if (!item) return std::nullopt;
      sequence.push_back(*item);
    }
    return sequence;
  }

  std::optional<YAML::Node> map(std::size_t length) {
    YAML::Node map(YAML::NodeType::Map);
    for (std::size_t i = 0; i < length; ++i) {
      auto key = node();
      if (!key) return std::nullopt;
      auto value = node();
      if (!value) return std::nullopt;
      // Kept as written, duplicates included, without looking the key up.
      map.force_insert(*key, *value);
    }
    return map;
  }

  std::string_view rest_;
};

}  // namespace

std::string write_yaml_tree(const YAML::Node& node) {
  std::string out;
  write_node(out, node);
  return out;
}

std::optional<YAML::Node> read_yaml_tree(std::string_view written) {
  TreeReader reader(written);
  auto node = reader.node();
  if (!node || !reader.done()) return std::nullopt;
  return node;
}

}  // namespace planlint
