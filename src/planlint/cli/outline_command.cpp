#include "planlint/cli/outline_command.hpp"

#include "planlint/cli/byte_size.hpp"
#include "planlint/cli/input_error_line.hpp"
#include "planlint/cli/profile_options.hpp"
#include "planlint/input/load_document.hpp"
#include "planlint/parse/outline.hpp"
#include "planlint/text/normalize.hpp"
#include "planlint/text/source_pages.hpp"

namespace planlint {
namespace {

// As check's diagnostics word an error line.
std::string_view error_prefix(Language language) {
  return language == Language::en ? "planlint: error: " : "planlint: 错误: ";
}

}  // namespace

int run_outline(const OutlineOptions& options, std::ostream& out, std::ostream& errors) {
  Hierarchy hierarchy = default_hierarchy();
  if (!options.hierarchy.empty()) {
    auto parsed = parse_hierarchy(options.hierarchy);
    if (const auto* problem = std::get_if<Message>(&parsed)) {
      errors << error_prefix(options.language) << "--hierarchy: " << problem->in(options.language)
             << '\n';
      return 2;
    }
    hierarchy = std::move(std::get<Hierarchy>(parsed));
  }
  const bool json = options.format == "json";
  // One file gives one JSON object; several give an array of them.
  const bool json_array = json && options.paths.size() > 1;
  if (json_array) out << "[\n";
  bool first_written = true;
  int exit_code = 0;
  for (const std::string& path : options.paths) {
    DocumentResult loaded =
        load_document(path, DecodeOptions{options.encoding, options.office_notes},
                      options.max_file_size.value_or(kDefaultMaxFileSize));
    if (auto* error = std::get_if<InputError>(&loaded)) {
      errors << error_prefix(options.language) << describe_input_error(*error, options.language)
             << '\n';
      exit_code = 2;
      continue;
    }
    const Document& document = *std::get<std::unique_ptr<Document>>(loaded);
    Outline outline = build_outline(document, hierarchy);
    // The profile reads a few title and signature lines: each is folded when it is read, so
    // the outline never holds a second, normalized copy of the text. A file of many parts has
    // them all over it: the pages read go again (SourcePageRelease).
    SourcePageRelease release(document);
    const ViewLines view_lines{document.lines().line_count(), [&](std::uint32_t line) {
                                 release.after_read();
                                 return normalize(document.lines().line_text(line - 1)).view();
                               }};
    outline.profiles = detect_profiles(outline, view_lines, profile_overrides(options.profile));
    if (json) {
      if (!first_written) out << ",\n";
      write_outline_json(out, document.path(), document.decoded().encoding(), outline);
    } else {
      write_outline_text(out, document.path(), document.decoded().encoding(), outline,
                         options.language);
    }
    first_written = false;
  }
  if (json_array) out << "\n]";
  if (json) out << '\n';
  return exit_code;
}

}  // namespace planlint
