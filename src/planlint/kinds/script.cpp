#include "planlint/kinds/script.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <utility>
#include <vector>

#include "planlint/engine/check_context.hpp"
#include "planlint/engine/finding_sink.hpp"
#include "planlint/text/blanks.hpp"
#include "planlint/text/script_class.hpp"
#include "planlint/text/source_pages.hpp"
#include "planlint/text/utf8.hpp"

namespace planlint {
namespace {

constexpr std::array<std::string_view, 5> kMessageArgs{"expected", "found", "count", "found_en",
                                                       "expected_en"};

constexpr std::string_view kDefaultDocumentMessage =
    "全文使用{found}字，应使用{expected}字（{count}个{found}字）";
constexpr std::string_view kDefaultDocumentMessageEn =
    "the document is written in {found_en} script; expected {expected_en} ({count} characters)";

struct Script {
  ScriptClass script_class;
  std::string_view name;                          // as messages say it: 简体
  std::string_view name_en;                       // Simplified
  std::string (*rewrite)(std::string_view text);  // text in this script
  // Whether `rewrite` is safe to offer as a fix. Each Traditional character has one Simplified
  // form, but a Simplified one may stand for several Traditional ones (发: 發 or 髮), which only
  // the word decides.
  bool rewrite_is_fix;
};

constexpr Script kSimplified{ScriptClass::simplified, "简体", "Simplified", simplified_form, true};
constexpr Script kTraditional{ScriptClass::traditional, "繁体", "Traditional", traditional_form,
                              false};

struct ScriptSettings {
  const Script* expected;
  const Script* wrong;
  double threshold;  // wrong-script share above which the whole document is in the wrong script
  std::string document_message;
  std::string document_message_en;
};

// A stretch of consecutive wrong-script characters, as byte offsets in the original text.
struct WrongRun {
  std::size_t begin;
  std::size_t end;
  std::size_t characters;
};

struct ScriptTally {
  std::size_t expected_characters = 0;
  std::size_t wrong_characters = 0;

  double wrong_share() const {
    return static_cast<double>(wrong_characters) /
           static_cast<double>(expected_characters + wrong_characters);
  }
};

// Calls visit(offset, length, class) for each well-formed character of the original text but
// ASCII, which is neutral (the view has already turned Traditional into Simplified, so it
// cannot tell the scripts apart). Every character of the file passes here, so the common ones
// take short cuts: ASCII is skipped without decoding, and a three-byte sequence led by E1–EC or
// EE–EF (all of the BMP's Han, none of it overlong or a surrogate) is looked up in a table at
// once; the rest is decoded strictly, ill-formed bytes being skipped.
template <typename Visit>
void for_each_classed_character(std::string_view text, Visit visit) {
  const BmpScriptClasses& bmp_classes = bmp_script_classes();
  const auto byte_at = [&](std::size_t at) { return static_cast<unsigned char>(text[at]); };
  const auto is_continuation = [](unsigned char byte) { return (byte & 0xC0) == 0x80; };
  for (std::size_t at = 0; at < text.size();) {
    const unsigned char lead = byte_at(at);
    if (lead < 0x80) {
      ++at;
      continue;
    }
    if (lead >= 0xE1 && lead <= 0xEF && lead != 0xED && at + 2 < text.size() &&
        is_continuation(byte_at(at + 1)) && is_continuation(byte_at(at + 2))) {
      const char32_t code_point = (static_cast<char32_t>(lead & 0x0F) << 12) |
                                  (static_cast<char32_t>(byte_at(at + 1) & 0x3F) << 6) |
                                  (byte_at(at + 2) & 0x3F);
      visit(at, 3, bmp_classes[code_point]);
      at += 3;
      continue;
    }
    const Utf8CodePoint decoded = decode_utf8(text, at);
    if (decoded.length == 0) {
      ++at;
      continue;
    }
    visit(at, decoded.length, script_class(decoded.code_point));
    at += decoded.length;
  }
}

// Both passes read the whole original text front to back: `pages_behind` lets a mapped file's
// pages go behind them.
ScriptTally tally_scripts(std::string_view text, const ScriptSettings& settings,
                          SourcePagesBehind& pages_behind) {
  // Counted by class without a branch on it: the classes alternate unpredictably.
  std::array<std::size_t, 3> of_class{};
  for_each_classed_character(text, [&](std::size_t at, std::size_t, ScriptClass found) {
    pages_behind.reached(at);
    ++of_class[static_cast<std::size_t>(found)];
  });
  return {
      .expected_characters = of_class[static_cast<std::size_t>(settings.expected->script_class)],
      .wrong_characters = of_class[static_cast<std::size_t>(settings.wrong->script_class)]};
}

// The runs of consecutive wrong-script characters; asked for only when the document is mostly
// in the expected script, so there are few of them. A wrong character continues the last run
// when it starts where that run ends: any character between them, neutral or not, breaks it.
std::vector<WrongRun> wrong_runs(std::string_view text, const ScriptSettings& settings,
                                 SourcePagesBehind& pages_behind) {
  std::vector<WrongRun> runs;
  for_each_classed_character(text, [&](std::size_t at, std::size_t length, ScriptClass found) {
    pages_behind.reached(at);
    if (found != settings.wrong->script_class) return;
    if (runs.empty() || runs.back().end != at) runs.push_back({at, at, 0});
    runs.back().end = at + length;
    ++runs.back().characters;
  });
  return runs;
}

// The visible text of the line the document anchor is on: the title, usually.
std::pair<std::size_t, std::size_t> title_span(const CheckContext& context) {
  const std::size_t anchor = context.document_anchor();
  const LineIndex& lines = context.document().lines();
  const std::string_view line = lines.line_text(lines.line_of(anchor));
  const std::string_view visible = trim_blanks(line);
  const std::size_t end =
      static_cast<std::size_t>(visible.data() + visible.size() - context.document().text().data());
  return {anchor, std::max(end, anchor)};
}

class ScriptRule final : public Rule {
 public:
  ScriptRule(RuleInfo info, ScriptSettings settings)
      : Rule(std::move(info)), settings_(std::move(settings)) {}

