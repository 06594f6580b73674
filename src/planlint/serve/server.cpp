#include "planlint/serve/server.hpp"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>

#include <fstream>
#include <thread>

#include "planlint/cli/byte_size.hpp"
#include "planlint/cli/diagnostics.hpp"
#include "planlint/cli/project_config.hpp"
#include "planlint/serve/http_service.hpp"
#include "planlint/serve/listen_address.hpp"

namespace planlint {
namespace {

// Threads beyond those checking or queued, so that a request past the queue, the page and
// /api/rules are answered at once however busy the checks are.
constexpr unsigned kSpareThreads = 4;

// The token of --token or the first line of --token-file; an empty one counts as none given.
std::optional<std::string> read_token(const ServeOptions& options, Message& problem) {
  if (options.token_file.empty()) return options.token;
  std::ifstream file(options.token_file, std::ios::binary);
  std::string token;
  if (!file || !std::getline(file, token)) {
    problem = prefixed(options.token_file, {": 无法读取令牌文件", ": cannot read the token file"});
    return std::nullopt;
  }
  if (!token.empty() && token.back() == '\r') token.pop_back();
  if (token.empty()) {
    problem = prefixed(options.token_file,
                       {": 令牌文件第一行为空", ": the token file's first line is empty"});
    return std::nullopt;
  }
  return token;
}

std::string url_of(const ListenAddress& address, int port) {
  const bool ipv6 = address.host.find(':') != std::string::npos;
  return "http://" + (ipv6 ? "[" + address.host + "]" : address.host) + ":" + std::to_string(port) +
         "/";
}

// Stops the server on SIGINT or SIGTERM: the signals are blocked in every thread and taken
// here with sigwait, so nothing runs in a signal handler.
class SignalStop {
 public:
  SignalStop() {
    sigemptyset(&signals_);
    sigaddset(&signals_, SIGINT);
    sigaddset(&signals_, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals_, nullptr);
  }
  void start(httplib::Server& server) {
    waiter_ = std::thread([this, &server] {
      int signal = 0;
      sigwait(&signals_, &signal);
      server.stop();
    });
  }
  // Ends the waiting thread when the server stopped for another reason.
  ~SignalStop() {
    if (!waiter_.joinable()) return;
    pthread_kill(waiter_.native_handle(), SIGTERM);
    waiter_.join();
  }

 private:
  sigset_t signals_;
  std::thread waiter_;
};

class ServeRun {
 public:
  ServeRun(const ServeOptions& options, const Console& console)
      : options_(options),
        console_(console),
        diagnostics_(console.errors, Verbosity::normal, false, options.language) {}

  int run() {
    const auto address = parse_listen_address(options_.listen);
    if (!address) {
      return usage_error(
          {"--listen " + options_.listen + ": 应为 主机:端口，如 127.0.0.1:8080",
           "--listen " + options_.listen + ": expected HOST:PORT, such as 127.0.0.1:8080"});
    }
    Message problem;
    const auto token = read_token(options_, problem);
    if (!token) return usage_error(problem);
    if (token->empty() && !is_loopback(address->host)) {
      return usage_error(
          {"--listen " + options_.listen +
               ": 其他计算机也能访问此地址，须用 --token 或 --token-file 设定令牌",
           "--listen " + options_.listen +
               ": other machines can reach this address; set a token with --token or "
               "--token-file"});
    }
    if (!load_config()) return 2;
    auto choices = RuleChoices::load(options_.rules, config(), log(), options_.language);
    if (auto* problems = std::get_if<std::vector<FileError>>(&choices)) {
      log_problems(log(), *problems, options_.language);
      return 2;
    }
    const CheckService service(std::move(std::get<RuleChoices>(choices)), fail_on());
    return serve(*address, service, *token);
  }

 private:
  spdlog::logger& log() { return diagnostics_.log(); }

  int usage_error(const Message& message) {
    log().error(message.in(options_.language));
    return 2;
  }

  bool load_config() {
    auto chosen = read_chosen_project_config(options_.config);
    if (auto* problems = std::get_if<std::vector<FileError>>(&chosen)) {
      log_problems(log(), *problems, options_.language);
      return false;
    }
    config_ = std::move(std::get<std::optional<ProjectConfig>>(chosen));
    return true;
  }

  const ProjectConfig* config() const { return config_ ? &*config_ : nullptr; }

  std::optional<Severity> fail_on() const {
    return least_failing_severity(config_ && config_->fail_on ? *config_->fail_on : FailOn::error);
  }

  // --max-file-size, else the config's, else the default of check.
  std::uint64_t max_file_size() const {
    if (options_.max_file_size) return *options_.max_file_size;
    if (config_ && config_->max_file_size) return *config_->max_file_size;
    return kDefaultMaxFileSize;
  }

  unsigned jobs() const {
    return options_.jobs > 0 ? options_.jobs : std::max(1u, std::thread::hardware_concurrency());
  }

  int serve(const ListenAddress& address, const CheckService& service, const std::string& token) {
    // Before the signal thread, which refers to it, and before any thread the server starts,
    // which inherit the blocked signals.
    httplib::Server server;
    SignalStop signal_stop;
    CheckGate gate(jobs(), options_.queue);
    HttpService http(
        service, gate,
        ServeLimits{max_file_size(), std::chrono::seconds(options_.timeout_seconds), token});
    const unsigned threads = jobs() + options_.queue + kSpareThreads;
    server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    http.install(server);
    const int port = address.port == 0
                         ? server.bind_to_any_port(address.host)
                         : (server.bind_to_port(address.host, address.port) ? address.port : -1);
    if (port < 0) {
      return usage_error(
          {url_of(address, address.port) + ": 无法在此地址监听（端口被占用或地址不属于本机）",
           url_of(address, address.port) +
               ": cannot listen here (the port is taken or the address is not "
               "this machine's)"});
    }
    signal_stop.start(server);
    log().info("{}{}", options_.language == Language::en ? "listening on " : "正在监听 ",
               url_of(address, port));
    console_.out << url_of(address, port) << std::endl;
    server.listen_after_bind();
    return 0;
  }

  const ServeOptions& options_;
  const Console& console_;
  Diagnostics diagnostics_;
  std::optional<ProjectConfig> config_;
};

}  // namespace

int run_serve(const ServeOptions& options, const Console& console) {
  return ServeRun(options, console).run();
}

}  // namespace planlint
