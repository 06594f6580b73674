#pragma once
#include "planlint/kinds/registry.hpp"

namespace planlint {

// `residue`: the lines a web site left in a copied draft — page metadata (发布时间, 浏览次数,
// 字号), breadcrumbs, site intros (下面是小编整理的…), hidden-text notices (此处隐藏…字),
// collection titles (…范文8篇), related-article lists, URLs. A rule says what marks such a line
// (`cues`, `patterns`), how the mark stands in it (`stand`), where in the page the line may
// stand (`where`: the head before the first heading, the tail after the last, or anywhere) and
// what shape it has (`max_length`, `sentences`), so a sentence of the plan that merely uses one
// of the words is left alone. One finding per residue line, covering its text; a mark inside a
// longer paragraph (`where: anywhere`) is reported on its own characters. Documented in
// docs/rules/residue.md.
const KindEntry& residue_kind();

}  // namespace planlint
