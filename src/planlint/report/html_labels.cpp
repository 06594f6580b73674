#include "planlint/report/html_labels.hpp"

namespace planlint {

const HtmlLabels& html_labels(Language language) {
  static const HtmlLabels zh{
      .lang = "zh-CN",
      .title = "planlint 审阅报告",
      .skip_to_files = "跳到文件列表",
      .overview = "概览",
      .files = "文件",
      .findings = "问题",
      .error = "错误",
      .warning = "警告",
      .info = "提示",
      .errors = "错误",
      .warnings = "警告",
      .infos = "提示",
      .ready = "可提交",
      .not_ready = "需修改",
      .ready_rule = "可提交：没有达到 --fail-on {} 的问题。",
      .ready_never = "可提交：--fail-on never，任何问题都不阻止提交。",
      .by_severity = "按严重程度统计的问题",
      .by_rule = "按规则统计的问题",
      .rule_table = "各规则的问题数与依据",
      .rule = "规则",
      .count = "数量",
      .norm = "依据",
      .norm_cited = "依据：",
      .path = "路径",
      .placeholders = "占位符",
      .numbering = "序号问题",
      .missing_themes = "缺失主题",
      .status = "状态",
      .filter_paths = "按路径筛选",
      .all = "全部",
      .shown = "显示 {} / {} 个文件",
      .themes = "主题覆盖",
      .themes_note = "每个文件是否写到规则集要求的每个主题；写到的注明首次出现的章节。",
      .no_themes = "所用规则集没有必写主题（required-theme 规则）。",
      .present = "有",
      .missing = "缺失",
      .waived = "缺失（已豁免）",
      .preamble = "标题与前言",
      .documents = "文档",
      .encoding = "编码",
      .outline = "提纲",
      .toggle_section = "折叠或展开本节",
      .no_headings = "未发现带序号的标题",
      .text = "正文",
      .no_findings = "没有问题。",
      .severity = "严重程度",
      .previous = "上一个问题",
      .next = "下一个问题",
      .keys_help = "按 j 跳到下一个问题，按 k 跳到上一个。",
      .back_to_overview = "回到概览",
      .document_type = "类型",
      .document_date = "日期",
      .missing_sections = "缺少的部分",
      .fix_safe = "可自动修复",
      .fix_unsafe = "可修复（需确认）",
  };
  static const HtmlLabels en{
      .lang = "en",
      .title = "planlint review report",
      .skip_to_files = "Skip to the list of files",
      .overview = "Overview",
      .files = "Files",
      .findings = "Findings",
      .error = "error",
      .warning = "warning",
      .info = "info",
      .errors = "Errors",
      .warnings = "Warnings",
      .infos = "Infos",
      .ready = "ready",
      .not_ready = "not ready",
      .ready_rule = "Ready: no finding at or above --fail-on {}.",
      .ready_never = "Ready: --fail-on never, no finding holds a draft back.",
      .by_severity = "Findings by severity",
      .by_rule = "Findings by rule",
      .rule_table = "Findings and norm of each rule",
      .rule = "Rule",
      .count = "Count",
      .norm = "Norm",
      .norm_cited = "norm: ",
      .path = "Path",
      .placeholders = "Placeholders",
      .numbering = "Numbering",
      .missing_themes = "Missing themes",
      .status = "Status",
      .filter_paths = "Filter by path",
      .all = "all",
      .shown = "{} of {} files shown",
      .themes = "Theme coverage",
      .themes_note =
          "Whether each file addresses each theme its rule set requires; where it "
          "does, the section in which it first does.",
      .no_themes = "The rule set requires no themes (no required-theme rules).",
      .present = "present",
      .missing = "missing",
      .waived = "missing (waived)",
      .preamble = "title and preamble",
      .documents = "Documents",
      .encoding = "encoding",
      .outline = "Outline",
      .toggle_section = "Collapse or expand this section",
      .no_headings = "no numbered headings found",
      .text = "Text",
      .no_findings = "No findings.",
      .severity = "Severity",
      .previous = "Previous finding",
      .next = "Next finding",
      .keys_help = "Press j for the next finding, k for the previous one.",
      .back_to_overview = "Back to the overview",
      .document_type = "type",
      .document_date = "date",
      .missing_sections = "missing sections",
      .fix_safe = "fixable",
      .fix_unsafe = "fixable (unsafe)",
  };
  return language == Language::zh ? zh : en;
}

std::string_view severity_label(const HtmlLabels& labels, Severity severity) {
  switch (severity) {
    case Severity::error:
      return labels.error;
    case Severity::warning:
      return labels.warning;
    case Severity::info:
      return labels.info;
  }
  return labels.error;
}

}  // namespace planlint
