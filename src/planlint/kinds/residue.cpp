#include "planlint/kinds/residue.hpp"

#include <re2/re2.h>
#include <algorithm>
#include <string_view>

#include "planlint/engine/check_context.hpp"
#include "planlint/engine/finding_sink.hpp"
#include "planlint/engine/regex_scan.hpp"
#include "planlint/text/blanks.hpp"
#include "planlint/text/utf8.hpp"

namespace planlint {
namespace {

enum class Stand { anywhere, start, whole };
enum class Where { anywhere, edges, head, tail };

// Lines [begin, end) of the view, 0-based.
struct LineSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Punctuation that makes a line a sentence when more text follows it (the view holds the
// half-width forms of ， ； ！ ？). Page furniture is words and labels, not sentences.
constexpr std::u32string_view kSentencePunctuation = U"。,;!?";
// What may stand before the mark of a `stand: start` line: bullets and opening brackets.
constexpr std::u32string_view kLeaders = U"•·*-([【〔<《「\"'";
// What separates the items of a `stand: whole` line (打印 | 关闭窗口)…
constexpr std::u32string_view kItemSeparators = U" \t|/·•>»";
// …and what each item may be wrapped in or end with (【收藏】, 字号:).
constexpr std::u32string_view kItemWrapping = U"()[]【】〔〕<>《》「」:.。!";
// What a notice inside a paragraph is set off by: ……此处隐藏27020个字……, ---…---. The view
// holds … as "...".
constexpr std::u32string_view kNoticeWrapping = U".-—";
// The lines of a related-article list are titles: a few words, no sentence.
constexpr std::size_t kMinTitleLength = 5;
constexpr std::size_t kMaxTitleLength = 40;

bool holds(std::u32string_view set, char32_t code_point) {
  return set.find(code_point) != std::u32string_view::npos;
}

std::string_view strip_leading(std::string_view text, std::u32string_view set) {
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t next = at;
    if (!holds(set, decode_utf8_at(text, next))) break;
    at = next;
  }
  return text.substr(at);
}

std::string_view strip_trailing(std::string_view text, std::u32string_view set) {
  std::size_t end = 0;
  for (std::size_t at = 0; at < text.size();) {
    if (!holds(set, decode_utf8_at(text, at))) end = at;
  }
  return text.substr(0, end);
}

// Start of the code point that ends at `end`.
std::size_t previous_code_point_start(std::string_view text, std::size_t end) {
  std::size_t start = end - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  return start;
}

// Sentence punctuation before the line's end, or two commas, or a comma and a full stop at the
// end: a label's value may list two things (内容分类: 科技、教育,其他), a sentence goes on
// (本方案自发布之日起施行,发布时间:2024年3月1日。). A `?` right after a label's colon is a
// counter the page left unfilled (访问量:?), no question.
bool is_sentence(std::string_view line) {
  std::size_t commas = 0;
  char32_t previous = 0;
  for (std::size_t at = 0; at < line.size();) {
    const char32_t code_point = decode_utf8_at(line, at);
    if (at == line.size()) return commas > 0 && code_point == U'。';
    const bool unfilled_counter = code_point == U'?' && previous == U':';
    previous = code_point;
    if (unfilled_counter || (code_point == U',' && ++commas < 2)) continue;
    if (holds(kSentencePunctuation, code_point)) return true;
  }
  return false;
}

// CJK Unified Ideographs and Extension A: enough to tell a title from a price or a symbol.
bool is_han(char32_t code_point) {
  return (code_point >= 0x4E00 && code_point <= 0x9FFF) ||
         (code_point >= 0x3400 && code_point <= 0x4DBF);
}

bool is_at_most(std::string_view text, std::size_t code_points) {
  return text.size() <= code_points || count_code_points(text) <= code_points;
}

std::string_view as_view(const re2::StringPiece& piece) {
  return {piece.data(), piece.size()};
}

struct ResidueConfig {
  std::string marks;  // cues and patterns as one alternation (the trigger)
  // The marks, (?m): `^` and `$` are line ends whether a line or the whole view is searched.
  std::unique_ptr<re2::RE2> marks_re;
  Stand stand = Stand::anywhere;
  Where where = Where::edges;
  std::size_t max_length = 80;
  // Marks that are none when one of these matches them in full (a government platform a plan
  // tells its readers to use); null when the rule has no `except`.
  std::unique_ptr<re2::RE2> except_re;
  bool sentences = true;
  bool list_follows = false;
  // The fewest residue lines of this rule in a row that count: a menu or a tag list is one
  // word a line, and a lone short line is as likely the plan's own.
  std::size_t run = 1;
};

class ResidueRule final : public Rule {
 public:
  ResidueRule(RuleInfo info, ResidueConfig config)
      : Rule(std::move(info)), config_(std::move(config)) {}

