#include "planlint/kinds/document_structure.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <array>

#include "planlint/engine/check_context.hpp"
#include "planlint/engine/finding_sink.hpp"
#include "planlint/text/blanks.hpp"
#include "planlint/text/normalize.hpp"

namespace planlint {
namespace {

struct Section {
  std::string name;
  std::unique_ptr<re2::RE2> title;  // matched within the folded title of a top-level heading
  bool optional = false;
};

// The top-level headings of one document: the file's when it has no parts, else a part's.
struct Scope {
  std::vector<const Heading*> top;
  DocumentProfile profile;
  std::uint32_t title_line = 0;  // where a missing section is reported
};

class DocumentStructureRule final : public Rule {
 public:
  struct Config {
    DocumentType type = DocumentType::work_plan;
    std::vector<Section> sections;
    std::size_t min_present = 2;
    std::string order_message;
    std::string order_message_en;
  };

  DocumentStructureRule(RuleInfo info, Config config)
      : Rule(std::move(info)), config_(std::move(config)) {}

  void check(const CheckContext& context, FindingSink& sink) const override {
    for (const Scope& scope : scopes(context)) {
      if (scope.profile.type == config_.type) check_scope(context, scope, sink);
    }
  }

 private:
  static std::vector<Scope> scopes(const CheckContext& context) {
    const Outline& outline = context.outline();
    std::vector<Scope> scopes(outline.parts.size() + 1);
    scopes[0].profile = context.profile_at(1);
    scopes[0].title_line = scopes[0].profile.title_line;
    for (std::size_t index = 0; index < outline.parts.size(); ++index) {
      const Part& part = outline.parts[index];
      scopes[index + 1].profile = context.profile_at(part.position.line);
      scopes[index + 1].title_line = part.position.line;
    }
    for (const Heading& heading : outline.headings) {
      if (heading.level != 1) continue;
      scopes[heading.part ? *heading.part + 1 : 0].top.push_back(&heading);
    }
    return scopes;
  }

  // Where a section was found: the heading whose title matched (a top-level one, or one just
  // below it: 一、总体要求 （一）指导思想 （二）工作目标), and the index among `top` of its
  // top-level section, which gives the order.
  struct Found {
    const Heading* heading = nullptr;
    std::size_t top = 0;
  };

  std::vector<std::optional<Found>> locate(const CheckContext& context, const Scope& scope) const {
    std::vector<std::optional<Found>> found(config_.sections.size());
    const auto& headings = context.outline().headings;
    for (std::size_t index = 0; index < scope.top.size(); ++index) {
      const Heading& top = *scope.top[index];
      const auto top_at = static_cast<std::size_t>(&top - headings.data());
      match_title(top, index, found);
      for (std::size_t child = top_at + 1; child < headings.size(); ++child) {
        if (headings[child].level <= 1 || headings[child].part != top.part) break;
        if (headings[child].level == 2) match_title(headings[child], index, found);
      }
    }
    return found;
  }

  void match_title(const Heading& heading, std::size_t top,
                   std::vector<std::optional<Found>>& found) const {
    const std::string title = normalize(heading.title).view();
    for (std::size_t section = 0; section < config_.sections.size(); ++section) {
      if (!found[section] && re2::RE2::PartialMatch(title, *config_.sections[section].title)) {
        found[section] = Found{&heading, top};
      }
    }
  }

  void check_scope(const CheckContext& context, const Scope& scope, FindingSink& sink) const {
    const auto found = locate(context, scope);
    std::vector<const Heading*> headings;
    for (const auto& at : found) {
      if (at) headings.push_back(at->heading);
    }
    std::sort(headings.begin(), headings.end());
    const auto present =
        static_cast<std::size_t>(std::unique(headings.begin(), headings.end()) - headings.begin());
    // A document whose sections are topics (一、全面深化一个主题) follows another shape: only
    // one with most of this one's sections, under headings of their own (总体要求与主要目标 is
    // one), can be said to lack a part of it.
    if (present < config_.min_present) return;
    for (std::size_t section = 0; section < found.size(); ++section) {
      if (!found[section] && !config_.sections[section].optional) {
        report_missing(context, scope, config_.sections[section], sink);
      }
    }
    report_order(found, sink);
  }

