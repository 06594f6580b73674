#pragma once
// Chinese numerals as they number headings: 一 … 九, 十 … 九十九, 一百 … 九千九百九十九, and
// numbers of 万 (九十九万). The grammar accepts only well-formed numerals (十十 or 百一 are not
// numerals); their value is computed apart, from the matched text (parse/numeral_value).
//
// Runs on the normalized view, so Traditional forms (萬) and 〇 have already been folded.
#include <tao/pegtl.hpp>

namespace planlint::grammar {
namespace pegtl = tao::pegtl;

// clang-format off
struct cn_zero : pegtl::utf8::one<U'〇', U'零'> {};
struct cn_digit : pegtl::utf8::one<U'一', U'二', U'三', U'四', U'五', U'六', U'七', U'八', U'九'> {};
struct cn_ten : pegtl::utf8::one<U'十'> {};
struct cn_hundred : pegtl::utf8::one<U'百'> {};
struct cn_thousand : pegtl::utf8::one<U'千'> {};
struct cn_ten_thousand : pegtl::utf8::one<U'万'> {};

// 十, 十三, 二十, 二十三
struct cn_tens : pegtl::seq<pegtl::opt<cn_digit>, cn_ten, pegtl::opt<cn_digit>> {};
// What may follow a 百 or 千 place: 零五 (a skipped place) or the lower places written out.
struct cn_after_zero : pegtl::sor<cn_tens, cn_digit> {};
// 一百, 一百零五, 一百二十, 一百二十三
struct cn_hundreds
    : pegtl::seq<cn_digit, cn_hundred,
                 pegtl::opt<pegtl::sor<pegtl::seq<cn_zero, cn_digit>,
                                       pegtl::seq<cn_digit, cn_ten, pegtl::opt<cn_digit>>>>> {};
// 一千, 一千零八, 一千零二十, 一千二百
struct cn_thousands
    : pegtl::seq<cn_digit, cn_thousand,
                 pegtl::opt<pegtl::sor<pegtl::seq<cn_zero, cn_after_zero>, cn_hundreds>>> {};
// Longest forms first: PEG's ordered choice would otherwise stop at the leading digit.
struct cn_below_ten_thousand : pegtl::sor<cn_thousands, cn_hundreds, cn_tens, cn_digit> {};
// 三万, 九十九万, 一万零五, 一万二千
struct cn_ten_thousands
    : pegtl::seq<cn_below_ten_thousand, cn_ten_thousand,
                 pegtl::opt<pegtl::sor<pegtl::seq<cn_zero, cn_below_ten_thousand>,
                                       cn_below_ten_thousand>>> {};

struct cn_numeral : pegtl::sor<cn_ten_thousands, cn_below_ten_thousand, cn_zero> {};
// clang-format on

}  // namespace planlint::grammar