  void check(const CheckContext& context, FindingSink& sink) const override {
    const LineIndex& lines = context.view_lines();
    const std::vector<LineSpan> zones = zones_of(context);
    std::size_t next_line = 0;  // the lines before it are decided
    for (const ViewRange range : context.ranges_for(*this)) {
      if (range.begin >= range.end) continue;
      const LineSpan candidates{lines.line_of(range.begin), lines.line_of(range.end - 1) + 1};
      for (const LineSpan zone : zones) {
        const std::size_t begin = std::max({candidates.begin, zone.begin, next_line});
        const std::size_t end = std::min(candidates.end, zone.end);
        if (begin < end) next_line = scan(context, {begin, end}, sink);
      }
    }
  }

  // Only a rule that reads the whole body gains from the engine's prefilter; one that reads the
  // head and the tail scans those few lines itself, which costs less than adding its marks to
  // the pass over every line. (The lines of a list are found by position, not by a mark, but
  // lists stand at the edges.)
  std::vector<FixOffer> fix_offers() const override { return {{"remove-line", FixSafety::unsafe}}; }

  std::vector<std::string> triggers() const override {
    if (config_.where != Where::anywhere || config_.list_follows) return {};
    return {config_.marks};
  }

 private:
  // Where the rule looks: the head (before the first heading or part), the tail (after the
  // last one, or from the residue the outline cut off), both, or everywhere. A text without
  // structure is all head and all tail.
  std::vector<LineSpan> zones_of(const CheckContext& context) const {
    const Outline& outline = context.outline();
    const std::size_t count = context.view_lines().line_count();
    if (config_.where == Where::anywhere || outline.first_heading_line == 0) return {{0, count}};
    std::size_t last_structure_line = 0;  // 1-based, so also the 0-based line after it
    if (!outline.headings.empty()) last_structure_line = outline.headings.back().position.line;
    if (!outline.parts.empty()) {
      last_structure_line =
          std::max<std::size_t>(last_structure_line, outline.parts.back().position.line);
    }
    std::size_t tail_begin = last_structure_line;
    if (outline.trailer_line)
      tail_begin = std::min<std::size_t>(tail_begin, *outline.trailer_line - 1);
    const LineSpan head{0, outline.first_heading_line - 1};
    const LineSpan tail{tail_begin, count};
    switch (config_.where) {
      case Where::head:
        return {head};
      case Where::tail:
        return {tail};
      case Where::edges:
      case Where::anywhere:
        break;
    }
    return {head, tail};
  }

  // Decides the marked lines of `span`; returns the first line left undecided. Whether a mark
  // lies ahead is asked of the whole stretch, then the line that holds it is sought line by
  // line: neither question needs RE2 to find where a match begins, which would take a reverse
  // automaton as large as the marks'.
  std::size_t scan(const CheckContext& context, LineSpan span, FindingSink& sink) const {
    const LineIndex& lines = context.view_lines();
    const std::string& view = context.view();
    const re2::StringPiece subject(view.data(), view.size());
    const std::size_t stop =
        span.end < lines.line_count() ? lines.line_start(span.end) : view.size();
    std::size_t line = span.begin;
    while (line < span.end) {
      if (!config_.marks_re->Match(subject, lines.line_start(line), stop, re2::RE2::UNANCHORED,
                                   nullptr, 0)) {
        return span.end;
      }
      while (line < span.end && !holds_mark(lines.line_text(line))) ++line;
      if (line == span.end) break;
      std::size_t last = line;
      if (config_.run > 1) {
        last = report_run(context, {line, span.end}, sink);
      } else if (const auto residue = residue_in(lines.line_text(line))) {
        report(context, *residue, sink);
        if (config_.list_follows) last = report_list(context, line, sink);
      }
      line = last + 1;
    }
    return line;
  }

  // Reports the residue lines in a row from `span.begin` when they are at least `run`; returns
  // the last line looked at.
  std::size_t report_run(const CheckContext& context, LineSpan span, FindingSink& sink) const {
    const LineIndex& lines = context.view_lines();
    std::size_t end = span.begin;
    while (end < span.end && holds_mark(lines.line_text(end)) && residue_in(lines.line_text(end))) {
      ++end;
    }
    if (end - span.begin >= config_.run) {
      for (std::size_t line = span.begin; line < end; ++line) {
        report(context, *residue_in(lines.line_text(line)), sink);
      }
    }
    return std::max(span.begin, end - 1);
  }

  bool holds_mark(std::string_view line) const {
    return config_.marks_re->Match(re2::StringPiece(line.data(), line.size()), 0, line.size(),
                                   re2::RE2::UNANCHORED, nullptr, 0);
  }