  void report_missing(const CheckContext& context, const Scope& scope, const Section& section,
                      FindingSink& sink) const {
    const std::size_t anchor = scope.title_line == 0
                                   ? context.document_anchor()
                                   : context.document().lines().line_start(scope.title_line - 1);
    const std::string_view rest = context.document().text().substr(anchor);
    const std::string_view line = rest.substr(0, rest.find_first_of("\r\n"));
    const std::size_t indentation = leading_blanks_length(line);
    ReportDetails details;
    details.check = "missing";
    details.topic = FindingTopic::missing_section;
    details.args = {{"section", section.name}, {"type", type_name()}};
    sink.report_original_span(*this, anchor + indentation,
                              anchor + indentation + trim_blanks(line).size(), std::move(details));
  }

  // Each section found before one the shape puts ahead of it.
  void report_order(const std::vector<std::optional<Found>>& found, FindingSink& sink) const {
    std::optional<std::size_t> latest;  // the section found furthest down so far
    for (std::size_t section = 0; section < found.size(); ++section) {
      if (!found[section]) continue;
      if (latest && found[section]->top < found[*latest]->top) {
        const Heading& heading = *found[section]->heading;
        ReportDetails details;
        details.check = "order";
        details.message = config_.order_message;
        details.message_en = config_.order_message_en;
        details.args = {{"section", config_.sections[section].name},
                        {"previous", config_.sections[*latest].name},
                        {"type", type_name()}};
        sink.report_original_span(*this, heading.marker_begin, heading.marker_end,
                                  std::move(details));
        continue;
      }
      latest = section;
    }
  }

  std::string type_name() const { return std::string(document_type_name(config_.type)); }

  Config config_;
};

constexpr std::array<std::string_view, 3> kMessageArgs{"section", "previous", "type"};

void read_sections(RuleFields& fields, DocumentStructureRule::Config& config) {
  const auto sections = fields.node("sections");
  if (!sections || !sections->IsSequence() || sections->size() < 2) {
    fields.error(sections ? *sections : fields.entry(),
                 {"document-structure 规则需要 `sections:`，按顺序列出至少两个部分，每个写 "
                  "`name:` 和 `match:`（标题须匹配的模式）",
                  "a document-structure rule needs `sections:`, at least two sections in order, "
                  "each with `name:` and `match:` (a pattern its title must match)"});
    return;
  }
  for (const YAML::Node& entry : *sections) {
    RuleFields section_fields(entry, fields.path(), fields.errors());
    Section section;
    section.name = section_fields.required_string("name");
    const std::string match = section_fields.required_string("match");
    section.optional = section_fields.boolean("optional").value_or(false);
    section_fields.reject_unknown_keys();
    if (!match.empty()) section.title = fields.pattern(*section_fields.node("match"), match);
    if (section.title != nullptr) config.sections.push_back(std::move(section));
  }
}

RulePtr make_document_structure_rule(RuleInfo info, RuleFields& fields) {
  DocumentStructureRule::Config config;
  const std::string type = fields.required_string("document_type");
  if (const auto parsed = parse_document_type(type)) {
    config.type = *parsed;
  } else if (!type.empty()) {
    fields.error_at_value("document_type",
                          {"未知的文档类型“" + type +
                               "”：可用 工作计划、工作要点、实施方案、"
                               "工作方案、工作总结、通知、意见、办法",
                           "unknown document type \"" + type +
                               "\": use work-plan, key-points, implementation-plan, "
                               "work-scheme, work-summary, notice, opinion, regulation"});
  }
  read_sections(fields, config);
  config.min_present = static_cast<std::size_t>(fields.integer("min_present", 1, 100).value_or(2));
  config.order_message = fields.required_string("order_message");
  config.order_message_en = fields.string("order_message_en").value_or("");
  fields.check_placeholders("order_message", config.order_message, kMessageArgs);
  fields.check_placeholders("order_message_en", config.order_message_en, kMessageArgs);
  if (!fields.ok()) return nullptr;
  return std::make_unique<DocumentStructureRule>(std::move(info), std::move(config));
}

}  // namespace

const KindEntry& document_structure_kind() {
  static const KindEntry entry{"document-structure",
                               "the top-level sections a type of document needs, in order",
                               kMessageArgs, make_document_structure_rule};
  return entry;
}

}  // namespace planlint
