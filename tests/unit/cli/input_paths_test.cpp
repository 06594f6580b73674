#include <catch2/catch.hpp>

#include <unistd.h>
#include <sstream>

#include "planlint/cli/input_paths.hpp"
#include "support/golden.hpp"

using namespace planlint;
namespace fs = std::filesystem;

namespace {

// A folder of drafts made for one test and removed after it.
class ScratchTree {
 public:
  ScratchTree()
      : root_(fs::temp_directory_path() / ("planlint-inputs-" + std::to_string(getpid()))) {
    fs::remove_all(root_);
    for (const char* file : {"b.txt", "a.md", "notes.docx", "sub/z.txt", "sub/deeper/y.txt",
                             "old/x.txt", ".git/HEAD.txt", "c.txt"}) {
      testing::write_file(root_ / file, "一、总体要求\n");
    }
    fs::create_directory_symlink(root_, root_ / "sub/loop");
  }
  ~ScratchTree() { fs::remove_all(root_); }

  const fs::path& root() const { return root_; }

 private:
  fs::path root_;
};

std::vector<std::string> listed(InputPaths& inputs, const fs::path& root) {
  std::vector<std::string> names;
  while (auto item = inputs.next()) {
    if (const auto* file = std::get_if<InputFile>(&*item)) {
      names.push_back(file->path == "-" ? "- as " + file->name
                                        : fs::path(file->path).lexically_relative(root).string());
    } else {
      names.push_back("problem: " + std::get<InputError>(*item).path);
    }
  }
  return names;
}

PathFilter default_filter(const fs::path& root, std::vector<PathGlob> exclude = {}) {
  return PathFilter({{"*.txt", root}, {"*.md", root}}, std::move(exclude));
}

}  // namespace

TEST_CASE("a folder is walked in sorted order, skipping hidden entries and loops",
          "[cli][inputs]") {
  ScratchTree tree;
  const PathFilter filter = default_filter(tree.root());
  InputPaths inputs(InputSources{{tree.root().string()}}, filter);
  CHECK(listed(inputs, tree.root()) == std::vector<std::string>{"a.md", "b.txt", "c.txt",
                                                                "old/x.txt", "sub/deeper/y.txt",
                                                                "sub/z.txt"});
}

TEST_CASE("excluded folders are not entered; named files are checked whatever their name",
          "[cli][inputs]") {
  ScratchTree tree;
  const PathFilter filter =
      default_filter(tree.root(), {{"old", tree.root()}, {"deeper", tree.root()}});
  InputPaths inputs(InputSources{{(tree.root() / "notes.docx").string(),
                                  (tree.root() / "old/x.txt").string(), tree.root().string()}},
                    filter);
  CHECK(listed(inputs, tree.root()) ==
        std::vector<std::string>{"notes.docx", "a.md", "b.txt", "c.txt", "sub/z.txt"});
}

TEST_CASE("entries of a path list follow the paths, newline or NUL separated", "[cli][inputs]") {
  ScratchTree tree;
  const PathFilter filter = default_filter(tree.root());
  const std::string c = (tree.root() / "c.txt").string();
  const std::string sub = (tree.root() / "sub").string();
  SECTION("lines, with Windows line ends and blank lines") {
    std::istringstream list(c + "\r\n\n" + sub + "\n");
    InputPaths inputs(InputSources{{"-"}, &list, '\n', "stdin.txt"}, filter);
    CHECK(listed(inputs, tree.root()) ==
          std::vector<std::string>{"- as stdin.txt", "c.txt", "sub/deeper/y.txt", "sub/z.txt"});
  }
  SECTION("NUL-separated names may hold newlines") {
    const fs::path two_lines = tree.root() / "计划\n草稿.txt";
    testing::write_file(two_lines, "一、总体要求\n");
    std::istringstream list(c + '\0' + two_lines.string() + '\0' + sub + '\0');
    InputPaths inputs(InputSources{{}, &list, '\0'}, filter);
    CHECK(listed(inputs, tree.root()) ==
          std::vector<std::string>{"c.txt", "计划\n草稿.txt", "sub/deeper/y.txt", "sub/z.txt"});
  }
}

TEST_CASE("a missing path is passed on, for the reader to report", "[cli][inputs]") {
  ScratchTree tree;
  const PathFilter filter = default_filter(tree.root());
  InputPaths inputs(InputSources{{(tree.root() / "missing.txt").string()}}, filter);
  CHECK(listed(inputs, tree.root()) == std::vector<std::string>{"missing.txt"});
}
