#pragma once
#include <chrono>
#include <cstdint>
#include <string>

#include "planlint/serve/check_gate.hpp"
#include "planlint/serve/check_service.hpp"

namespace httplib {
class Server;
}

namespace planlint {

// What every request is held to.
struct ServeLimits {
  std::uint64_t max_file_size = 0;           // bytes per file and per request; 0: no limit
  std::chrono::seconds request_timeout{30};  // to receive a whole request
  std::string token;                         // required of API requests when not empty
};

// Uploads in one request at most: a drafter checks a handful, an OA system one at a time.
inline constexpr std::size_t kMaxFilesPerRequest = 64;

// The HTTP side of `planlint serve`: routes, the token, the gate and the upload limits around a
// CheckService. Every answer to bad input is a 4xx in the request's language; an exception in a
// handler is a 500, and the server keeps serving.
class HttpService {
 public:
  HttpService(const CheckService& service, CheckGate& gate, ServeLimits limits)
      : service_(service), gate_(gate), limits_(std::move(limits)) {}

  // Registers the routes and handlers and sets the server's size limit and timeouts.
  void install(httplib::Server& server);

 private:
  const CheckService& service_;
  CheckGate& gate_;
  ServeLimits limits_;
};

}  // namespace planlint
