#pragma once
// What a heading marker is, at the start of a line of a Chinese plan. The grammar runs on one
// line of the normalized view (parse/heading_detector), where full-width brackets, digits,
// stops and spaces have become their ASCII forms and Traditional characters Simplified ones;
// the verbatim marker, brackets and separator are read back from the original text.
//
// Recognising a heading must backtrack and never fail hard: 第三方…, 第一，…, 1.5亿元, 2024.3
// and 2019年… are ordinary text. A number that lost its separator (4推动…) is matched as a
// bare marker; whether it is a heading is decided from its neighbours in the section tree.
#include <tao/pegtl.hpp>

#include "grammars/cn_numerals.hpp"

namespace planlint::grammar {
namespace pegtl = tao::pegtl;

// clang-format off
struct blank : pegtl::one<' ', '\t'> {};
struct indent : pegtl::star<blank> {};
struct spaces : pegtl::star<blank> {};
struct hanzi : pegtl::utf8::ranges<0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0xF900, 0xFAFF> {};

struct arabic_number : pegtl::rep_min_max<1, 3, pegtl::digit> {};
struct ordinal_number : pegtl::sor<cn_numeral, arabic_number> {};
struct circled_number : pegtl::utf8::ranges<0x2460, 0x2473, 0x3251, 0x325F, 0x32B1, 0x32BF> {};

// （一） and, in official documents, the tortoise-shell brackets 〔一〕 (folding leaves them be).
struct paren_open : pegtl::utf8::one<'(', U'〔'> {};
struct paren_close : pegtl::utf8::one<')', U'〕'> {};
struct dunhao : pegtl::utf8::one<U'、'> {};

// 5 、 — a PDF transcript spaces the 、 off its number; the space is no part of the separator.
// Only the 、 is so read: 5 . or 5 , after a number are the figures of a sentence.
struct spaced_dunhao : dunhao {};
struct spaced_off_dunhao : pegtl::seq<pegtl::plus<blank>, spaced_dunhao> {};
// 一、 (canonical) and the deviations 一. (also from 一．) and 一, (from 一，).
struct cn_separator : pegtl::sor<dunhao, pegtl::one<'.', ','>> {};
// 1. 1、 1, — but not the decimal point of 1.5 or 2024.3, nor the thousands comma of 1,000.
struct arabic_separator
    : pegtl::seq<pegtl::sor<dunhao, pegtl::one<'.', ','>>, pegtl::not_at<pegtl::digit>> {};
// Punctuation a drafter wrongly puts after a bracketed or circled marker: （一）、 (1). ①、
struct trailing_separator : pegtl::sor<dunhao, pegtl::one<'.', ',', ':'>> {};

// 第一章 / 第三节 / 第五条 / 第二部分, optionally followed by 、 ： or .
struct unit_chapter : pegtl::utf8::one<U'章'> {};
struct unit_section : pegtl::utf8::one<U'节'> {};
struct unit_article : pegtl::utf8::one<U'条'> {};
struct unit_part : pegtl::utf8::string<U'部', U'分'> {};
struct ordinal_prefix : pegtl::utf8::one<U'第'> {};
struct chapter_separator : pegtl::sor<dunhao, pegtl::one<':', '.'>> {};
struct chapter_marker
    : pegtl::seq<ordinal_prefix, ordinal_number,
                 pegtl::sor<unit_part, unit_chapter, unit_section, unit_article>,
                 pegtl::opt<chapter_separator>> {};

// （一）  (一)  （一)  (一）  〔一〕  — the brackets as written are read from the original text.
struct cn_paren_marker
    : pegtl::seq<paren_open, cn_numeral, paren_close, pegtl::opt<trailing_separator>> {};
// （1）  (1)
struct arabic_paren_marker
    : pegtl::seq<paren_open, arabic_number, paren_close, pegtl::opt<trailing_separator>> {};
// 一、  十二、  一.
struct cn_marker : pegtl::seq<cn_numeral, pegtl::sor<cn_separator, spaced_off_dunhao>> {};
// 1.  1、  12.  5 、
struct arabic_marker
    : pegtl::seq<arabic_number, pegtl::sor<arabic_separator, spaced_off_dunhao>> {};
// 1)  1）  12): a number closed by a bracket that never opened; the bracket is its separator.
struct half_paren_close : paren_close {};
struct arabic_half_paren_marker : pegtl::seq<arabic_number, half_paren_close> {};
// ①  ⑳
struct circled_marker : pegtl::seq<circled_number, pegtl::opt<trailing_separator>> {};

// Characters that make a leading number data rather than a heading: 2019年, 3所, 10名, 5万.
struct measure_word
    : pegtl::utf8::one<U'年', U'月', U'日', U'号', U'时', U'点', U'分', U'秒', U'万', U'亿',
                       U'千', U'百', U'十', U'个', U'名', U'所', U'人', U'位', U'次', U'元',
                       U'角', U'台', U'项', U'家', U'条', U'件', U'篇', U'届', U'期', U'级',
                       U'岁', U'余', U'多', U'座', U'间', U'支', U'批', U'份', U'张', U'套',
                       U'门', U'节', U'周', U'天', U'倍', U'班', U'户', U'册', U'本', U'米',
                       U'吨', U'斤', U'亩', U'里', U'成', U'类', U'种', U'股', U'处', U'辆',
                       U'场', U'轮', U'课', U'季', U'栋', U'层', U'校', U'园', U'部', U'章'> {};
// What opens a title right after a number: a Hanzi, or a quotation or book-title mark
// (4“互联网+”技术支撑平台).
struct opening_mark : pegtl::utf8::one<U'“', U'‘', U'《', U'「', U'『', '"'> {};
// 4推动… : a number directly before a Hanzi that is no measure word (a lost separator).
struct bare_arabic_marker
    : pegtl::seq<arabic_number,
                 pegtl::at<spaces, pegtl::opt<opening_mark>, pegtl::not_at<measure_word>, hanzi>> {};

// 1.1 目的, 3.1.2 卡斯柯…, 1.3编制依据, 7.1 个人期望: a decimal marker numbers a sub-section of
// the section its leading numbers name; its value is its last number. Only before a title, and
// a measure word glued to the number makes it a figure: 1.5亿元, 2.5万人 (3.5% and 2024.3 are
// figures too). Whether it is a heading is decided from the section it names
// (parse/section_tree).
struct decimal_component : arabic_number {};
struct decimal_title_start
    : pegtl::sor<pegtl::seq<pegtl::plus<blank>, pegtl::opt<opening_mark>,
                            pegtl::sor<hanzi, pegtl::alpha>>,
                 pegtl::seq<pegtl::opt<opening_mark>, pegtl::not_at<measure_word>,
                            pegtl::sor<hanzi, pegtl::alpha>>> {};
struct decimal_marker
    : pegtl::seq<arabic_number, pegtl::rep_min_max<1, 3, pegtl::one<'.'>, decimal_component>,
                 pegtl::opt<arabic_separator>, pegtl::at<decimal_title_start>> {};

// What turns a Chinese numeral at the start of a line into a word or a longer number rather
// than a marker that lost its 、: more numerals (十四五, 二〇二四年, 一二年级) and the Hanzi
// that make words with it (一是, 一线, 一批, 一些, 一方面, 一定, 一直, 一起, 一体化, 一般…);
// measure words (一年来, 三个, 五项) are refused apart.
struct numeral_continuation
    : pegtl::utf8::one<U'〇', U'零', U'一', U'二', U'三', U'四', U'五', U'六', U'七', U'八',
                       U'九', U'十', U'百', U'千', U'万', U'亿', U'两'> {};
struct cn_word_tail
    : pegtl::utf8::one<U'是', U'些', U'线', U'批', U'方', U'定', U'直', U'起', U'体', U'般',
                       U'样', U'切', U'旦', U'致', U'律', U'并', U'道', U'贯', U'举', U'度',
                       U'心', U'流', U'带', U'共', U'同', U'边', U'面', U'则', U'来', U'把',
                       U'手', U'票', U'岗', U'要', U'好', U'育', U'风', U'有', U'史', U'概',
                       U'味', U'连', U'再', U'向', U'旁', U'经'> {};
// 二积极参加…, 一提高政治站位…, 一201*年工作情况: a Chinese numeral that lost its 、; or the
// numeral alone on its line, its title on the next (## 三 in Markdown). Whether it is a
// heading is decided from its siblings, as for 4推动….
struct bare_cn_marker
    : pegtl::seq<cn_numeral,
                 pegtl::at<spaces, pegtl::sor<pegtl::eof,
                                              pegtl::seq<pegtl::not_at<numeral_continuation>,
                                                         pegtl::not_at<measure_word>,
                                                         pegtl::not_at<cn_word_tail>,
                                                         pegtl::sor<hanzi, opening_mark,
                                                                    pegtl::alnum>>>>> {};

struct heading_marker
    : pegtl::sor<chapter_marker, cn_paren_marker, arabic_paren_marker, cn_marker, arabic_marker,
                 arabic_half_paren_marker, decimal_marker, circled_marker, bare_arabic_marker,
                 bare_cn_marker> {};

// A heading's title runs to the first 。 ； ： (their full-width forms are folded) or the line end.
struct title : pegtl::star<pegtl::utf8::not_one<U'。', U';', U':'>> {};
struct heading_line : pegtl::seq<indent, heading_marker, spaces, title> {};

// A table flattened to text, one row a line, its first cell a year (年份 承诺 目前情况 →
// 1996 1. 在1996年向幼稚园…): the row's number is an item's marker after the year and a gap.
// Only a marker with its separator or brackets: a bare number after a year is data.
struct year_cell
    : pegtl::seq<pegtl::sor<pegtl::string<'1', '9'>, pegtl::string<'2', '0'>>, pegtl::digit,
                 pegtl::digit, pegtl::opt<pegtl::utf8::one<U'年'>>> {};
struct cell_gap : pegtl::plus<blank> {};
struct row_marker
    : pegtl::sor<cn_paren_marker, arabic_paren_marker, cn_marker, arabic_marker, circled_marker> {};
struct table_row_line : pegtl::seq<indent, year_cell, cell_gap, row_marker, spaces, title> {};

// 篇一, 篇1, 【篇1】, (篇一), 第二篇: one of several documents bundled in one file; each
// restarts its numbering. A count of documents, written number first (范文8篇, (精选5篇)), is
// a collection's title, never a part.
struct piece_word : pegtl::utf8::one<U'篇'> {};
struct piece_number : pegtl::seq<piece_word, ordinal_number> {};
struct piece_open : pegtl::utf8::one<'(', '[', U'【', U'〔'> {};
struct piece_close : pegtl::utf8::one<')', ']', U'】', U'〕'> {};
struct ordinal_piece : pegtl::seq<ordinal_prefix, ordinal_number, piece_word> {};
// 【篇1】 and 【第一篇】
struct bracketed_piece
    : pegtl::seq<piece_open, pegtl::sor<piece_number, ordinal_piece>, piece_close> {};
struct piece_marker : pegtl::sor<bracketed_piece, piece_number, ordinal_piece> {};

// At the start of its line: 篇一：2024年工作计划, 第三篇 工作要点, 【篇2】, （篇一）工作计划.
// Unbracketed, the marker must end where a word could (篇章结构, 第一篇文章 are words).
struct piece_marker_end : pegtl::sor<pegtl::eof, blank, dunhao, pegtl::one<':', '.'>> {};
struct leading_piece_marker
    : pegtl::sor<bracketed_piece,
                 pegtl::seq<pegtl::sor<piece_number, ordinal_piece>, pegtl::at<piece_marker_end>>> {};
struct piece_line : pegtl::seq<indent, leading_piece_marker> {};

// The title a part marker ends (学校工作计划 篇1, …工作计划春季篇一, …模板(篇1), …范文第1篇,
// …制度【第二篇】): a short
// stretch without sentence punctuation. A number right before 篇 counts the documents of a
// collection (…优秀13篇1-10-49, …范文八篇), so it is no title's last character.
struct piece_count
    : pegtl::seq<pegtl::plus<pegtl::sor<pegtl::digit, cn_digit, cn_ten>>, piece_word> {};
struct piece_title_char
    : pegtl::seq<pegtl::not_at<piece_marker>, pegtl::not_at<piece_count>,
                 pegtl::utf8::not_one<U'。', ',', ';', ':', '!', '?'>> {};
struct piece_title : pegtl::rep_min_max<2, 40, piece_title_char> {};
struct titled_marker : pegtl::sor<bracketed_piece, piece_number, ordinal_piece> {};
struct titled_piece_line
    : pegtl::seq<indent, piece_title, titled_marker, spaces, pegtl::opt<pegtl::one<':'>>, spaces,
                 pegtl::eof> {};
// The marker glued to the first paragraph: 学校工作计划 篇1为贯彻…. Its numeral must not run
// on into a word (…篇一定要…), and no other part marker follows (篇1 篇2 篇3 is a menu).
struct run_in_text
    : pegtl::seq<pegtl::not_at<numeral_continuation>, pegtl::not_at<measure_word>,
                 pegtl::not_at<cn_word_tail>, pegtl::not_at<pegtl::digit>,
                 pegtl::not_at<spaces, piece_marker>, pegtl::any> {};
// 第一篇 unbracketed is no run-in marker: 读了第一篇文章 is a sentence.
struct run_in_marker : pegtl::sor<bracketed_piece, piece_number> {};
struct run_in_piece_line : pegtl::seq<indent, piece_title, run_in_marker, run_in_text> {};

// A document's title numbered as the first of a collection, the number right after the type
// word that ends it: 社区的工作计划1, 學生管理制度1, 镇目标工作计划(一) alone on their line. Like
// the other part markers after a title, it counts only in sequence (1 first).
struct type_word
    : pegtl::sor<pegtl::utf8::string<U'计', U'划'>, pegtl::utf8::string<U'方', U'案'>,
                 pegtl::utf8::string<U'制', U'度'>, pegtl::utf8::string<U'总', U'结'>,
                 pegtl::utf8::string<U'要', U'点'>, pegtl::utf8::string<U'规', U'划'>,
                 pegtl::utf8::string<U'安', U'排'>, pegtl::utf8::string<U'办', U'法'>,
                 pegtl::utf8::string<U'规', U'程'>, pegtl::utf8::string<U'细', U'则'>> {};
struct title_number
    : pegtl::sor<pegtl::seq<paren_open, cn_numeral, paren_close>, arabic_number> {};
struct typed_title_end : pegtl::seq<type_word, title_number, spaces, pegtl::eof> {};
struct typed_title_char : pegtl::seq<pegtl::not_at<typed_title_end>, piece_title_char> {};
struct typed_title : pegtl::seq<pegtl::rep_min_max<1, 38, typed_title_char>, type_word> {};
struct numbered_title_line : pegtl::seq<indent, typed_title, title_number, spaces, pegtl::eof> {};

// 附件 / 附件1 / 附件一： alone on its line: an attachment, whose numbering starts afresh.
// (附件：1.×××办法 with text after it is the attachment list of the body, not an attachment.)
struct attachment_marker
    : pegtl::seq<pegtl::utf8::string<U'附', U'件'>, pegtl::opt<ordinal_number>> {};
struct attachment_line
    : pegtl::seq<indent, attachment_marker, spaces, pegtl::opt<pegtl::one<':'>>, spaces,
                 pegtl::eof> {};
// clang-format on

}  // namespace planlint::grammar
