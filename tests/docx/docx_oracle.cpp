// Compares planlint's reading of a .docx with LibreOffice's headless text export of it, line by
// line: the automatic numbers planlint computes must be the ones LibreOffice draws.
//   docx_oracle LIBREOFFICE.txt DOC.docx [DIVERGENCES.tsv]
// Whitespace is left out of the comparison (LibreOffice writes list indentation as spaces and
// always puts a space after a number, whatever w:suff says) and full-width digits are compared
// as ASCII (LibreOffice draws decimalFullWidth in ASCII). DIVERGENCES.tsv lists lines where
// LibreOffice is known to differ from Word (fixture, line, what LibreOffice shows, why): there
// LibreOffice must show exactly that, and planlint's line is checked by the golden outline.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "planlint/input/load_document.hpp"
#include "planlint/text/utf8.hpp"

namespace {

std::string comparable(std::string_view line) {
  std::string kept;
  for (std::size_t at = 0; at < line.size();) {
    const char32_t code_point = planlint::decode_utf8_at(line, at);
    if (code_point == U'\uFEFF' || code_point == U' ' || code_point == U'\t' ||
        code_point == U'\u00A0' || code_point == U'\u3000' || code_point == U'\r') {
      continue;
    }
    if (code_point >= U'０' && code_point <= U'９') {
      kept += static_cast<char>('0' + (code_point - U'０'));
      continue;
    }
    planlint::append_utf8(kept, code_point);
  }
  return kept;
}

std::vector<std::string> read_lines(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  while (!lines.empty() && comparable(lines.back()).empty()) lines.pop_back();
  return lines;
}

// fixture name → (1-based line → what LibreOffice shows there)
std::map<std::string, std::map<std::size_t, std::string>> read_divergences(
    const std::string& path) {
  std::map<std::string, std::map<std::size_t, std::string>> divergences;
  std::ifstream in(path);
  for (std::string row; std::getline(in, row);) {
    if (row.empty() || row[0] == '#') continue;
    std::istringstream fields(row);
    std::string fixture, line, shown;
    std::getline(fields, fixture, '\t');
    std::getline(fields, line, '\t');
    std::getline(fields, shown, '\t');
    divergences[fixture][std::stoul(line)] = shown;
  }
  return divergences;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: docx_oracle LIBREOFFICE.txt DOC.docx [DIVERGENCES.tsv]\n";
    return 2;
  }
  const std::string fixture = std::filesystem::path(argv[2]).stem().string();
  auto loaded = planlint::load_document(argv[2]);
  if (auto* error = std::get_if<planlint::InputError>(&loaded)) {
    std::cerr << fixture << ": planlint cannot read it: " << error->problem.en << '\n';
    return 1;
  }
  const auto& document = *std::get<std::unique_ptr<planlint::Document>>(loaded);
  const std::vector<std::string> oracle = read_lines(argv[1]);
  const auto divergences =
      argc > 3 ? read_divergences(argv[3])[fixture] : std::map<std::size_t, std::string>{};
  std::size_t lines = document.lines().line_count();
  while (lines > 0 && comparable(document.lines().line_text(lines - 1)).empty()) --lines;
  int failures = 0;
  if (lines != oracle.size()) {
    std::cerr << fixture << ": planlint reads " << lines << " lines, LibreOffice " << oracle.size()
              << '\n';
    ++failures;
  }
  std::size_t markers = 0, known = 0;
  for (std::size_t i = 0; i < std::min(lines, oracle.size()); ++i) {
    const std::string ours = comparable(document.lines().line_text(i));
    const std::string theirs = comparable(oracle[i]);
    if (const auto divergence = divergences.find(i + 1); divergence != divergences.end()) {
      ++known;
      if (theirs != comparable(divergence->second)) {
        std::cerr << fixture << ':' << i + 1 << ": LibreOffice now shows \"" << oracle[i]
                  << "\", not the listed divergence \"" << divergence->second << "\"\n";
        ++failures;
      }
      continue;
    }
    if (i < document.paragraphs().size() && document.paragraphs()[i].generated_bytes > 0) {
      ++markers;
    }
    if (ours != theirs) {
      std::cerr << fixture << ':' << i + 1 << ": planlint \"" << document.lines().line_text(i)
                << "\", LibreOffice \"" << oracle[i] << "\"\n";
      ++failures;
    }
  }
  std::cout << fixture << ": " << lines << " lines, " << markers
            << " automatic numbers agree with LibreOffice, " << known << " known divergences, "
            << failures << " disagreements\n";
  return failures == 0 ? 0 : 1;
}
