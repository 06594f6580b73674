#include "planlint/kinds/placeholder.hpp"

#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <algorithm>

#include "planlint/engine/check_context.hpp"
#include "planlint/engine/finding_sink.hpp"
#include "planlint/engine/regex_scan.hpp"
#include "planlint/text/line_index.hpp"
#include "planlint/text/utf8.hpp"

namespace planlint {
namespace {

// A byte range of the normalized view.
struct ViewSpan {
  std::size_t begin = 0;
  std::size_t end = 0;

  bool empty() const { return begin == end; }
  bool overlaps(ViewSpan other) const { return begin < other.end && other.begin < end; }
};

// One match of a rule pattern: everything it matched, and the part that is the placeholder.
// The rest is context the pattern asked for, such as the Hanzi beside a lone x.
struct SlotMatch {
  ViewSpan match;
  ViewSpan slot;
};

ViewSpan span_in(std::string_view view, const re2::StringPiece& piece) {
  const auto begin = static_cast<std::size_t>(piece.data() - view.data());
  return {begin, begin + piece.size()};
}

// The placeholder is the first capture group that took part in the match, else the whole match.
SlotMatch slot_match_of(std::string_view view, const std::vector<re2::StringPiece>& pieces) {
  const ViewSpan match = span_in(view, pieces[0]);
  const auto group =
      std::find_if(pieces.begin() + 1, pieces.end(),
                   [](const re2::StringPiece& piece) { return piece.data() != nullptr; });
  return {match, group == pieces.end() ? match : span_in(view, *group)};
}

// Where the next search starts: right after the placeholder, not after the whole match, so that
// the context one match used can hold the next placeholder (the 学 of `x大学x校区`).
std::size_t resume_after(std::string_view view, const SlotMatch& found) {
  if (!found.slot.empty()) return found.slot.end;
  std::size_t next = found.match.end;
  if (found.match.empty() && next < view.size()) decode_utf8_at(view, next);
  return next;
}

// The matches within `range` of the view; anchors and boundaries see the text around it.
template <typename OnMatch>
void for_each_slot_match(const re2::RE2& pattern, std::string_view view, ViewRange range,
                         OnMatch on_match) {
  const auto group_count = static_cast<std::size_t>(pattern.NumberOfCapturingGroups()) + 1;
  std::vector<re2::StringPiece> pieces(group_count);
  const re2::StringPiece subject(view.data(), view.size());
  for (std::size_t at = range.begin; at <= range.end;) {
    if (!pattern.Match(subject, at, range.end, re2::RE2::UNANCHORED, pieces.data(),
                       static_cast<int>(group_count))) {
      return;
    }
    const SlotMatch found = slot_match_of(view, pieces);
    on_match(found);
    const std::size_t next = resume_after(view, found);
    if (next <= at) return;  // an empty match at the end of the view
    at = next;
  }
}

// Web and e-mail addresses: whatever letters they hold (www.xxjy.gov.cn, xx@163.com,
// http://www.xx.com/x.html) are part of an address, never an unfilled slot. Brackets and commas
// end an address, since full-width ones become ASCII in the view and follow addresses in prose.
constexpr std::string_view kAddressPattern =
    // a scheme, then everything up to the first character no address holds
    R"((?:https?|ftp)://[a-z0-9\-._~:/?#@&=+%]+)"
    // name@domain
    R"(|[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)+)"
    // www.domain, or a domain under a common top-level domain; then a path
    R"(|(?:www\.[a-z0-9\-]+(?:\.[a-z0-9\-]+)+)"
    R"(|[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.(?:com|cn|net|org|gov|edu|info)\b))"
    R"((?:/[a-z0-9\-._~:/?#@&=+%]*)?)";

const re2::RE2& address_pattern() {
  static const re2::RE2 pattern = [] {
    re2::RE2::Options options;
    options.set_encoding(re2::RE2::Options::EncodingUTF8);
    options.set_case_sensitive(false);
    options.set_never_nl(true);
    return re2::RE2(kAddressPattern, options);
  }();
  return pattern;
}

// The addresses on the lines that hold a slot, in order and disjoint: an address never crosses
// a line end (its characters hold none), so a slot can only overlap one on its own line, and
// the lines without slots, most of the rule's candidate lines, need no scan.
std::vector<ViewSpan> address_spans(std::string_view view, const LineIndex& lines,
                                    const std::vector<ViewSpan>& slots) {
  std::vector<std::size_t> slot_lines;
  slot_lines.reserve(slots.size());
  for (const ViewSpan slot : slots) slot_lines.push_back(lines.line_of(slot.begin));
  std::sort(slot_lines.begin(), slot_lines.end());
  slot_lines.erase(std::unique(slot_lines.begin(), slot_lines.end()), slot_lines.end());
  std::vector<ViewSpan> spans;
  for (const std::size_t line : slot_lines) {
    const std::size_t end =
        line + 1 < lines.line_count() ? lines.line_start(line + 1) : view.size();
    for_each_match(address_pattern(), view, lines.line_start(line), end,
                   [&](std::span<const std::string_view> groups) {
                     const auto begin = static_cast<std::size_t>(groups[0].data() - view.data());
                     spans.push_back({begin, begin + groups[0].size()});
                   });
  }
  return spans;
}

bool overlaps_any(const std::vector<ViewSpan>& ordered_spans, ViewSpan span) {
  const auto first_not_before =
      std::partition_point(ordered_spans.begin(), ordered_spans.end(),
                           [&](const ViewSpan& candidate) { return candidate.end <= span.begin; });
  return first_not_before != ordered_spans.end() && first_not_before->overlaps(span);
}

// ASCII letters and digits, and the other letters of the Latin script: the tone-marked vowels
// of pinyin (学习(xí)) continue a Latin word as much as plain ones do.
bool is_latin_letter_or_digit(char32_t code_point) {
  if (code_point < 0x80) {
    return (code_point >= '0' && code_point <= '9') || (code_point >= 'a' && code_point <= 'z') ||
           (code_point >= 'A' && code_point <= 'Z');
  }
  const auto character = static_cast<UChar32>(code_point);
  UErrorCode status = U_ZERO_ERROR;
  return u_isalpha(character) && uscript_getScript(character, &status) == USCRIPT_LATIN;
}

char32_t code_point_at(std::string_view text, std::size_t offset) {
  return decode_utf8_at(text, offset);
}

char32_t code_point_before(std::string_view text, std::size_t offset) {
  std::size_t start = offset - 1;
  const auto is_continuation = [&](std::size_t at) {
    return (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80;
  };
  while (start > 0 && offset - start < 4 && is_continuation(start)) --start;
  return decode_utf8_at(text, start);
}

// Whether the placeholder runs on into a Latin word or number (Excel, x86, 2x+1, fox). A
// neighbour inside the match is context the pattern asked for by name (the 20 of `20(xx)` for
// 20xx年), so only neighbours outside the match count.
bool runs_into_latin_word(std::string_view view, const SlotMatch& found) {
  const ViewSpan slot = found.slot;
  const ViewSpan match = found.match;
  const bool joined_before = slot.begin == match.begin && slot.begin > 0 &&
                             is_latin_letter_or_digit(code_point_before(view, slot.begin));
  const bool joined_after = slot.end == match.end && slot.end < view.size() &&
                            is_latin_letter_or_digit(code_point_at(view, slot.end));
  return joined_before || joined_after;
}

// Several patterns of one rule may find the same slot, or parts of it; the first and longest
// stands for the occurrence.
std::vector<ViewSpan> one_per_occurrence(std::vector<ViewSpan> slots) {
  std::sort(slots.begin(), slots.end(), [](ViewSpan a, ViewSpan b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::vector<ViewSpan> kept;
  for (const ViewSpan slot : slots) {
    if (kept.empty() || kept.back().end <= slot.begin) kept.push_back(slot);
  }
  return kept;
}

class PlaceholderRule final : public Rule {
 public:
  PlaceholderRule(RuleInfo info, std::vector<std::unique_ptr<re2::RE2>> patterns,
                  std::vector<std::string> allowed_terms, bool latin_boundary)
      : Rule(std::move(info)),
        patterns_(std::move(patterns)),
        allowed_terms_(std::move(allowed_terms)),
        latin_boundary_(latin_boundary) {}

  void check(const CheckContext& context, FindingSink& sink) const override {
    const std::string& view = context.view();
    std::vector<ViewSpan> slots;
    for (std::size_t index = 0; index < patterns_.size(); ++index) {
      // Each pattern is a trigger: only the lines where it can match need it.
      for (const ViewRange range : context.ranges_for(*this, index)) {
        for_each_slot_match(*patterns_[index], view, range, [&](const SlotMatch& found) {
          if (is_slot(view, found)) slots.push_back(found.slot);
        });
      }
    }
    const std::vector<ViewSpan> addresses = address_spans(view, context.view_lines(), slots);
    std::erase_if(slots, [&](ViewSpan slot) { return overlaps_any(addresses, slot); });
    for (const ViewSpan slot : one_per_occurrence(std::move(slots))) {
      sink.report_view_span(*this, slot.begin, slot.end);
    }
  }

  std::vector<std::string> triggers() const override {
    std::vector<std::string> sources;
    for (const auto& pattern : patterns_) sources.push_back(pattern->pattern());
    return sources;
  }

 private:
  // Whether a match is a slot, but for the addresses, which are looked for afterwards on the
  // slots' lines only.
  bool is_slot(std::string_view view, const SlotMatch& found) const {
    return !found.slot.empty() && !(latin_boundary_ && runs_into_latin_word(view, found)) &&
           !lies_in_allowed_term(view, found.slot);
  }

  // Whether some occurrence of an allowed term (x光) covers the whole slot: only the
  // occurrences that could cover it are compared, so no pass over the document is needed.
  bool lies_in_allowed_term(std::string_view view, ViewSpan slot) const {
    for (const std::string& term : allowed_terms_) {
      if (term.size() < slot.end - slot.begin) continue;
      const std::size_t first = slot.end >= term.size() ? slot.end - term.size() : 0;
      // Most starts differ in the first byte: that alone is compared before the whole term.
      for (std::size_t start = first; start <= slot.begin; ++start) {
        if (view[start] == term.front() && view.compare(start, term.size(), term) == 0) {
          return true;
        }
      }
    }
    return false;
  }

  std::vector<std::unique_ptr<re2::RE2>> patterns_;
  std::vector<std::string> allowed_terms_;  // folded, as the view holds them
  bool latin_boundary_;
};

// The `patterns:` entries compiled, each error pointing at the entry that caused it.
std::vector<std::unique_ptr<re2::RE2>> read_patterns(RuleFields& fields) {
  const std::vector<std::string> texts = fields.string_list("patterns");
  // string_list skipped the items that are not texts; skip the same nodes to keep them aligned.
  std::vector<YAML::Node> nodes;
  if (const auto node = fields.node("patterns"); node && node->IsSequence()) {
    for (const auto& item : *node) {
      if (item.IsScalar()) nodes.push_back(item);
    }
  } else if (node && node->IsScalar()) {
    nodes.push_back(*node);
  }
  std::vector<std::unique_ptr<re2::RE2>> patterns;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    if (auto compiled = fields.pattern(nodes[i], texts[i])) patterns.push_back(std::move(compiled));
  }
  return patterns;
}

std::vector<std::string> read_allowed_terms(RuleFields& fields) {
  std::vector<std::string> terms;
  for (const std::string& term : fields.string_list("allow")) {
    if (!term.empty()) terms.push_back(RuleFields::fold_literal(term));
  }
  return terms;
}

RulePtr make_placeholder_rule(RuleInfo info, RuleFields& fields) {
  auto patterns = read_patterns(fields);
  auto allowed_terms = read_allowed_terms(fields);
  const bool latin_boundary = fields.boolean("latin_boundary").value_or(true);
  if (!fields.ok()) return nullptr;
  if (patterns.empty()) {
    fields.error(fields.entry(),
                 {"placeholder 规则需要写 `patterns:`（描述占位处的正则表达式）",
                  "a placeholder rule needs `patterns:` (regular expressions for the slots)"});
    return nullptr;
  }
  return std::make_unique<PlaceholderRule>(std::move(info), std::move(patterns),
                                           std::move(allowed_terms), latin_boundary);
}

}  // namespace

const KindEntry& placeholder_kind() {
  static const KindEntry entry{"placeholder",
                               "unfilled template slots (xx, ____, 【单位名称】)",
                               {},
                               make_placeholder_rule,
                               {.topic = FindingTopic::placeholder}};
  return entry;
}

}  // namespace planlint