  void report(const CheckContext& context, std::string_view text, FindingSink& sink) const {
    const auto begin = static_cast<std::size_t>(text.data() - context.view().data());
    ReportDetails details;
    const LineIndex& view_lines = context.view_lines();
    const std::size_t line = view_lines.line_of(begin);
    if (trim_blanks(view_lines.line_text(line)).size() == text.size()) {
      details.fix = line_removal(context, context.to_original_begin(begin));
    }
    sink.report_view_span(*this, begin, begin + text.size(), std::move(details));
  }

  // Residue that fills its line goes with the line and its line end. Whether the line is the
  // site's or the drafter's is what the finding asks the reader, so the removal is unsafe.
  static Fix line_removal(const CheckContext& context, std::size_t original_offset) {
    const std::string_view text = context.document().text();
    const LineIndex& lines = context.document().lines();
    const std::size_t line = lines.line_of(original_offset);
    std::size_t begin = lines.line_start(line);
    std::size_t end = line + 1 < lines.line_count() ? lines.line_start(line + 1) : text.size();
    // The last line has no line end of its own: the one before it goes instead.
    if (end == text.size() && line > 0 && lines.line_text(line).size() == end - begin) {
      begin = lines.line_start(line - 1) + lines.line_text(line - 1).size();
    }
    return Fix{FixSafety::unsafe, {TextEdit{begin, end, "", {}, {}}}};
  }

  // What of a line that holds a mark is residue: all of it when the mark stands right and the
  // line has the shape, else (`where: anywhere`) the mark and what sets it off.
  std::optional<std::string_view> residue_in(std::string_view line) const {
    const std::string_view trimmed = trim_blanks(line);
    if (trimmed.empty() || !has_standing_mark(line, trimmed)) return std::nullopt;
    if (config_.except_re != nullptr && is_excepted(line)) return std::nullopt;
    if (is_at_most(trimmed, config_.max_length) && (config_.sentences || !is_sentence(trimmed))) {
      return trimmed;
    }
    if (config_.where != Where::anywhere) return std::nullopt;
    const auto mark = first_mark(line);
    if (!mark) return std::nullopt;
    return set_off(trimmed, *mark);
  }

  bool has_standing_mark(std::string_view line, std::string_view trimmed) const {
    switch (config_.stand) {
      case Stand::anywhere:
        return true;  // the scan found it
      case Stand::start: {
        const std::string_view rest = strip_leading(trimmed, kLeaders);
        return config_.marks_re->Match(re2::StringPiece(line.data(), line.size()),
                                       static_cast<std::size_t>(rest.data() - line.data()),
                                       line.size(), re2::RE2::ANCHOR_START, nullptr, 0);
      }
      case Stand::whole:
        return is_whole(trimmed);
    }
    return false;
  }

  // The first mark of the line: its first capture group that took part, else all of it. The
  // groups are read on the match alone: capture groups take RE2's slow automaton, whose cost
  // grows with the text.
  std::optional<std::string_view> first_mark(std::string_view line) const {
    const re2::StringPiece subject(line.data(), line.size());
    re2::StringPiece whole;
    if (!config_.marks_re->Match(subject, 0, line.size(), re2::RE2::UNANCHORED, &whole, 1)) {
      return std::nullopt;
    }
    const int groups = 1 + config_.marks_re->NumberOfCapturingGroups();
    if (groups == 1) return as_view(whole);
    std::vector<re2::StringPiece> pieces(static_cast<std::size_t>(groups));
    const auto begin = static_cast<std::size_t>(whole.data() - line.data());
    config_.marks_re->Match(subject, begin, begin + whole.size(), re2::RE2::ANCHOR_BOTH,
                            pieces.data(), groups);
    for (std::size_t group = 1; group < pieces.size(); ++group) {
      if (pieces[group].data() != nullptr) return as_view(pieces[group]);
    }
    return as_view(whole);
  }

  // The line's first mark is one `except` frees.
  bool is_excepted(std::string_view line) const {
    const auto mark = first_mark(line);
    return mark &&
           re2::RE2::FullMatch(re2::StringPiece(mark->data(), mark->size()), *config_.except_re);
  }

  bool is_mark(std::string_view text) const {
    return re2::RE2::FullMatch(re2::StringPiece(text.data(), text.size()), *config_.marks_re);
  }

  // The line is a mark, or items that each are one (打印 | 关闭窗口, 【收藏】 分享到:).
  bool is_whole(std::string_view trimmed) const {
    if (is_mark(trimmed)) return true;
    bool any_item = false;
    std::size_t item_begin = 0;
    for (std::size_t at = 0;;) {
      std::size_t next = at;
      const bool at_end = at == trimmed.size();
      if (!at_end && !holds(kItemSeparators, decode_utf8_at(trimmed, next))) {
        at = next;
        continue;
      }
      const std::string_view item = strip_trailing(
          strip_leading(trimmed.substr(item_begin, at - item_begin), kItemWrapping), kItemWrapping);
      if (!item.empty()) {
        if (!is_mark(item)) return false;
        any_item = true;
      }
      if (at_end) break;
      item_begin = at = next;
    }
    return any_item;
  }

