#pragma once
// Writing a number as a numeral: the one writer behind heading markers (the numbering kind's
// expected markers, the baseline's section paths) and the counters Word draws. It lives in
// text/ because the Word reader (docx/) may include text/ but not parse/.
#include <cstdint>
#include <string>

namespace planlint {

enum class NumeralStyle {
  ascii_digits,         // 12
  full_width_digits,    // １２
  chinese,              // 十二, 一百零五, 一万零一十; 0 as 〇
  chinese_traditional,  // as chinese, with 萬 for 万 (Word's taiwaneseCounting)
  chinese_financial,    // 壹拾贰, 贰拾伍: no bare 拾 at the start; 0 as 零
  chinese_digits,       // 一二, 一〇: one character a digit (Word's ideographDigital)
  circled,              // ⑫ (①…㊿)
};

// `value` in `style`. What a style cannot write falls back to ASCII digits: negative numbers,
// the counting styles from 一亿 up (the heading grammar's Chinese numerals stop below it) and
// circled numbers outside 1–50.
std::string write_numeral(std::int64_t value, NumeralStyle style);

}  // namespace planlint