  // Only runs of characters are rewritten: a whole document in the other script is a matter of
  // converting the file, not of a fix.
  std::vector<FixOffer> fix_offers() const override {
    if (!settings_.expected->rewrite_is_fix) return {};
    return {{"characters", FixSafety::safe}};
  }

  void check(const CheckContext& context, FindingSink& sink) const override {
    const std::string_view text = context.document().text();
    SourcePagesBehind tally_pages(context.document());
    const ScriptTally tally = tally_scripts(text, settings_, tally_pages);
    if (tally.wrong_characters == 0) return;
    if (tally.wrong_share() > settings_.threshold) {
      report_document(context, sink, tally.wrong_characters);
    } else {
      SourcePagesBehind runs_pages(context.document());
      report_runs(context, sink, wrong_runs(text, settings_, runs_pages));
    }
  }

 private:
  MessageArgs message_args(std::string expected, std::size_t count) const {
    return {{"expected", std::move(expected)},
            {"found", std::string(settings_.wrong->name)},
            {"count", std::to_string(count)},
            {"found_en", std::string(settings_.wrong->name_en)},
            {"expected_en", std::string(settings_.expected->name_en)}};
  }

  void report_document(const CheckContext& context, FindingSink& sink,
                       std::size_t wrong_characters) const {
    const auto [begin, end] = title_span(context);
    ReportDetails details;
    details.args = message_args(std::string(settings_.expected->name), wrong_characters);
    details.check = "document";
    details.message = settings_.document_message;
    details.message_en = settings_.document_message_en;
    sink.report_original_span(*this, begin, end, std::move(details));
  }

  void report_runs(const CheckContext& context, FindingSink& sink,
                   const std::vector<WrongRun>& runs) const {
    const std::string_view text = context.document().text();
    for (const WrongRun& run : runs) {
      std::string rewritten =
          settings_.expected->rewrite(text.substr(run.begin, run.end - run.begin));
      ReportDetails details;
      details.check = "characters";
      if (settings_.expected->rewrite_is_fix) {
        details.replacement = rewritten;
        details.replacement_fix = FixSafety::safe;
      }
      details.args = message_args(std::move(rewritten), run.characters);
      sink.report_original_span(*this, run.begin, run.end, std::move(details));
    }
  }

  ScriptSettings settings_;
};

// The loader checks the placeholders of `message` and `message_en`; the document messages are
// this kind's own, so it checks them. They have no {match}: their span is just the title.
std::string document_message(RuleFields& fields, std::string_view key,
                             std::string_view default_message) {
  std::string message = fields.string(key).value_or(std::string(default_message));
  fields.check_placeholders(key, message, kMessageArgs);
  return message;
}

RulePtr make_script_rule(RuleInfo info, RuleFields& fields) {
  const bool traditional =
      fields.choice("expect", {"simplified", "traditional"}).value_or("simplified") ==
      "traditional";
  ScriptSettings settings{
      .expected = traditional ? &kTraditional : &kSimplified,
      .wrong = traditional ? &kSimplified : &kTraditional,
      .threshold = fields.number("threshold", 0, 1).value_or(0.5),
      .document_message = document_message(fields, "document_message", kDefaultDocumentMessage),
      .document_message_en =
          document_message(fields, "document_message_en", kDefaultDocumentMessageEn),
  };
  if (!fields.ok()) return nullptr;
  return std::make_unique<ScriptRule>(std::move(info), std::move(settings));
}

}  // namespace

const KindEntry& script_kind() {
  static const KindEntry entry{"script", "the document in one script, Simplified or Traditional",
                               kMessageArgs, make_script_rule};
  return entry;
}

}  // namespace planlint
