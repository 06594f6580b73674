// The outlines of the real documents in ../shared/seeds, each golden checked by hand against
// its document (see tests/golden/README.md for what each must show).
#include <unicode/ucnv.h>
#include <catch2/catch.hpp>
#include <sstream>

#include "planlint/input/load_document.hpp"
#include "planlint/parse/outline.hpp"
#include "planlint/report/outline_report.hpp"
#include "planlint/text/normalized_document.hpp"
#include "support/golden.hpp"

namespace fs = std::filesystem;
using namespace planlint;

namespace {

std::vector<fs::path> seed_files() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(testing::seeds_dir())) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::unique_ptr<Document> load(const std::string& name, std::string bytes) {
  auto loaded = load_document_from_bytes(name, std::move(bytes));
  REQUIRE(std::holds_alternative<std::unique_ptr<Document>>(loaded));
  return std::move(std::get<std::unique_ptr<Document>>(loaded));
}

std::string outline_json(const Document& document) {
  std::ostringstream out;
  write_outline_json(out, document.path(), document.decoded().encoding(), build_outline(document));
  out << '\n';
  return out.str();
}

// The seed's UTF-8 text re-encoded with ICU, BOM included where the encoding has one.
std::string encode(const std::string& utf8, const char* encoding, bool with_bom) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* converter = ucnv_open(encoding, &status);
  REQUIRE(U_SUCCESS(status));
  std::string out(utf8.size() * 4 + 16, '\0');
  char* target = out.data();
  const char* source = utf8.data();
  UConverter* from_utf8 = ucnv_open("UTF-8", &status);
  ucnv_convertEx(converter, from_utf8, &target, out.data() + out.size(), &source,
                 utf8.data() + utf8.size(), nullptr, nullptr, nullptr, nullptr, true, true,
                 &status);
  REQUIRE(U_SUCCESS(status));
  out.resize(static_cast<std::size_t>(target - out.data()));
  ucnv_close(converter);
  ucnv_close(from_utf8);
  if (!with_bom) return out;
  if (std::string(encoding) == "UTF-8") return "\xEF\xBB\xBF" + out;
  if (std::string(encoding) == "UTF-16LE") return "\xFF\xFE" + out;
  return out;
}

// What must agree between encodings of one text: everything but byte offsets.
std::vector<std::string> comparable(const Outline& outline) {
  std::vector<std::string> rows;
  for (const Heading& h : outline.headings) {
    rows.push_back(std::to_string(h.position.line) + ":" + std::to_string(h.position.column) + " " +
                   h.marker + " " + h.title + " L" + std::to_string(h.level) +
                   (h.malformed ? " malformed" : ""));
  }
  for (const Part& p : outline.parts) rows.push_back(p.title + std::to_string(p.last_line));
  return rows;
}

}  // namespace

TEST_CASE("Outlines of the seed documents match their hand-checked goldens", "[golden]") {
  const auto files = seed_files();
  REQUIRE(files.size() == 5);
  for (const fs::path& file : files) {
    SECTION(file.filename().string()) {
      const auto document = load(file.filename().string(), testing::read_file(file));
      testing::check_golden(
          testing::source_dir() / "tests/golden/outline" / (file.stem().string() + ".json"),
          outline_json(*document));
    }
  }
}

TEST_CASE("The same document in four encodings has the same outline", "[golden][decode]") {
  for (const fs::path& file : seed_files()) {
    const std::string utf8 = testing::read_file(file);
    const auto reference = load("utf8", utf8);
    const auto expected = comparable(build_outline(*reference));
    REQUIRE_FALSE(expected.empty());
    const std::tuple<const char*, bool, const char*> variants[] = {
        {"UTF-8", true, "UTF-8"}, {"UTF-16LE", true, "UTF-16LE"}, {"GB18030", false, "GB18030"}};
    for (const auto& [encoding, bom, detected] : variants) {
      INFO(file.filename().string() << " as " << encoding);
      const auto document = load(encoding, encode(utf8, encoding, bom));
      CHECK(document->decoded().encoding() == detected);
      CHECK(comparable(build_outline(*document)) == expected);
    }
  }
}

TEST_CASE("An outline read from the whole document's view equals one read line by line",
          "[golden]") {
  for (const fs::path& file : seed_files()) {
    INFO(file.filename().string());
    const auto document = load("seed", testing::read_file(file));
    const NormalizedDocument normalized(document->text());
    std::ostringstream line_by_line;
    std::ostringstream from_view;
    write_outline_json(line_by_line, "seed", "UTF-8", build_outline(*document));
    write_outline_json(from_view, "seed", "UTF-8",
                       build_outline(*document, default_hierarchy(), &normalized));
    CHECK(from_view.str() == line_by_line.str());
  }
}
