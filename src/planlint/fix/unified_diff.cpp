#include "planlint/fix/unified_diff.hpp"

#include <algorithm>
#include <optional>
#include <vector>

namespace planlint {
namespace {

constexpr std::size_t kContext = 3;
// Past this many inserted and deleted lines the shortest edit script costs more memory than it
// is worth (it grows with their square): the differing middle is shown as one replacement.
constexpr std::size_t kMostEdits = 4000;

struct Line {
  std::string_view content;  // without its line end
  bool ended = true;         // false for a last line without a line end
  bool operator==(const Line&) const = default;
};

std::vector<Line> lines_of(std::string_view text) {
  std::vector<Line> lines;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t end = text.find_first_of("\r\n", at);
    if (end == std::string_view::npos) {
      lines.push_back({text.substr(at), false});
      break;
    }
    lines.push_back({text.substr(at, end - at), true});
    at = end + (text.compare(end, 2, "\r\n") == 0 ? 2 : 1);
  }
  return lines;
}

enum class Op { keep, remove, add };

struct Step {
  Op op;
  std::size_t before;  // index into the old lines (keep, remove)
  std::size_t after;   // index into the new lines (keep, add)
};

// Myers' shortest edit script between a[from_a, to_a) and b[from_b, to_b); nullopt when it
// would take more than kMostEdits edits.
std::optional<std::vector<Step>> shortest_script(const std::vector<Line>& a, std::size_t from_a,
                                                 std::size_t to_a, const std::vector<Line>& b,
                                                 std::size_t from_b, std::size_t to_b) {
  const auto n = static_cast<std::ptrdiff_t>(to_a - from_a);
  const auto m = static_cast<std::ptrdiff_t>(to_b - from_b);
  const std::ptrdiff_t most = std::min<std::ptrdiff_t>(n + m, kMostEdits);
  std::vector<std::ptrdiff_t> v(static_cast<std::size_t>(2 * most + 3), 0);
  const auto at = [&](std::ptrdiff_t k) -> std::ptrdiff_t& {
    return v[static_cast<std::size_t>(k + most + 1)];
  };
  // trace[d]: v over diagonals -d…d after step d.
  std::vector<std::vector<std::ptrdiff_t>> trace;
  std::ptrdiff_t found = -1;
  for (std::ptrdiff_t d = 0; d <= most && found < 0; ++d) {
    for (std::ptrdiff_t k = -d; k <= d; k += 2) {
      std::ptrdiff_t x = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? at(k + 1) : at(k - 1) + 1;
      std::ptrdiff_t y = x - k;
      while (x < n && y < m &&
             a[from_a + static_cast<std::size_t>(x)] == b[from_b + static_cast<std::size_t>(y)]) {
        ++x;
        ++y;
      }
      at(k) = x;
      if (x >= n && y >= m) found = d;
    }
    trace.emplace_back(v.begin() + (most + 1 - d), v.begin() + (most + 1 + d + 1));
  }
  if (found < 0) return std::nullopt;
  std::vector<Step> steps;
  std::ptrdiff_t x = n;
  std::ptrdiff_t y = m;
  const auto snake_to = [&](std::ptrdiff_t to_x, std::ptrdiff_t to_y) {
    while (x > to_x && y > to_y) {
      --x;
      --y;
      steps.push_back(
          {Op::keep, from_a + static_cast<std::size_t>(x), from_b + static_cast<std::size_t>(y)});
    }
  };
  for (std::ptrdiff_t d = found; d > 0; --d) {
    const std::vector<std::ptrdiff_t>& previous = trace[static_cast<std::size_t>(d - 1)];
    const auto before = [&](std::ptrdiff_t k) {
      return previous[static_cast<std::size_t>(k + d - 1)];
    };
    const std::ptrdiff_t k = x - y;
    const std::ptrdiff_t previous_k =
        (k == -d || (k != d && before(k - 1) < before(k + 1))) ? k + 1 : k - 1;
    const std::ptrdiff_t previous_x = before(previous_k);
    const std::ptrdiff_t previous_y = previous_x - previous_k;
    snake_to(previous_x, previous_y);
    if (x == previous_x) {
      steps.push_back({Op::add, from_a + static_cast<std::size_t>(x),
                       from_b + static_cast<std::size_t>(previous_y)});
    } else {
      steps.push_back({Op::remove, from_a + static_cast<std::size_t>(previous_x),
                       from_b + static_cast<std::size_t>(y)});
    }
    x = previous_x;
    y = previous_y;
  }
  snake_to(0, 0);
  std::reverse(steps.begin(), steps.end());
  return steps;
}

// The whole script: common head and tail kept, the middle by shortest_script or, past its
// limit, removed and added whole.
std::vector<Step> script(const std::vector<Line>& a, const std::vector<Line>& b) {
  std::size_t head = 0;
  while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
  std::size_t tail = 0;
  while (tail < a.size() - head && tail < b.size() - head &&
         a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) {
    ++tail;
  }
  std::vector<Step> steps;
  for (std::size_t i = 0; i < head; ++i) steps.push_back({Op::keep, i, i});
  if (auto middle = shortest_script(a, head, a.size() - tail, b, head, b.size() - tail)) {
    steps.insert(steps.end(), middle->begin(), middle->end());
  } else {
    for (std::size_t i = head; i < a.size() - tail; ++i) steps.push_back({Op::remove, i, head});
    for (std::size_t i = head; i < b.size() - tail; ++i)
      steps.push_back({Op::add, a.size() - tail, i});
  }
  for (std::size_t i = 0; i < tail; ++i) {
    steps.push_back({Op::keep, a.size() - tail + i, b.size() - tail + i});
  }
  return steps;
}

// `-3,2` / `+5` / `-4,0`: a range of a hunk header as diff -u writes it.
std::string range(std::size_t first, std::size_t count) {
  if (count == 1) return std::to_string(first + 1);
  return std::to_string(count == 0 ? first : first + 1) + "," + std::to_string(count);
}

void write_line(std::string& out, char sign, const Line& line) {
  out += sign;
  out.append(line.content);
  out += '\n';
  if (!line.ended) out += "\\ No newline at end of file\n";
}

}  // namespace

