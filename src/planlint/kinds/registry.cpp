#include "planlint/kinds/registry.hpp"

#include <array>
#include <functional>

#include "planlint/kinds/announced_count.hpp"
#include "planlint/kinds/attachment_list.hpp"
#include "planlint/kinds/date_consistency.hpp"
#include "planlint/kinds/document_structure.hpp"
#include "planlint/kinds/numbering.hpp"
#include "planlint/kinds/phrase.hpp"
#include "planlint/kinds/placeholder.hpp"
#include "planlint/kinds/required_theme.hpp"
#include "planlint/kinds/residue.hpp"
#include "planlint/kinds/script.hpp"
#include "planlint/kinds/stale_term.hpp"
#include "planlint/kinds/substitution.hpp"

namespace planlint {

std::span<const KindEntry> rule_kinds() {
  // Alphabetical; adding a kind is one line here.
  static const std::array kinds{
      announced_count_kind(),
      attachment_list_kind(),
      date_consistency_kind(),
      document_structure_kind(),
      numbering_kind(),
      phrase_kind(),
      placeholder_kind(),
      required_theme_kind(),
      residue_kind(),
      script_kind(),
      stale_term_kind(),
      substitution_kind(),
  };
  return kinds;
}

const KindEntry* find_kind(std::string_view name) {
  for (const KindEntry& kind : rule_kinds()) {
    if (kind.name == name) return &kind;
  }
  return nullptr;
}

}  // namespace planlint
