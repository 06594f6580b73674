#pragma once
#include <string>
#include <string_view>

namespace planlint {

// A 128-bit FNV-1a digest of a sequence of texts, each delimited by its length so that ("ab",
// "c") and ("a", "bc") differ. It names a rule set's content, by which its verified examples are
// remembered; it guards against accidental change, not against a forger (who could as well edit
// the cache it is looked up in).
class ContentHash {
 public:
  void add(std::string_view text);
  // 32 lower-case hex digits.
  std::string hex() const;

 private:
  void add_bytes(std::string_view bytes);

  __extension__ using Digest = unsigned __int128;
  Digest state_ = (Digest{0x6c62272e07bb0142} << 64) | 0x62b821756295c58d;
};

}  // namespace planlint
