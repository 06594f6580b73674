#include "planlint/serve/check_gate.hpp"

namespace planlint {

std::optional<CheckGate::Ticket> CheckGate::admit() {
  std::lock_guard lock(mutex_);
  if (admitted_ >= capacity_) return std::nullopt;
  ++admitted_;
  return Ticket(*this);
}

void CheckGate::Ticket::wait_for_turn() {
  std::unique_lock lock(gate_->mutex_);
  gate_->turn_.wait(lock, [&] { return gate_->running_ < gate_->jobs_; });
  ++gate_->running_;
  running_ = true;
}

CheckGate::Ticket::~Ticket() {
  if (gate_ == nullptr) return;
  {
    std::lock_guard lock(gate_->mutex_);
    --gate_->admitted_;
    if (running_) --gate_->running_;
  }
  if (running_) gate_->turn_.notify_one();
}

}  // namespace planlint