std::string unified_diff(std::string_view path, std::string_view before, std::string_view after) {
  if (before == after) return {};
  const std::vector<Line> a = lines_of(before);
  const std::vector<Line> b = lines_of(after);
  const std::vector<Step> steps = script(a, b);
  std::string out = "--- a/" + std::string(path) + "\n+++ b/" + std::string(path) + "\n";
  std::size_t at = 0;
  while (at < steps.size()) {
    const auto change = std::find_if(steps.begin() + static_cast<std::ptrdiff_t>(at), steps.end(),
                                     [](const Step& step) { return step.op != Op::keep; });
    if (change == steps.end()) break;
    const auto first_change = static_cast<std::size_t>(change - steps.begin());
    const std::size_t begin = first_change - std::min(first_change - at, kContext);
    // The hunk runs on while changes come within twice the context of each other.
    std::size_t end = first_change;
    std::size_t unchanged = 0;
    for (std::size_t i = first_change; i < steps.size(); ++i) {
      if (steps[i].op == Op::keep) {
        if (++unchanged > 2 * kContext) break;
      } else {
        unchanged = 0;
        end = i + 1;
      }
    }
    end = std::min(steps.size(), end + kContext);
    std::size_t removed = 0;
    std::size_t added = 0;
    for (std::size_t i = begin; i < end; ++i) {
      removed += steps[i].op != Op::add;
      added += steps[i].op != Op::remove;
    }
    out += "@@ -" + range(steps[begin].before, removed) + " +" + range(steps[begin].after, added) +
           " @@\n";
    for (std::size_t i = begin; i < end; ++i) {
      const Step& step = steps[i];
      if (step.op == Op::keep) write_line(out, ' ', a[step.before]);
      if (step.op == Op::remove) write_line(out, '-', a[step.before]);
      if (step.op == Op::add) write_line(out, '+', b[step.after]);
    }
    at = end;
  }
  return out;
}

}  // namespace planlint
