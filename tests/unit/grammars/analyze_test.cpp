#include <catch2/catch.hpp>
#include <tao/pegtl/contrib/analyze.hpp>

#include "grammars/cn_numerals.hpp"
#include "grammars/heading.hpp"

namespace g = planlint::grammar;

TEST_CASE("PEGTL finds no problems in the heading grammars", "[grammar]") {
  // analyze() reports rules that can loop without consuming input; zero means none.
  CHECK(tao::pegtl::analyze<g::cn_numeral>(-1) == 0);
  CHECK(tao::pegtl::analyze<g::heading_line>(-1) == 0);
  CHECK(tao::pegtl::analyze<g::table_row_line>(-1) == 0);
  CHECK(tao::pegtl::analyze<g::piece_line>(-1) == 0);
  CHECK(tao::pegtl::analyze<g::titled_piece_line>(-1) == 0);
  CHECK(tao::pegtl::analyze<g::run_in_piece_line>(-1) == 0);
  CHECK(tao::pegtl::analyze<g::attachment_line>(-1) == 0);
}
