#pragma once
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>

namespace planlint {

// Admission for check requests: at most `jobs` check at once and `queue` more wait for their
// turn; a request past both is turned away (503) before its upload is read, so a crowd costs
// neither memory nor time. Thread-safe.
class CheckGate {
 public:
  CheckGate(std::size_t jobs, std::size_t queue) : jobs_(jobs), capacity_(jobs + queue) {}
  CheckGate(const CheckGate&) = delete;
  CheckGate& operator=(const CheckGate&) = delete;

  // A request let in: it holds its place until destroyed, and may then wait for a check slot.
  class Ticket {
   public:
    explicit Ticket(CheckGate& gate) : gate_(&gate) {}
    Ticket(Ticket&& other) noexcept : gate_(other.gate_), running_(other.running_) {
      other.gate_ = nullptr;
    }
    Ticket(const Ticket&) = delete;
    Ticket& operator=(const Ticket&) = delete;
    Ticket& operator=(Ticket&&) = delete;
    ~Ticket();
    // Blocks until fewer than `jobs` requests are checking, then counts this one among them.
    void wait_for_turn();

   private:
    CheckGate* gate_;
    bool running_ = false;
  };

  // A ticket, or nullopt when `jobs + queue` requests are already in.
  std::optional<Ticket> admit();

 private:
  std::mutex mutex_;
  std::condition_variable turn_;
  const std::size_t jobs_;
  const std::size_t capacity_;
  std::size_t admitted_ = 0;
  std::size_t running_ = 0;
};

}  // namespace planlint
