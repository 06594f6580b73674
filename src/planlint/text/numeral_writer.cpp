#include "planlint/text/numeral_writer.hpp"

#include <array>
#include <string_view>

#include "planlint/text/utf8.hpp"

namespace planlint {
namespace {

using Digits = std::array<std::string_view, 10>;

constexpr Digits kChineseDigits{"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
constexpr Digits kFinancialDigits{"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};

// The heading grammar's Chinese numerals stop below 一亿.
constexpr std::int64_t kCountingLimit = 100'000'000;

// The characters of one counting style.
struct Counting {
  const Digits& digits;
  std::array<std::string_view, 4> places;  // 千 百 十 and nothing for the ones
  std::string_view ten_thousand;
  bool bare_ten;  // 十一 rather than 一十一 at the start of a numeral (the financial style writes
                  // 壹拾壹)
};

const Counting& counting_of(NumeralStyle style) {
  static const Counting kChinese{kChineseDigits, {"千", "百", "十", ""}, "万", true};
  static const Counting kTraditional{kChineseDigits, {"千", "百", "十", ""}, "萬", true};
  static const Counting kFinancial{kFinancialDigits, {"仟", "佰", "拾", ""}, "万", false};
  if (style == NumeralStyle::chinese_traditional) return kTraditional;
  if (style == NumeralStyle::chinese_financial) return kFinancial;
  return kChinese;
}

// 1 … 9999; a zero inside is 零 in every style. `leading`: the start of the numeral, where 10–19
// may be written 十…; a group after 万 is not (一万零一十, not 一万零十).
std::string below_ten_thousand(std::int64_t value, const Counting& counting, bool leading) {
  constexpr std::array<std::int64_t, 4> kPlaceValues{1000, 100, 10, 1};
  std::string numeral;
  bool zero_pending = false;  // a skipped place is read as one 零: 一千零五, 一百零一
  for (std::size_t place = 0; place < kPlaceValues.size(); ++place) {
    const std::int64_t digit = value / kPlaceValues[place] % 10;
    if (digit == 0) {
      zero_pending = !numeral.empty();
      continue;
    }
    if (zero_pending) numeral += "零";
    zero_pending = false;
    const bool bare_ten =
        counting.bare_ten && leading && numeral.empty() && kPlaceValues[place] == 10 && digit == 1;
    if (!bare_ten) numeral += counting.digits[static_cast<std::size_t>(digit)];
    numeral += counting.places[place];
  }
  return numeral;
}

std::string counted(std::int64_t value, const Counting& counting) {
  if (value == 0) return std::string(counting.digits[0]);
  if (value < 10'000) return below_ten_thousand(value, counting, true);
  std::string numeral = below_ten_thousand(value / 10'000, counting, true);
  numeral += counting.ten_thousand;
  const std::int64_t rest = value % 10'000;
  if (rest == 0) return numeral;
  if (rest < 1000) numeral += "零";
  return numeral + below_ten_thousand(rest, counting, false);
}

std::string digit_by_digit(std::int64_t value, const Digits& digits) {
  std::string numeral;
  for (const char digit : std::to_string(value)) {
    numeral += digits[static_cast<std::size_t>(digit - '0')];
  }
  return numeral;
}

std::string full_width(std::int64_t value) {
  std::string numeral;
  for (const char digit : std::to_string(value)) {
    append_utf8(numeral, U'０' + static_cast<char32_t>(digit - '0'));
  }
  return numeral;
}

// ①…⑳ are U+2460…2473, ㉑…㉟ U+3251…325F, ㊱…㊿ U+32B1…32BF.
std::string circled(std::int64_t value) {
  std::string numeral;
  if (value >= 1 && value <= 20) {
    append_utf8(numeral, U'①' + static_cast<char32_t>(value - 1));
  } else if (value >= 21 && value <= 35) {
    append_utf8(numeral, U'㉑' + static_cast<char32_t>(value - 21));
  } else if (value >= 36 && value <= 50) {
    append_utf8(numeral, U'㊱' + static_cast<char32_t>(value - 36));
  } else {
    numeral = std::to_string(value);
  }
  return numeral;
}

}  // namespace

std::string write_numeral(std::int64_t value, NumeralStyle style) {
  if (value < 0) return std::to_string(value);
  switch (style) {
    case NumeralStyle::ascii_digits:
      return std::to_string(value);
    case NumeralStyle::full_width_digits:
      return full_width(value);
    case NumeralStyle::chinese:
    case NumeralStyle::chinese_traditional:
    case NumeralStyle::chinese_financial:
      if (value >= kCountingLimit) return std::to_string(value);
      return counted(value, counting_of(style));
    case NumeralStyle::chinese_digits:
      return digit_by_digit(value, kChineseDigits);
    case NumeralStyle::circled:
      return circled(value);
  }
  return std::to_string(value);
}

}  // namespace planlint
