// Request bytes → answer: what `planlint serve` does with one HTTP request as it arrives on a
// connection — cpp-httplib's request line, header and multipart parsing, the routing, the token,
// the gate, the upload limits and names, and for a well-formed upload a whole check or
// annotation — fed from memory instead of a socket, with the server's own handlers.
#include <httplib.h>
#include <spdlog/logger.h>

#include <charconv>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "fuzz/fuzz_expect.hpp"
#include "planlint/serve/http_service.hpp"

using namespace planlint;

namespace {

// A connection whose client sent `input` and then closed; what the server writes is kept.
class MemoryStream final : public httplib::Stream {
 public:
  explicit MemoryStream(std::string_view input) : input_(input) {}

  bool is_readable() const override { return true; }
  bool is_writable() const override { return true; }
  ssize_t read(char* buffer, std::size_t size) override {
    const std::size_t count = std::min(size, input_.size());
    std::memcpy(buffer, input_.data(), count);
    input_.remove_prefix(count);
    return static_cast<ssize_t>(count);
  }
  ssize_t write(const char* data, std::size_t size) override {
    written_.append(data, size);
    return static_cast<ssize_t>(size);
  }
  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    ip = "127.0.0.1";
    port = 40000;
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    ip = "127.0.0.1";
    port = 8080;
  }
  socket_t socket() const override { return INVALID_SOCKET; }

  const std::string& written() const { return written_; }

 private:
  std::string_view input_;
  std::string written_;
};

// The server with the routes of `planlint serve`, answering one connection at a time.
class FuzzServer final : public httplib::Server {
 public:
  void answer(httplib::Stream& connection) {
    bool closed = false;
    process_request(connection, true, closed, [](httplib::Request&) {});
  }
};

struct Serve {
  CheckService service{
      std::get<RuleChoices>(RuleChoices::load("", nullptr, quiet_log(), Language::zh)),
      Severity::error};
  CheckGate gate{1, 0};
  // Small limits so that a long input reaches them; the token makes half the space a 401.
  HttpService http{service, gate, ServeLimits{32768, std::chrono::seconds(10), "fuzz"}};
  FuzzServer server;

  Serve() { http.install(server); }

  static spdlog::logger& quiet_log() {
    static spdlog::logger log("serve-fuzzer");
    return log;
  }
};

// Every response the server wrote (a 100 Continue may come before the answer): a status line,
// headers, and as many body bytes as Content-Length says (none after HEAD); never a 500, which is
// an exception escaping a handler, a bug even though the server survives it.
void expect_well_formed_answers(std::string_view written) {
  while (!written.empty()) {
    FUZZ_EXPECT(written.starts_with("HTTP/1.1 "));
    FUZZ_EXPECT(written.substr(9, 3) != "500");
    const std::size_t headers_end = written.find("\r\n\r\n");
    FUZZ_EXPECT(headers_end != std::string_view::npos);
    const std::string_view headers = written.substr(0, headers_end);
    std::size_t body = 0;
    constexpr std::string_view kLength = "\r\nContent-Length: ";
    if (const std::size_t at = headers.find(kLength); at != std::string_view::npos) {
      const char* digits = headers.data() + at + kLength.size();
      FUZZ_EXPECT(std::from_chars(digits, headers.data() + headers.size(), body).ec == std::errc());
    }
    written.remove_prefix(headers_end + 4);
    // A response to HEAD has a Content-Length and no body: what follows is the next response.
    const bool bodiless = written.empty() || written.starts_with("HTTP/1.1 ");
    if (bodiless) continue;
    FUZZ_EXPECT(body <= written.size());
    written.remove_prefix(body);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static Serve serve;
  MemoryStream connection(std::string_view(reinterpret_cast<const char*>(data), size));
  serve.server.answer(connection);
  expect_well_formed_answers(connection.written());
  return 0;
}
