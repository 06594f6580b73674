#include <catch2/catch.hpp>

#include "support/rule_testing.hpp"

using namespace planlint::testing;
using Strings = std::vector<std::string>;

namespace {

const char* const kStaleTerms = R"(
id: stale-terms
kind: substitution
severity: warning
message: “{match}”应改为“{expected}”
message_en: 'write "{expected}" instead of "{match}"'
swap:
  十三五期间: 十四五期间
  教育行政部门: 教育主管部门
examples:
  hit: [十三五期间完成]
  miss: [十四五期间完成]
)";

}  // namespace

TEST_CASE("substitution: each occurrence with its replacement", "[kind][substitution]") {
  const auto rule = rule_from_yaml(kStaleTerms);
  const auto findings = run_rule(*rule, "一、十三五期间，教育行政部门牵头。\n十三五期間");
  CHECK(spans(findings) ==
        Strings{"1:3-1:8 十三五期间", "1:9-1:15 教育行政部门", "2:1-2:6 十三五期間"});
  REQUIRE(findings.size() == 3);
  CHECK(findings[0].message == "“十三五期间”应改为“十四五期间”");
  CHECK(findings[2].message == "“十三五期間”应改为“十四五期间”");
  CHECK(findings[1].replacement == "教育主管部门");
  CHECK(findings[1].message_en == "write \"教育主管部门\" instead of \"教育行政部门\"");
}

TEST_CASE("substitution: a term given twice in two scripts is refused", "[kind][substitution]") {
  CHECK(rule_errors("id: s\nkind: substitution\nseverity: info\nmessage: x\nswap:\n  期间: 时期\n"
                    "  期間: 时期\n") ==
        Strings{"test.yaml:7:3: “期間” is listed twice in `swap` (Traditional and Simplified or "
                "full- and half-width forms count as the same term)"});
  CHECK(rule_errors("{id: s, kind: substitution, severity: info, message: x, swap: [a]}") ==
        Strings{"test.yaml:1:63: a substitution rule needs `swap:`, a mapping from each term to "
                "avoid to the term to write, e.g. `swap: {十三五期间: 十四五期间}`"});
}