  // The mark with the ellipses and dashes around it.
  static std::string_view set_off(std::string_view text, std::string_view mark) {
    auto begin = static_cast<std::size_t>(mark.data() - text.data());
    std::size_t end = begin + mark.size();
    while (begin > 0) {
      const std::size_t previous = previous_code_point_start(text, begin);
      std::size_t at = previous;
      if (!holds(kNoticeWrapping, decode_utf8_at(text, at))) break;
      begin = previous;
    }
    while (end < text.size()) {
      std::size_t next = end;
      if (!holds(kNoticeWrapping, decode_utf8_at(text, next))) break;
      end = next;
    }
    return text.substr(begin, end - begin);
  }

  // Reports the title lines after a list heading (相关文章); returns the last one. The list
  // ends before a line that is no title, or that heads a list of its own.
  std::size_t report_list(const CheckContext& context, std::size_t heading,
                          FindingSink& sink) const {
    const LineIndex& lines = context.view_lines();
    std::size_t last = heading;
    for (std::size_t line = heading + 1; line < lines.line_count(); ++line) {
      const std::string_view item = trim_blanks(lines.line_text(line));
      if (item.empty()) continue;
      if (!is_title(item) || is_whole(item)) break;
      report(context, item, sink);
      last = line;
    }
    return last;
  }

  // An article title: a few words with a Hanzi; no sentence, no label (分享:, 版权声明:), no
  // address or copyright sign (© 示例网 m.example.com).
  static bool is_title(std::string_view item) {
    if (!is_at_most(item, kMaxTitleLength) || is_at_most(item, kMinTitleLength - 1)) return false;
    if (is_sentence(item) || item.find_first_of(":.@") != std::string_view::npos ||
        item.find("©") != std::string_view::npos) {
      return false;
    }
    for (std::size_t at = 0; at < item.size();) {
      if (is_han(decode_utf8_at(item, at))) return true;
    }
    return false;
  }

  ResidueConfig config_;
};

std::string marks_of(RuleFields& fields) {
  std::vector<std::string> literals;
  for (const std::string& cue : fields.string_list("cues")) {
    if (!cue.empty()) literals.push_back(RuleFields::fold_literal(cue));
  }
  std::string marks = literals.empty() ? std::string() : literal_alternation(literals);
  fields.append_patterns(marks);
  return marks;
}

Stand read_stand(RuleFields& fields) {
  const auto stand = fields.choice("stand", {"anywhere", "start", "whole"});
  if (stand == "start") return Stand::start;
  if (stand == "whole") return Stand::whole;
  return Stand::anywhere;
}

Where read_where(RuleFields& fields) {
  const auto where = fields.choice("where", {"edges", "head", "tail", "anywhere"});
  if (where == "head") return Where::head;
  if (where == "tail") return Where::tail;
  if (where == "anywhere") return Where::anywhere;
  return Where::edges;
}

RulePtr make_residue_rule(RuleInfo info, RuleFields& fields) {
  ResidueConfig config;
  config.marks = marks_of(fields);
  config.stand = read_stand(fields);
  config.where = read_where(fields);
  config.max_length =
      static_cast<std::size_t>(fields.integer("max_length", 0, 100000).value_or(80));
  config.sentences = fields.boolean("sentences").value_or(true);
  config.list_follows = fields.boolean("list_follows").value_or(false);
  config.run = static_cast<std::size_t>(fields.integer("run", 1, 1000).value_or(1));
  if (const std::vector<std::string> excepted = fields.string_list("except"); !excepted.empty()) {
    std::string alternation;
    for (const std::string& pattern : excepted) {
      alternation += (alternation.empty() ? "(?:" : "|(?:") + pattern + ")";
    }
    config.except_re = fields.pattern(fields.entry(), alternation);
  }
  if (!fields.ok()) return nullptr;
  if (config.marks.empty()) {
    fields.error(fields.entry(), {"residue 规则需要写明残留行的标志：`cues:`（文字）或 "
                                  "`patterns:`（正则表达式）",
                                  "a residue rule needs the marks of a residue line: `cues:` "
                                  "(texts) or `patterns:` (regular expressions)"});
    return nullptr;
  }
  config.marks_re = fields.pattern(fields.entry(), "(?m)" + config.marks);
  if (config.marks_re == nullptr || !fields.ok()) return nullptr;
  return std::make_unique<ResidueRule>(std::move(info), std::move(config));
}

}  // namespace

const KindEntry& residue_kind() {
  static const KindEntry entry{
      "residue",
      "lines a web site left in a copied draft, by what they are and where they stand",
      {},
      make_residue_rule};
  return entry;
}

}  // namespace planlint
