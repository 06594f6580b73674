#include "planlint/config/yaml_alias_budget.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <limits>
#include <sstream>
#include <vector>

namespace planlint {
namespace {

std::uint64_t saturating_add(std::uint64_t a, std::uint64_t b) {
  return a > std::numeric_limits<std::uint64_t>::max() - b
             ? std::numeric_limits<std::uint64_t>::max()
             : a + b;
}

// The thrown value that stops parsing at the offending alias.
struct AliasProblem {
  YAML::Mark mark;
  Message message;
};

// Counts, for every anchored node, how many nodes it stands for once its own aliases are
// expanded, and adds that count each time an alias names it.
class ExpansionCounter final : public YAML::EventHandler {
 public:
  explicit ExpansionCounter(std::uint64_t budget) : budget_(budget) {}

  void OnDocumentStart(const YAML::Mark&) override {
    anchors_.clear();
    open_.clear();
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark&, YAML::anchor_t anchor) override { leaf(anchor); }
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t anchor,
                const std::string&) override {
    leaf(anchor);
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const std::uint64_t size = anchor < anchors_.size() ? anchors_[anchor] : 0;
    if (size == kStillOpen) {
      throw AliasProblem{mark,
                         {"这个别名引用了包含它自身的节点，展开后永无止境；请直接写出取值",
                          "this alias refers to the node that contains it, which would "
                          "never end; write the value out instead"}};
    }
    added_ = saturating_add(added_, size);
    if (added_ > budget_) {
      const std::string budget = std::to_string(budget_);
      throw AliasProblem{mark,
                         {"别名展开后本文件会多出 " + budget +
                              " 个以上的值（“十亿笑声”式文件？）；请直接写出取值或少用别名",
                          "aliases would expand this document by more than " + budget +
                              " values (a “billion laughs” document?); write the values out "
                              "or use fewer aliases"}};
    }
    add_to_parent(size);
  }

  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(anchor);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(anchor);
  }
  void OnMapEnd() override { close(); }

 private:
  static constexpr std::uint64_t kStillOpen = 0;

  struct Collection {
    YAML::anchor_t anchor;
    std::uint64_t size;  // itself and everything in it, aliases expanded
  };

  void record(YAML::anchor_t anchor, std::uint64_t size) {
    if (anchor == YAML::NullAnchor) return;
    if (anchors_.size() <= anchor) anchors_.resize(anchor + 1, kStillOpen);
    anchors_[anchor] = size;
  }
  void add_to_parent(std::uint64_t size) {
    if (!open_.empty()) open_.back().size = saturating_add(open_.back().size, size);
  }
  void leaf(YAML::anchor_t anchor) {
    record(anchor, 1);
    add_to_parent(1);
  }
  void open(YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor) record(anchor, kStillOpen);
    open_.push_back({anchor, 1});
  }
  void close() {
    const Collection done = open_.back();
    open_.pop_back();
    record(done.anchor, done.size);
    add_to_parent(done.size);
  }

  std::uint64_t budget_;
  std::uint64_t added_ = 0;
  std::vector<std::uint64_t> anchors_;  // by anchor id: expanded size, or kStillOpen
  std::vector<Collection> open_;
};

}  // namespace

std::optional<FileError> check_alias_expansion(const std::string& text, const std::string& path,
                                               std::uint64_t budget) {
  std::istringstream stream(text);
  ExpansionCounter counter(budget);
  try {
    YAML::Parser parser(stream);
    // Only the first document, the one YAML::Load reads: on some malformed input yaml-cpp 0.7
    // reports a new document on every call without consuming anything, so a loop never ends.
    parser.HandleNextDocument(counter);
  } catch (const AliasProblem& problem) {
    return FileError{path, problem.mark.line + 1, problem.mark.column + 1, problem.message};
  } catch (const YAML::Exception&) {
    // A syntax error: YAML::Load reports it with its position.
  }
  return std::nullopt;
}

}  // namespace planlint
