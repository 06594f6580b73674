#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "planlint/cli/fail_on.hpp"
#include "planlint/cli/profile_options.hpp"
#include "planlint/report/outline_report.hpp"

namespace planlint {

struct OutlineOptions {
  std::vector<std::string> paths;
  std::string format = "text";  // text | json
  std::string encoding;         // empty: detect
  bool office_notes = false;    // --docx-notes: headers, footers, notes, comments of a .docx
  std::string hierarchy;        // empty: default_hierarchy()
  Language language = Language::zh;
  std::optional<std::uint64_t> max_file_size;  // bytes, 0: no limit; nullopt: the default
  ProfileChoice profile;                       // --type, --date
};

// Which .planlint.yaml a command reads.
struct ConfigChoice {
  std::string path;       // --config FILE; empty: discover from the working directory up
  bool disabled = false;  // --no-config
};

enum class ColorMode { automatic, always, never };
enum class Verbosity { quiet, normal, verbose };

struct CheckOptions {
  std::vector<std::string> paths;    // files, folders, "-" for standard input
  std::string files_from;            // --files-from FILE ("-": standard input); empty: none
  bool null_separated = false;       // --null: --files-from entries end with NUL
  std::string stdin_name = "-";      // --stdin-filename
  std::vector<std::string> include;  // empty: the config's, else *.txt, *.md and *.docx
  std::vector<std::string> exclude;  // added to the config's
  std::string rules;                 // empty: the config's rule sets, else core
  std::string format = "text";       // one of check_formats()
  std::string encoding;
  std::optional<std::uint64_t> max_file_size;  // bytes, 0: no limit; nullopt: config, default
  bool office_notes = false;                   // --docx-notes
  Language language = Language::zh;
  std::optional<FailOn> fail_on;  // nullopt: the config's, else error
  std::string output;             // --output FILE; empty: standard output
  std::string annotate;           // --annotate OUT.docx: findings as Word comments; empty: none
  ColorMode color = ColorMode::automatic;
  bool statistics = false;
  ConfigChoice config;
  unsigned jobs = 0;  // 0: the number of cores
  Verbosity verbosity = Verbosity::normal;
  std::string baseline;                     // --baseline FILE
  std::string write_baseline;               // --write-baseline FILE
  ProfileChoice profile;                    // --type, --date
  bool fix = false;                         // --fix: apply fixes and write the files back
  bool unsafe_fixes = false;                // --unsafe-fixes: unsafe fixes too
  bool report_unused_suppressions = false;  // a suppression comment that silences nothing
  bool diff = false;                        // --diff: print what --fix would change, write nothing
  std::string output_docx;  // --output-docx OUT.docx: a .docx's fixes as tracked changes there
};

struct RulesOptions {
  std::string rules;  // empty: the config's rule sets, else core
  ConfigChoice config;
  std::string rule_id;  // `rules show ID`
  std::string file;     // `rules check FILE`
  Language language = Language::zh;
};

struct InitOptions {
  bool force = false;
};

// `planlint serve`: where to listen, which rules and config to offer, and the limits that keep
// one busy office from starving the others.
struct ServeOptions {
  std::string listen = "127.0.0.1:8080";  // HOST:PORT; port 0 picks a free one
  std::string rules;                      // the default rule set; empty: config's, else core
  ConfigChoice config;
  std::string token;       // --token; required of every API request when set
  std::string token_file;  // --token-file: the token on the file's first line
  unsigned jobs = 0;       // checks at once; 0: the number of cores
  unsigned queue = 16;     // requests waiting for a check beyond those, then 503
  std::optional<std::uint64_t> max_file_size;  // bytes, 0: no limit; nullopt: config, default
  unsigned timeout_seconds = 30;               // to receive a whole request
  Language language = Language::zh;            // the server's own messages on stderr
};

struct CommandLine {
  enum class Command { outline, check, rules_list, rules_show, rules_check, init, serve };
  Command command = Command::outline;
  OutlineOptions outline;
  CheckOptions check;
  RulesOptions rules;
  InitOptions init;
  ServeOptions serve;
};

// Parses argv. When parsing ends the run (help, version, a usage error), returns nullopt and
// sets `exit_code` after printing what CLI11 had to say.
std::optional<CommandLine> parse_command_line(int argc, char** argv, int& exit_code);

}  // namespace planlint
