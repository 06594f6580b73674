#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

#include "planlint/cli/ordered_pool.hpp"

using planlint::run_in_order;

namespace {

// Items 0…count-1 squared on `jobs` threads, the later items finishing first; records the
// order of the results and the most items in flight (taken from `next`, not yet consumed).
struct PoolRun {
  std::vector<int> consumed;
  std::size_t most_in_flight = 0;

  PoolRun(unsigned jobs, int count) {
    int next_item = 0;
    std::size_t in_flight = 0;
    run_in_order<int, int>(
        jobs,
        [&]() -> std::optional<int> {
          if (next_item == count) return std::nullopt;
          most_in_flight = std::max(most_in_flight, ++in_flight);
          return next_item++;
        },
        [&](int item) {
          std::this_thread::sleep_for(std::chrono::microseconds((count - item) % 7 * 100));
          return item * item;
        },
        [&](int result) {
          --in_flight;
          consumed.push_back(result);
        });
  }
};

std::vector<int> squares(int count) {
  std::vector<int> values;
  for (int item = 0; item < count; ++item) values.push_back(item * item);
  return values;
}

}  // namespace

TEST_CASE("results come back in input order whatever the number of threads", "[cli][pool]") {
  for (const unsigned jobs : {1u, 2u, 3u, 8u}) {
    INFO("jobs " << jobs);
    CHECK(PoolRun(jobs, 200).consumed == squares(200));
  }
  CHECK(PoolRun(4, 0).consumed.empty());
  CHECK(PoolRun(4, 1).consumed == squares(1));
}

TEST_CASE("only a few items per thread are in flight, so memory does not grow with the input",
          "[cli][pool]") {
  CHECK(PoolRun(1, 500).most_in_flight == 1);
  CHECK(PoolRun(2, 500).most_in_flight <= 8);
  CHECK(PoolRun(3, 500).most_in_flight <= 12);
}

TEST_CASE("what work throws on a worker reaches the caller in the item's turn, as with one job",
          "[cli][pool]") {
  for (const unsigned jobs : {1u, 2u, 8u}) {
    INFO("jobs " << jobs);
    int next_item = 0;
    std::vector<int> consumed;
    const auto run = [&] {
      run_in_order<int, int>(
          jobs,
          [&]() -> std::optional<int> {
            if (next_item == 100) return std::nullopt;
            return next_item++;
          },
          [&](int item) {
            if (item == 30) throw std::runtime_error("item 30");
            return item;
          },
          [&](int result) { consumed.push_back(result); });
    };
    CHECK_THROWS_WITH(run(), "item 30");
    // Every item before the one that failed was consumed, in order, and none after it.
    REQUIRE(consumed.size() == 30);
    CHECK(consumed.back() == 29);
  }
}
