#pragma once
#include <string>
#include <vector>

namespace planlint::testing {

// How a finding's place is written: "alpha@3:2" (line) or "alpha@¶2:1" (Word paragraph).
enum class FindingPlace { line, paragraph };

// "rule@place" for every finding two phrase rules (`alpha` finds 甲, `beta` finds 乙) leave in
// the file `name` of `bytes` once the file's suppression comments are applied, as `check` would.
std::vector<std::string> findings_left(const std::string& name, const std::string& bytes,
                                       bool report_unused, FindingPlace place);

}  // namespace planlint::testing
