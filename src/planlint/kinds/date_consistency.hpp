#pragma once
#include "planlint/kinds/registry.hpp"

namespace planlint {

// `date-consistency`: dates that cannot be right in a document of its date. One `check` per
// rule: `impossible` (2月30日, 13月), `previous-year` (a plan for 2024 whose body still sets
// 2023年…的总体要求), `past-deadline` (2023年底前完成 in a document dated 2024), `this-year`
// (今年（2023年） in a document dated 2024). The dates are
// read from the capture groups (year, month, day) of the rule's patterns; the document's date and
// the year its title names come from the outline. Documented in docs/rules/date-consistency.md.
const KindEntry& date_consistency_kind();

}  // namespace planlint
