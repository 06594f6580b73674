#include "planlint/cli/options.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>

#include "planlint/cli/build_info.hpp"
#include "planlint/cli/byte_size.hpp"
#include "planlint/report/check_report.hpp"

namespace planlint {
namespace {

// --max-file-size SIZE: 64M, 512K, 0 (no limit).
void add_max_file_size_option(CLI::App& command, std::optional<std::uint64_t>& limit) {
  command
      .add_option_function<std::string>(
          "--max-file-size", [&limit](const std::string& text) { limit = parse_byte_size(text); },
          "不读取大于此大小的文件 / refuse files larger than SIZE (K, M, G; 0: no limit; "
          "default 64M)")
      ->check(
          [](const std::string& text) {
            return parse_byte_size(text) ? std::string()
                                         : "a size such as 64M, 512K, 1G or 0 (no limit)";
          },
          "SIZE")
      ->type_name("SIZE");
}

constexpr const char* kEncodingHelp = "强制编码 / force an encoding (e.g. GBK, GB18030, UTF-16LE)";
constexpr const char* kDocxNotesHelp =
    "也读取 .docx 的页眉、页脚、脚注、尾注和批注 / .docx: also read headers, footers, footnotes, "
    "endnotes and comments, after the body";

std::string listed(std::span<const std::string_view> names) {
  std::string text;
  for (const auto name : names) text += (text.empty() ? "" : ", ") + std::string(name);
  return text;
}

Language language_named(const std::string& name) {
  return name == "en" ? Language::en : Language::zh;
}

void add_language_option(CLI::App& command, std::string& language) {
  command.add_option("--lang", language, "zh | en")
      ->check(CLI::IsMember({"zh", "en"}))
      ->capture_default_str();
}

// A glob option that may be given several times, one glob each time.
void add_glob_option(CLI::App& command, const std::string& name, std::vector<std::string>& globs,
                     const std::string& help) {
  command.add_option(name, globs, help)->allow_extra_args(false)->type_name("GLOB");
}

void add_config_options(CLI::App& command, ConfigChoice& config) {
  CLI::Option* file =
      command
          .add_option(
              "--config", config.path,
              "配置文件 / read this config instead of the .planlint.yaml found from here upwards")
          ->type_name("FILE");
  CLI::Option* none =
      command.add_flag("--no-config", config.disabled, "不读配置文件 / ignore .planlint.yaml");
  file->excludes(none);
}

void add_rules_option(CLI::App& command, std::string& rules) {
  command
      .add_option("--rules", rules,
                  "规则集名称或文件 / rule set name (core, gbt9704, education-plan) or file; "
                  "default: the config's, else core")
      ->type_name("SET");
}

std::string type_list() {
  std::string list;
  for (const DocumentType type : all_document_types()) {
    list += (list.empty() ? "" : ", ") + std::string(document_type_id(type));
  }
  return list;
}

void add_profile_options(CLI::App& command, ProfileChoice& choice) {
  command
      .add_option("--type", choice.type,
                  "文档类型 / the documents' type instead of the one their title names: " +
                      type_list() + " (or 工作计划, 实施方案…)")
      ->check([](const std::string& text) -> std::string {
        return parse_document_type(text) ? "" : "unknown document type: " + text;
      })
      ->type_name("TYPE");
  command
      .add_option("--date", choice.date,
                  "文档日期 / the documents' date instead of the one they show: 2024-03-05, "
                  "2024-03 or 2024")
      ->check([](const std::string& text) -> std::string {
        return parse_calendar_date(text) ? "" : "not a date (2024-03-05, 2024-03, 2024): " + text;
      })
      ->type_name("DATE");
}

CLI::App* add_outline_command(CLI::App& app, OutlineOptions& outline, std::string& language) {
  CLI::App* command = app.add_subcommand(
      "outline", "打印标题结构 / print the numbered heading structure of each file");
  command->add_option("files", outline.paths, "文件（- 为标准输入）/ files (- for stdin)")
      ->required();
  command->add_option("--format", outline.format, "text | json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  command->add_option("--encoding", outline.encoding, kEncodingHelp);
  add_max_file_size_option(*command, outline.max_file_size);
  command->add_flag("--docx-notes", outline.office_notes, kDocxNotesHelp);
  command->add_option(
      "--hierarchy", outline.hierarchy,
      "标题层级 / heading families from the top, e.g. cn,cn-paren,arabic,arabic-paren,circled");
  add_profile_options(*command, outline.profile);
  add_language_option(*command, language);
  return command;
}

struct CheckChoices {
  std::string language = "zh";
  std::string fail_on;
  std::string color = "auto";
  bool verbose = false;
  bool quiet = false;
};

void add_check_input_options(CLI::App& command, CheckOptions& check) {
  command
      .add_option("paths", check.paths,
                  "文件或目录（- 为标准输入）/ files, folders (searched recursively), - for stdin")
      ->type_name("PATH");
  command
      .add_option("--files-from", check.files_from,
                  "从文件读取路径列表（- 为标准输入）/ read more paths from FILE, one per line (- "
                  "for stdin)")
      ->type_name("FILE");
  command.add_flag("--null,-0", check.null_separated,
                   "--files-from 的路径以 NUL 分隔 / --files-from entries are NUL-separated");
  command
      .add_option("--stdin-filename", check.stdin_name,
                  "标准输入在报告中的名称 / the name to report standard input under")
      ->type_name("NAME");
  add_glob_option(
      command, "--include", check.include,
      "目录中检查的文件 / files to check in folders (default *.txt, *.md, *.docx); repeatable");
  add_glob_option(command, "--exclude", check.exclude,
                  "跳过的文件或目录 / files or folders to skip, added to the config's; repeatable");
  command.add_option("--encoding", check.encoding, kEncodingHelp);
  add_max_file_size_option(command, check.max_file_size);
  command.add_flag("--docx-notes", check.office_notes, kDocxNotesHelp);
  command
      .add_option("--jobs,-j", check.jobs,
                  "并行检查的文件数 / files checked in parallel (default: the number of cores)")
      ->check(CLI::Range(1u, 4096u))
      ->type_name("N");
  add_profile_options(command, check.profile);
}

void add_check_report_options(CLI::App& command, CheckOptions& check, CheckChoices& choices) {
  const auto formats = check_formats();
  command.add_option("--format", check.format, "输出格式 / report format: " + listed(formats))
      ->check(CLI::IsMember(std::vector<std::string>(formats.begin(), formats.end())))
      ->capture_default_str();
  add_language_option(command, choices.language);
  command
      .add_option("--fail-on", choices.fail_on,
                  "退出码为 1 的最低级别 / exit 1 when a finding reaches this severity: "
                  "error (default), warning, info, never")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  command.add_option("--output,-o", check.output, "报告写入文件 / write the report to FILE")
      ->type_name("FILE");
  command
      .add_option("--annotate", check.annotate,
                  "把问题作为批注写入 Word 文档副本 / write a copy of the one .docx checked with "
                  "every finding as a Word comment")
      ->type_name("OUT.docx");
  command
      .add_option("--color", choices.color,
                  "彩色输出 / auto (on a terminal, unless NO_COLOR is set), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  command.add_flag("--statistics", check.statistics,
                   "只输出每条规则的问题数 / print the number of findings per rule instead");
  CLI::Option* verbose = command.add_flag("--verbose,-v", choices.verbose,
                                          "更多诊断信息 / more diagnostics on stderr");
  CLI::Option* quiet =
      command.add_flag("--quiet,-q", choices.quiet, "只输出错误 / only errors on stderr");
  verbose->excludes(quiet);
}

void add_check_workflow_options(CLI::App& command, CheckOptions& check) {
  add_rules_option(command, check.rules);
  add_config_options(command, check.config);
  CLI::Option* baseline =
      command
          .add_option("--baseline", check.baseline,
                      "只报告基线中没有的问题 / report only findings not in FILE")
          ->type_name("FILE");
  CLI::Option* write_baseline = command
                                    .add_option("--write-baseline", check.write_baseline,
                                                "把当前问题记入基线 / record the findings in FILE")
                                    ->type_name("FILE");
  baseline->excludes(write_baseline);
  command.add_flag("--fix", check.fix,
                   "修复能安全修复的问题并写回文件 / apply safe fixes to the files, then report "
                   "what is left");
  command.add_flag("--unsafe-fixes", check.unsafe_fixes,
                   "连同可能改变含义的修复 / with --fix or --diff: also fixes that may change "
                   "the meaning");
  command.add_flag("--diff", check.diff,
                   "只输出修复的差异，不写文件 / print what --fix would change as a unified diff; "
                   "write nothing");
  command
      .add_option("--output-docx", check.output_docx,
                  "把 Word 文档的修复作为修订写入副本 / with --fix on one .docx: write the fixes "
                  "as tracked changes into this copy")
      ->type_name("OUT.docx");
  command.add_flag("--report-unused-suppressions", check.report_unused_suppressions,
                   "报告未屏蔽任何问题的屏蔽注释 / report suppression comments that silence "
                   "nothing (rule unused-suppression)");
}

// --fix, --unsafe-fixes and --diff, with what they cannot go with.
void validate_fix_options(const CheckOptions& check, bool stdin_in_paths) {
  const bool fixing = check.fix || check.diff;
  if (check.unsafe_fixes && !fixing) {
    throw CLI::ValidationError("--unsafe-fixes", "goes with --fix or --diff");
  }
  if (!check.output_docx.empty() && (!check.fix || check.diff)) {
    throw CLI::ValidationError("--output-docx", "goes with --fix (not --diff)");
  }
  if (!fixing) return;
  if (check.fix && !check.diff && stdin_in_paths) {
    throw CLI::ValidationError("--fix",
                               "cannot write fixes back to standard input; use --diff to see them");
  }
  if (!check.annotate.empty() && check.output_docx.empty()) {
    throw CLI::ValidationError("--annotate", "goes with --fix only on a .docx, with --output-docx");
  }
  if (check.statistics) throw CLI::ValidationError("--fix", "does not go with --statistics");
}

CLI::App* add_check_command(CLI::App& app, CheckOptions& check, CheckChoices& choices) {
  CLI::App* command =
      app.add_subcommand("check", "按规则集检查草稿 / check drafts against a rule set");
  add_check_input_options(*command, check);
  add_check_report_options(*command, check, choices);
  add_check_workflow_options(*command, check);
  command->callback([&check] {
    if (check.paths.empty() && check.files_from.empty()) {
      throw CLI::ValidationError("paths", "name a file, a folder, - or --files-from FILE");
    }
    const bool stdin_in_paths =
        std::find(check.paths.begin(), check.paths.end(), "-") != check.paths.end();
    if (stdin_in_paths && check.files_from == "-") {
      throw CLI::ValidationError("--files-from", "- and --files-from - both read standard input");
    }
    if (check.statistics && check.format != "text" && check.format != "json") {
      throw CLI::ValidationError("--statistics", "prints text or json");
    }
    validate_fix_options(check, stdin_in_paths);
  });
  return command;
}

struct RulesCommands {
  CLI::App* list;
  CLI::App* show;
  CLI::App* check;
};

RulesCommands add_rules_commands(CLI::App& app, RulesOptions& rules, std::string& language) {
  CLI::App* command = app.add_subcommand("rules", "规则 / list, show and check rules");
  command->require_subcommand(1);
  CLI::App* list = command->add_subcommand(
      "list", "列出规则 / list the rules in use: id, kind, severity, description");
  add_rules_option(*list, rules.rules);
  add_config_options(*list, rules.config);
  add_language_option(*list, language);
  CLI::App* show = command->add_subcommand(
      "show", "显示规则 / show a rule: description, source, message, examples");
  show->add_option("id", rules.rule_id, "规则编号 / rule id")->required();
  add_rules_option(*show, rules.rules);
  add_config_options(*show, rules.config);
  add_language_option(*show, language);
  CLI::App* check = command->add_subcommand(
      "check", "校验规则文件并运行其示例 / validate a rule file and run its examples");
  check->add_option("file", rules.file, "规则文件 / rule file")->required();
  add_language_option(*check, language);
  return {list, show, check};
}

void add_init_command(CLI::App& app, InitOptions& init) {
  CLI::App* command = app.add_subcommand(
      "init", "写入带注释的 .planlint.yaml / write a commented starter .planlint.yaml here");
  command->add_flag("--force", init.force, "覆盖已有文件 / overwrite an existing .planlint.yaml");
}

CLI::App* add_serve_command(CLI::App& app, ServeOptions& serve, std::string& language) {
  CLI::App* command = app.add_subcommand(
      "serve", "启动网页检查服务 / serve a page and a JSON API that check uploaded drafts");
  command
      ->add_option("--listen", serve.listen,
                   "监听地址 / HOST:PORT to listen on (port 0: any free port); an address "
                   "other machines reach needs --token")
      ->capture_default_str()
      ->type_name("HOST:PORT");
  add_rules_option(*command, serve.rules);
  add_config_options(*command, serve.config);
  CLI::Option* token = command->add_option(
      "--token", serve.token, "令牌 / token every API request must send (Authorization: Bearer)");
  CLI::Option* token_file =
      command
          ->add_option("--token-file", serve.token_file,
                       "令牌文件 / read the token from the first line of FILE")
          ->type_name("FILE");
  token->excludes(token_file);
  command
      ->add_option("--jobs,-j", serve.jobs,
                   "同时检查的请求数 / checks at once (default: the number of cores)")
      ->check(CLI::Range(1u, 256u))
      ->type_name("N");
  command
      ->add_option("--queue", serve.queue,
                   "排队等候的请求数上限 / requests waiting beyond --jobs; more get 503")
      ->check(CLI::Range(0u, 1024u))
      ->capture_default_str()
      ->type_name("N");
  add_max_file_size_option(*command, serve.max_file_size);
  command
      ->add_option("--timeout", serve.timeout_seconds,
                   "接收一个请求的时限（秒）/ seconds to receive a whole request")
      ->check(CLI::Range(1u, 3600u))
      ->capture_default_str()
      ->type_name("SECONDS");
  add_language_option(*command, language);
  return command;
}

void apply_check_choices(const CheckChoices& choices, CheckOptions& check) {
  check.language = language_named(choices.language);
  if (!choices.fail_on.empty()) check.fail_on = fail_on_from_name(choices.fail_on);
  check.color = choices.color == "always"  ? ColorMode::always
                : choices.color == "never" ? ColorMode::never
                                           : ColorMode::automatic;
  check.verbosity = choices.verbose ? Verbosity::verbose
                    : choices.quiet ? Verbosity::quiet
                                    : Verbosity::normal;
}

}  // namespace

std::optional<CommandLine> parse_command_line(int argc, char** argv, int& exit_code) {
  CLI::App app{"planlint: 中文工作计划草稿合规检查 / a compliance checker for Chinese draft plans",
               "planlint"};
  app.set_version_flag("--version", version_text());
  app.require_subcommand(1);

  CommandLine command_line;
  std::string outline_language = "zh";
  CheckChoices check_choices;
  CLI::App* outline = add_outline_command(app, command_line.outline, outline_language);
  CLI::App* check = add_check_command(app, command_line.check, check_choices);
  std::string rules_language = "zh";
  const RulesCommands rules = add_rules_commands(app, command_line.rules, rules_language);
  add_init_command(app, command_line.init);
  std::string serve_language = "zh";
  CLI::App* serve = add_serve_command(app, command_line.serve, serve_language);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    exit_code = app.exit(error);
    // CLI11 answers a usage error with 106 and the like; planlint's contract is 2.
    if (exit_code != 0) exit_code = 2;
    return std::nullopt;
  }
  command_line.outline.language = language_named(outline_language);
  command_line.rules.language = language_named(rules_language);
  command_line.serve.language = language_named(serve_language);
  apply_check_choices(check_choices, command_line.check);
  using Command = CommandLine::Command;
  command_line.command = outline->parsed()       ? Command::outline
                         : check->parsed()       ? Command::check
                         : rules.list->parsed()  ? Command::rules_list
                         : rules.show->parsed()  ? Command::rules_show
                         : rules.check->parsed() ? Command::rules_check
                         : serve->parsed()       ? Command::serve
                                                 : Command::init;
  return command_line;
}

}  // namespace planlint
