#pragma once
#include "planlint/kinds/registry.hpp"

namespace planlint {

// `stale-term`: wording that was current until a date and is stale in a document dated after
// it — 十三五 in a 2024 plan, 党的十九大 as the latest congress after October 2022, a body the
// 2018 State Council reform renamed, epidemic-control wording after January 2023. The
// document's date is the one the outline shows (signature, 发布日期, title year, --date). A
// mention of the past (“十三五”期间，我市…, 原国家卫生计生委) is not stale, nor is anything in a
// type of document that reviews the past (a 工作总结). Documented in docs/rules/stale-term.md.
const KindEntry& stale_term_kind();

}  // namespace planlint
