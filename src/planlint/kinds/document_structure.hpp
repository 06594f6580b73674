#pragma once
#include "planlint/kinds/registry.hpp"

namespace planlint {

// `document-structure`: the top-level sections a type of document needs and their order
// (实施方案: 指导思想 → 工作目标 → 主要任务 → 保障措施), each matched by words of its title. A
// document of that type that follows the shape (enough of its sections are there) but lacks one
// gets a finding on its title naming the missing section; a section out of order gets one on
// its heading naming the section it should follow. Documented in docs/rules/document-structure.md.
const KindEntry& document_structure_kind();

}  // namespace planlint
