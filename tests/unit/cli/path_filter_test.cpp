#include <catch2/catch.hpp>

#include "planlint/cli/path_filter.hpp"

using namespace planlint;
namespace fs = std::filesystem;

namespace {

const fs::path kProject = "/project";

PathFilter excluding(std::initializer_list<const char*> patterns) {
  std::vector<PathGlob> exclude;
  for (const char* pattern : patterns) exclude.push_back({pattern, kProject});
  return PathFilter({{"*.txt", kProject}, {"*.md", kProject}}, std::move(exclude));
}

}  // namespace

TEST_CASE("a glob without '/' names a file or folder anywhere below its folder", "[cli][path]") {
  const PathFilter filter = excluding({"old", "*.bak.txt"});
  CHECK(filter.excluded("/project/old"));
  CHECK(filter.excluded("/project/drafts/old/plan.txt"));
  CHECK(filter.excluded("/project/plan.bak.txt"));
  CHECK_FALSE(filter.excluded("/project/older/plan.txt"));
  CHECK_FALSE(filter.excluded("/project/drafts/plan.txt"));
}

TEST_CASE("a glob with '/' is anchored at its folder and covers what lies inside", "[cli][path]") {
  const PathFilter filter = excluding({"drafts/2019", "./tmp/*.md", "/archive/**/*.txt"});
  CHECK(filter.excluded("/project/drafts/2019"));
  CHECK(filter.excluded("/project/drafts/2019/a/plan.txt"));
  CHECK_FALSE(filter.excluded("/project/other/drafts/2019/plan.txt"));
  CHECK(filter.excluded("/project/tmp/notes.md"));
  CHECK(filter.excluded("/project/archive/plan.txt"));
  CHECK(filter.excluded("/project/archive/2020/plan.txt"));
  CHECK_FALSE(filter.excluded("/elsewhere/drafts/2019/plan.txt"));
}

TEST_CASE("a trailing '/' or '.' names the same folder", "[cli][path]") {
  const PathFilter filter = excluding({"drafts/2019"});
  CHECK(filter.excluded("/project/drafts/2019/"));
  CHECK(filter.excluded("/project/./drafts/x/../2019"));
}

TEST_CASE("include globs name the files a folder walk keeps", "[cli][path]") {
  const PathFilter filter = excluding({});
  CHECK(filter.included("/project/a/plan.txt"));
  CHECK(filter.included("/project/README.md"));
  CHECK_FALSE(filter.included("/project/plan.docx"));
  const PathFilter anchored({{"drafts/**/*.txt", kProject}}, {});
  CHECK(anchored.included("/project/drafts/2024/plan.txt"));
  CHECK_FALSE(anchored.included("/project/notes/plan.txt"));
}
