#include "planlint/kinds/attachment_list.hpp"

#include <re2/re2.h>

#include <array>
#include <map>

#include "planlint/engine/check_context.hpp"
#include "planlint/engine/finding_sink.hpp"
#include "planlint/parse/numeral_value.hpp"
#include "planlint/text/blanks.hpp"

namespace planlint {
namespace {

// A title as compared: without blanks, punctuation and book-title marks.
std::string comparable(std::string_view title) {
  static const re2::RE2 noise(R"([\s\p{P}《》“”"]+)");
  std::string text(title);
  re2::RE2::GlobalReplace(&text, noise, "");
  return text;
}

struct Item {
  std::int64_t number = 0;
  std::string title;      // folded, as the view holds it
  std::size_t begin = 0;  // view offsets of the item's text
  std::size_t end = 0;
};

enum class Check { missing, extra, sequence, title };

class AttachmentListRule final : public Rule {
 public:
  AttachmentListRule(RuleInfo info, Check check) : Rule(std::move(info)), check_(check) {}

  void check(const CheckContext& context, FindingSink& sink) const override {
    const std::vector<Item> held = held_attachments(context);
    if (held.empty()) return;
    if (check_ == Check::sequence) {
      check_sequence(held, sink);
      return;
    }
    const std::vector<Item> listed = listed_attachments(context);
    if (listed.empty()) return;
    std::map<std::int64_t, const Item*> held_by_number;
    for (const Item& item : held) held_by_number.emplace(item.number, &item);
    std::map<std::int64_t, const Item*> listed_by_number;
    for (const Item& item : listed) listed_by_number.emplace(item.number, &item);
    for (const Item& item : listed) {
      const auto found = held_by_number.find(item.number);
      if (found == held_by_number.end()) {
        if (check_ == Check::missing) report(sink, item, "missing", item.number, item.title);
      } else if (check_ == Check::title && !same_title(item.title, found->second->title)) {
        report(sink, *found->second, "title", item.number, item.title);
      }
    }
    if (check_ != Check::extra) return;
    for (const Item& item : held) {
      if (!listed_by_number.contains(item.number)) report(sink, item, "extra", item.number, "");
    }
  }

 private:
  static bool same_title(const std::string& listed, const std::string& held) {
    const std::string a = comparable(listed);
    const std::string b = comparable(held);
    if (a.empty() || b.empty()) return true;
    return a.find(b) != std::string::npos || b.find(a) != std::string::npos;
  }

  void report(FindingSink& sink, const Item& item, const char* check, std::int64_t number,
              const std::string& listed_title) const {
    ReportDetails details;
    details.check = check;
    details.args = {{"number", std::to_string(number)}, {"listed", listed_title}};
    sink.report_view_span(*this, item.begin, item.end, std::move(details));
  }

  Check check_;

  // Attachments numbered 附件1, 附件3: the first out of step. A bare 附件 counts as 1.
  void check_sequence(const std::vector<Item>& held, FindingSink& sink) const {
    for (std::size_t index = 0; index < held.size(); ++index) {
      const auto expected = static_cast<std::int64_t>(index + 1);
      if (held[index].number != expected) {
        report(sink, held[index], "sequence", expected, "");
        return;
      }
    }
  }

  // Each attachment part: its number and its title, the rest of the marker line or else the
  // next non-blank line.
  static std::vector<Item> held_attachments(const CheckContext& context) {
    std::vector<Item> items;
    const LineIndex& lines = context.view_lines();
    for (const Part& part : context.outline().parts) {
      if (part.kind != Part::Kind::attachment) continue;
      Item item;
      item.number = part.value == 0 ? 1 : part.value;
      const std::size_t marker_line = part.position.line - 1;
      std::size_t title_line = marker_line + 1;
      while (title_line < lines.line_count() && trim_blanks(lines.line_text(title_line)).empty()) {
        ++title_line;
      }
      const std::size_t shown = title_line < lines.line_count() && title_line + 1 <= part.last_line
                                    ? title_line
                                    : marker_line;
      const std::string_view text = trim_blanks(lines.line_text(shown));
      item.title = shown == marker_line ? "" : std::string(text);
      item.begin = static_cast<std::size_t>(text.data() - context.view().data());
      item.end = item.begin + text.size();
      items.push_back(std::move(item));
    }
    return items;
  }

  // The list after 附件: in the body (before the first attachment): numbered items on its line
  // and the lines that follow, or a single title.
  static std::vector<Item> listed_attachments(const CheckContext& context) {
    static const re2::RE2 list_start(R"(^\s*附件\s*:\s*(.+?)\s*$)");
    static const re2::RE2 numbered(R"(^\s*(\d{1,2})\s*[.、]\s*(.+?)\s*$)");
    const LineIndex& lines = context.view_lines();
    const auto& parts = context.outline().parts;
    std::size_t body_end = lines.line_count();
    for (const Part& part : parts) {
      if (part.kind == Part::Kind::attachment) {
        body_end = part.position.line - 1;
        break;
      }
    }
    for (std::size_t line = 0; line < body_end; ++line) {
      re2::StringPiece rest;
      if (!re2::RE2::FullMatch(lines.line_text(line), list_start, &rest)) continue;
      std::vector<Item> items;
      std::string number;
      re2::StringPiece title;
      if (!re2::RE2::FullMatch(rest, numbered, &number, &title)) {
        items.push_back(item_at(context, 1, rest));
        return items;
      }
      items.push_back(item_at(context, arabic_numeral_value(number), title));
      for (std::size_t next = line + 1; next < body_end; ++next) {
        if (!re2::RE2::FullMatch(lines.line_text(next), numbered, &number, &title)) break;
        items.push_back(item_at(context, arabic_numeral_value(number), title));
      }
      return items;
    }
    return {};
  }

  static Item item_at(const CheckContext& context, std::int64_t number, re2::StringPiece title) {
    Item item;
    item.number = number;
    item.title = std::string(title.data(), title.size());
    item.begin = static_cast<std::size_t>(title.data() - context.view().data());
    item.end = item.begin + title.size();
    return item;
  }
};

constexpr std::array<std::string_view, 2> kMessageArgs{"number", "listed"};

RulePtr make_attachment_list_rule(RuleInfo info, RuleFields& fields) {
  const auto check = fields.choice("check", {"missing", "extra", "sequence", "title"});
  if (!check && !fields.has("check")) {
    fields.error(fields.entry(), {"attachment-list 规则需要 `check:`（missing、extra、sequence 或 "
                                  "title）",
                                  "an attachment-list rule needs `check:` (missing, extra, "
                                  "sequence or title)"});
  }
  if (!check || !fields.ok()) return nullptr;
  const Check chosen = *check == "missing" ? Check::missing
                       : *check == "extra" ? Check::extra
                       : *check == "title" ? Check::title
                                           : Check::sequence;
  return std::make_unique<AttachmentListRule>(std::move(info), chosen);
}

}  // namespace

const KindEntry& attachment_list_kind() {
  static const KindEntry entry{"attachment-list",
                               "the attachment list in the body against the attachments held",
                               kMessageArgs, make_attachment_list_rule};
  return entry;
}

}  // namespace planlint
