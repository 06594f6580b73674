// Writing findings as JSON: planlint's JsonWriter against nlohmann::json (ordered_json built per
// finding, then dumped with U+FFFD for bad UTF-8, as planlint's reports need), 200,000 findings
// shaped as the json format writes them, best of 5 in CPU time. bench/RESULTS.md ("report") has the figures.
//   g++ -O3 -DNDEBUG -std=c++20 -Isrc bench/json_writer_vs_nlohmann.cpp \
//       src/planlint/report/json_writer.cpp src/planlint/report/report_spool.cpp -o /tmp/jw
#include <nlohmann/json.hpp>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

#include "planlint/report/json_writer.hpp"

namespace {

struct Record {
  std::string rule = "placeholder-letters";
  std::string kind = "placeholder";
  std::string message = "占位符“XX”未替换为实际内容，请补全后再提交（第 3 段）";
  std::string excerpt = "XX学校XX年度";
  std::size_t line = 0, column = 7, end_line = 0, end_column = 13, offset = 0, end_offset = 0;
};

std::vector<Record> records(std::size_t count) {
  std::vector<Record> all(count);
  for (std::size_t i = 0; i < count; ++i) {
    all[i].line = all[i].end_line = i + 1;
    all[i].offset = i * 500;
    all[i].end_offset = i * 500 + 16;
  }
  return all;
}

std::string with_writer(const std::vector<Record>& all) {
  std::ostringstream out;
  {
    planlint::JsonWriter json(out);
    json.begin_array(planlint::json_lines(4, 2));
    for (const Record& r : all) {
      json.begin_object();
      json.member("rule", r.rule).member("kind", r.kind).member("check", nullptr);
      json.member("severity", "error").member("message", r.message);
      json.member("line", r.line).member("column", r.column);
      json.member("end_line", r.end_line).member("end_column", r.end_column);
      json.member("offset", r.offset).member("end_offset", r.end_offset);
      json.member("excerpt", r.excerpt);
      json.end_object();
    }
    json.end_array();
  }
  return std::move(out).str();
}

std::string with_nlohmann(const std::vector<Record>& all) {
  std::ostringstream out;
  out << '[';
  bool first = true;
  for (const Record& r : all) {
    nlohmann::ordered_json finding;
    finding["rule"] = r.rule;
    finding["kind"] = r.kind;
    finding["check"] = nullptr;
    finding["severity"] = "error";
    finding["message"] = r.message;
    finding["line"] = r.line;
    finding["column"] = r.column;
    finding["end_line"] = r.end_line;
    finding["end_column"] = r.end_column;
    finding["offset"] = r.offset;
    finding["end_offset"] = r.end_offset;
    finding["excerpt"] = r.excerpt;
    out << (first ? "\n    " : ",\n    ")
        << finding.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    first = false;
  }
  out << "\n  ]";
  return std::move(out).str();
}

template <typename Write>
double best_ms(Write write, const std::vector<Record>& all, std::size_t& bytes) {
  double best = 1e30;
  for (int run = 0; run < 5; ++run) {
    // CPU time, which other processes on a shared machine disturb far less than wall time.
    const std::clock_t start = std::clock();
    bytes = write(all).size();
    best = std::min(best, 1000.0 * static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC);
  }
  return best;
}

}  // namespace

int main() {
  const std::vector<Record> all = records(200000);
  std::size_t bytes = 0;
  const double writer = best_ms(with_writer, all, bytes);
  std::printf("JsonWriter      %7.1f ms  %5.1f MB  %6.0f MB/s\n", writer, bytes / 1e6,
              bytes / 1e3 / writer);
  const double nlohmann = best_ms(with_nlohmann, all, bytes);
  std::printf("nlohmann::json  %7.1f ms  %5.1f MB  %6.0f MB/s\n", nlohmann, bytes / 1e6,
              bytes / 1e3 / nlohmann);
}
