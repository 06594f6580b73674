#include "planlint/cli/init_command.hpp"

#include <filesystem>
#include <fstream>

#include "planlint/cli/project_config.hpp"

namespace planlint {

std::string_view starter_config() {
  return R"(# planlint 项目配置 / planlint project config
# planlint check 在当前目录及其上级目录中查找本文件，命令行参数优先于这里的设置。
# planlint check reads this file from the working directory or the nearest parent that has one;
# command-line options win over it. See README.md, "Configuration".

# 规则集：名称（core、gbt9704、education-plan）或规则文件路径（相对本文件所在目录），按顺序合并。
# Rule sets: names or rule files (relative to this file's folder), merged in order.
rules: [core]

# 调整规则的级别（error、warning、info）。
# A rule's severity in this project (error, warning, info).
# severity:
#   residue-url: error
#   wording-jiezhi: info

# 停用的规则。
# Rules switched off.
# disable: [script-mixed]

# 忽略的问题：按规则编号和/或问题所在的原文。
# Findings left out, by rule id and/or the text they lie within.
# ignore:
#   - {rule: placeholder-letters, text: X光机}
#   - {text: 某某小学}

# 检查目录时包含的文件，默认 *.txt 和 *.md。
# Files checked in folders (default *.txt and *.md).
# include: ["*.txt", "*.md"]

# 跳过的文件或目录：不含“/”的名称在任何层级生效，含“/”的相对本文件所在目录。
# Files or folders skipped: a name without "/" anywhere, a path with "/" from this folder.
# exclude: [archive, "drafts/2019/**"]

# 退出码为 1 的最低级别：error（默认）、warning、info、never。
# The least severity that makes `planlint check` exit with 1: error (default), warning, info,
# never.
# fail_on: error

# 不读取大于此大小的草稿（K、M、G；0 为不限），默认 64M。
# Drafts larger than this are not read but reported (K, M, G; 0: no limit); default 64M.
# max_file_size: 64M
)";
}

int run_init(const InitOptions& options, std::ostream& out, std::ostream& errors) {
  const std::filesystem::path file = kProjectConfigName;
  std::error_code ignored;
  if (!options.force && std::filesystem::exists(file, ignored)) {
    errors << "planlint: error: " << kProjectConfigName
           << " already exists; planlint init --force replaces it\n";
    return 2;
  }
  std::ofstream written(file, std::ios::binary | std::ios::trunc);
  written << starter_config();
  written.close();
  if (!written) {
    errors << "planlint: error: " << kProjectConfigName << ": cannot write it here\n";
    return 2;
  }
  out << "已写入 / wrote " << kProjectConfigName << '\n';
  return 0;
}

}  // namespace planlint
