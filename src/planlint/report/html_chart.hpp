#pragma once
#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace planlint {

struct ChartBar {
  std::string label;  // raw text: escaped when drawn
  std::size_t value = 0;
  std::string_view css_class;  // colours the bar (sev-error…); may be empty
};

// A horizontal bar chart as inline SVG: one labelled bar per entry, its value at its end, scaled
// to the largest. `title` names the chart for assistive technology.
std::string svg_bar_chart(std::string_view title, std::span<const ChartBar> bars);

}  // namespace planlint
