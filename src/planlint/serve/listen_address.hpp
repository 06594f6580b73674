#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace planlint {

// Where `planlint serve` listens: `127.0.0.1:8080`, `[::1]:8080`, `0.0.0.0:80`, `localhost:0`.
struct ListenAddress {
  std::string host;  // without the brackets of an IPv6 address
  int port = 0;      // 0: the system picks a free port
};

// nullopt unless `text` is HOST:PORT with a port from 0 to 65535.
std::optional<ListenAddress> parse_listen_address(std::string_view text);

// Whether only this machine can reach `host`: `localhost`, 127.0.0.0/8 or ::1. Anything else
// (a LAN address, 0.0.0.0, ::) is reachable from elsewhere and needs a token.
bool is_loopback(std::string_view host);

}  // namespace planlint
