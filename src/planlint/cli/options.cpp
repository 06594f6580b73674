#include "planlint/cli/options.hpp"

#include <CLI/CLI.hpp>

#include "planlint/report/check_report.hpp"

namespace planlint {

std::optional<CommandLine> parse_command_line(int argc, char** argv, int& exit_code) {
  CLI::App app{"planlint: 中文工作计划草稿合规检查 / a compliance checker for Chinese draft plans",
               "planlint"};
  app.set_version_flag("--version", std::string("planlint ") + PLANLINT_VERSION);
  app.require_subcommand(1);

  CommandLine command_line;
  OutlineOptions& outline = command_line.outline;
  std::string language = "zh";
  CLI::App* outline_command = app.add_subcommand(
      "outline", "打印标题结构 / print the numbered heading structure of each file");
  outline_command->add_option("files", outline.paths, "文件（- 为标准输入）/ files (- for stdin)")
      ->required();
  outline_command->add_option("--format", outline.format, "text | json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  outline_command->add_option("--encoding", outline.encoding,
                              "强制编码 / force an encoding (e.g. GBK, GB18030, UTF-16LE)");
  outline_command->add_option(
      "--hierarchy", outline.hierarchy,
      "标题层级 / heading families from the top, e.g. cn,cn-paren,arabic,arabic-paren,circled");
  outline_command->add_option("--lang", language, "zh | en")
      ->check(CLI::IsMember({"zh", "en"}))
      ->capture_default_str();

  CheckOptions& check = command_line.check;
  std::string check_language = "zh";
  CLI::App* check_command =
      app.add_subcommand("check", "按规则集检查草稿 / check drafts against a rule set");
  check_command->add_option("files", check.paths, "文件（- 为标准输入）/ files (- for stdin)")
      ->required();
  check_command
      ->add_option("--rules", check.rules,
                   "规则集名称或文件 / rule set name (core, gbt9704, education-plan) or file")
      ->capture_default_str();
  const auto formats = check_formats();
  check_command
      ->add_option(
          "--format", check.format,
          "输出格式 / report format: " +
              [&] {
                std::string listed;
                for (const auto format : formats)
                  listed += (listed.empty() ? "" : ", ") + std::string(format);
                return listed;
              }())
      ->check(CLI::IsMember(std::vector<std::string>(formats.begin(), formats.end())))
      ->capture_default_str();
  check_command->add_option("--encoding", check.encoding,
                            "强制编码 / force an encoding (e.g. GBK, GB18030, UTF-16LE)");
  check_command->add_option("--lang", check_language, "zh | en")
      ->check(CLI::IsMember({"zh", "en"}))
      ->capture_default_str();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    exit_code = app.exit(error);
    // CLI11 answers a usage error with 106 and the like; planlint's contract is 2.
    if (exit_code != 0) exit_code = 2;
    return std::nullopt;
  }
  outline.language = language == "en" ? Language::en : Language::zh;
  check.language = check_language == "en" ? Language::en : Language::zh;
  command_line.command =
      check_command->parsed() ? CommandLine::Command::check : CommandLine::Command::outline;
  return command_line;
}

}  // namespace planlint
