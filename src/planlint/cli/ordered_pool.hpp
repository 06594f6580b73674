#pragma once
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace planlint {

// Runs `work` on each item `next` yields, on `jobs` threads, and hands the results to `consume`
// on the calling thread in the order the items came, so that output does not depend on --jobs.
// At most a few items per thread are in flight, so memory stays bounded however many items
// there are. `next` and `consume` run on the calling thread only; `work` must be safe to run
// concurrently. With one job everything runs on the calling thread. An exception `work` throws
// on another thread is thrown again on the calling thread, in the item's turn, so that it meets
// the same handlers as with one job; the workers are stopped and joined whatever ends the run.
template <class Item, class Result, class Next, class Work, class Consume>
void run_in_order(unsigned jobs, Next next, Work work, Consume consume) {
  if (jobs <= 1) {
    while (std::optional<Item> item = next()) {
      Result result = work(*item);
      consume(result);
    }
    return;
  }

  struct Slot {
    Item item;
    std::optional<Result> result;
    std::exception_ptr failure;  // what `work` threw instead of giving a result

    bool done() const { return result.has_value() || failure != nullptr; }
  };
  const std::size_t window = std::size_t{jobs} * 4;
  std::deque<Slot> slots;         // in input order; references stay valid while elements are added
  std::size_t first_untaken = 0;  // index in `slots`
  bool finished = false;
  std::mutex mutex;
  std::condition_variable work_available;
  std::condition_variable result_ready;

  const auto worker = [&] {
    std::unique_lock lock(mutex);
    while (true) {
      work_available.wait(lock, [&] { return finished || first_untaken < slots.size(); });
      if (first_untaken == slots.size()) return;
      Slot& slot = slots[first_untaken++];
      lock.unlock();
      try {
        Result result = work(slot.item);
        lock.lock();
        slot.result = std::move(result);
      } catch (...) {
        lock.lock();
        slot.failure = std::current_exception();
      }
      result_ready.notify_one();
    }
  };

  std::vector<std::thread> threads;
  // However the loop below ends, the workers drop what they have not taken, finish their
  // current item and are joined (a joinable std::thread destroyed would end the process).
  const auto stop_workers = [&] {
    {
      std::lock_guard lock(mutex);
      finished = true;
      first_untaken = slots.size();
    }
    work_available.notify_all();
    for (std::thread& thread : threads) thread.join();
  };
  struct StopOnExit {
    const decltype(stop_workers)& stop;
    ~StopOnExit() { stop(); }
  } stop_on_exit{stop_workers};

  bool exhausted = false;
  while (true) {
    std::unique_lock lock(mutex);
    while (!exhausted && slots.size() < window) {
      lock.unlock();
      std::optional<Item> item = next();
      lock.lock();
      if (!item) {
        exhausted = true;
        break;
      }
      slots.push_back(Slot{std::move(*item), std::nullopt, nullptr});
      if (threads.size() < jobs) threads.emplace_back(worker);
      work_available.notify_one();
    }
    if (slots.empty()) break;
    result_ready.wait(lock, [&] { return slots.front().done(); });
    if (slots.front().failure) std::rethrow_exception(slots.front().failure);
    Result result = std::move(*slots.front().result);
    slots.pop_front();
    --first_untaken;
    lock.unlock();
    consume(result);
  }
}

}  // namespace planlint
