#include "planlint/report/html_chart.hpp"

#include <algorithm>

#include "planlint/report/html_escape.hpp"

namespace planlint {
namespace {

constexpr int kLabelWidth = 220;
constexpr int kBarSpace = 300;
constexpr int kValueWidth = 60;
constexpr int kRowHeight = 24;
constexpr int kBarHeight = 16;

}  // namespace

std::string svg_bar_chart(std::string_view title, std::span<const ChartBar> bars) {
  std::size_t largest = 1;
  for (const ChartBar& bar : bars) largest = std::max(largest, bar.value);
  const int width = kLabelWidth + kBarSpace + kValueWidth;
  const int height = std::max(1, static_cast<int>(bars.size())) * kRowHeight;
  std::string svg = "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 " + std::to_string(width) +
                    " " + std::to_string(height) + "\" width=\"" + std::to_string(width) +
                    "\" height=\"" + std::to_string(height) + "\"><title>" + html_text(title) +
                    "</title>";
  int y = 0;
  for (const ChartBar& bar : bars) {
    const auto length = static_cast<int>(bar.value * kBarSpace / largest);
    const std::string label = html_text(bar.label);
    const std::string value = std::to_string(bar.value);
    const std::string middle = std::to_string(y + kRowHeight / 2);
    svg += "<g><title>" + label + ": " + value + "</title>";
    svg += "<text class=\"label\" x=\"" + std::to_string(kLabelWidth - 8) + "\" y=\"" + middle +
           "\" text-anchor=\"end\" dominant-baseline=\"middle\">" + label + "</text>";
    svg += "<rect class=\"bar " + std::string(bar.css_class) + "\" x=\"" +
           std::to_string(kLabelWidth) + "\" y=\"" +
           std::to_string(y + (kRowHeight - kBarHeight) / 2) + "\" width=\"" +
           std::to_string(std::max(length, 1)) + "\" height=\"" + std::to_string(kBarHeight) +
           "\"/>";
    svg += "<text class=\"value\" x=\"" + std::to_string(kLabelWidth + length + 6) + "\" y=\"" +
           middle + "\" dominant-baseline=\"middle\">" + value + "</text></g>";
    y += kRowHeight;
  }
  svg += "</svg>";
  return svg;
}

}  // namespace planlint
