#include "planlint/serve/http_service.hpp"

#include <httplib.h>

#include <algorithm>
#include <limits>
#include <variant>

#include "planlint/input/load_document.hpp"
#include "planlint/report/check_report.hpp"
#include "planlint/serve/page.hpp"
#include "planlint/serve/request_language.hpp"
#include "planlint/serve/upload_name.hpp"

namespace planlint {
namespace {

using Clock = std::chrono::steady_clock;

// Room for the multipart framing around the files of a request at the size limit.
constexpr std::uint64_t kMultipartOverhead = std::uint64_t{1} << 20;
// A rule set id sent as a form field: ids are short.
constexpr std::size_t kMaxRulesField = 256;

enum class Action { check, annotate };

Language language_of(const httplib::Request& request) {
  return request_language(request.get_param_value("lang"),
                          request.get_header_value("Accept-Language"));
}

void send(httplib::Response& response, Reply reply) {
  response.status = reply.status;
  for (auto& [name, value] : reply.headers) response.set_header(name, value);
  response.set_header("Content-Type", reply.content_type);
  response.body = std::move(reply.body);
}

// Compares in time independent of where the strings differ, so the token cannot be guessed
// a character at a time from response times.
bool same_secret(std::string_view sent, std::string_view secret) {
  unsigned char difference = sent.size() == secret.size() ? 0 : 1;
  for (std::size_t i = 0; i < secret.size(); ++i) {
    difference |= static_cast<unsigned char>(secret[i] ^ (i < sent.size() ? sent[i] : 0));
  }
  return difference == 0;
}

// Reads what is left of a request's body and throws it away: an answer given before the body
// was read would otherwise leave the client writing into a closed connection, and lose it.
void drain(const httplib::Request& request, const httplib::ContentReader& reader) {
  const auto discard = [](const char*, std::size_t) { return true; };
  if (request.is_multipart_form_data()) {
    reader([](const httplib::MultipartFormData&) { return true; }, discard);
  } else {
    reader(discard);
  }
}

// The files and fields of a multipart upload, read with every limit applied as the bytes
// arrive, so an oversized or endless request is cut off without being held in memory.
struct UploadForm {
  std::vector<Upload> files;
  std::string rules;  // the `rules` field, if sent
};

class FormReader {
 public:
  FormReader(const ServeLimits& limits, Language language)
      : limits_(limits), language_(language), deadline_(Clock::now() + limits.request_timeout) {}

  std::variant<UploadForm, Reply> read(const httplib::Request& request,
                                       const httplib::ContentReader& reader,
                                       const httplib::Response& response) {
    if (!request.is_multipart_form_data()) {
      drain(request, reader);
      return error_reply(
          400,
          Message{"请求须为 multipart/form-data，文件放在字段 file 中",
                  "the request must be multipart/form-data, the files in field file"},
          language_);
    }
    const bool complete =
        reader([this](const httplib::MultipartFormData& part) { return begin_part(part); },
               [this](const char* data, std::size_t size) { return take(data, size); });
    if (problem_) return std::move(*problem_);
    if (!complete && response.status == 413) return too_large_request();
    if (!complete) {
      return error_reply(400,
                         Message{"multipart 请求体已损坏，无法读取",
                                 "the multipart body is damaged and cannot be read"},
                         language_);
    }
    if (form_.files.empty()) {
      return error_reply(400,
                         Message{"请求中没有文件：文件放在字段 file 中",
                                 "no file in the request: send the files in field file"},
                         language_);
    }
    return std::move(form_);
  }

 private:
  enum class Part { file, rules, other };

  bool begin_part(const httplib::MultipartFormData& part) {
    if (part.name == "rules") {
      part_ = Part::rules;
      form_.rules.clear();
      return true;
    }
    if (part.name != "file") {
      part_ = Part::other;  // ignored, though its bytes count towards the limit
      return true;
    }
    if (form_.files.size() == kMaxFilesPerRequest) {
      return fail(413,
                  Message{"一次最多上传 " + std::to_string(kMaxFilesPerRequest) + " 个文件",
                          "at most " + std::to_string(kMaxFilesPerRequest) + " files per request"});
    }
    auto name = upload_name(part.filename);
    if (auto* problem = std::get_if<Message>(&name)) return fail(400, *problem);
    form_.files.push_back({std::move(std::get<std::string>(name)), {}});
    part_ = Part::file;
    return true;
  }

  bool take(const char* data, std::size_t size) {
    if (Clock::now() > deadline_) {
      const std::string seconds = std::to_string(limits_.request_timeout.count());
      return fail(408, Message{"请求未在 " + seconds + " 秒内传完",
                               "the request did not arrive within " + seconds + " seconds"});
    }
    received_ += size;
    const std::uint64_t limit = limits_.max_file_size;
    if (part_ == Part::file) {
      Upload& file = form_.files.back();
      if (limit > 0 && file.bytes.size() + size > limit) {
        return fail(413, prefixed(file.name + ": ", longer_than_limit(limit)));
      }
      file.bytes.append(data, size);
    } else if (part_ == Part::rules) {
      if (form_.rules.size() + size > kMaxRulesField) {
        return fail(400, Message{"字段 rules 过长", "the field rules is too long"});
      }
      form_.rules.append(data, size);
    }
    if (limit > 0 && received_ > limit) {
      problem_ = too_large_request();
      return false;
    }
    return true;
  }

  Reply too_large_request() const {
    return error_reply(413, prefixed("上传的文件合计", longer_than_limit(limits_.max_file_size)),
                       language_);
  }

  bool fail(int status, const Message& message) {
    problem_ = error_reply(status, message, language_);
    return false;
  }

  const ServeLimits& limits_;
  Language language_;
  Clock::time_point deadline_;
  UploadForm form_;
  Part part_ = Part::other;
  std::uint64_t received_ = 0;
  std::optional<Reply> problem_;
};

Message unknown_rule_set(const std::string& id) {
  return {"没有名为“" + id + "”的规则集（GET /api/rules 列出全部）",
          "no rule set “" + id + "” (GET /api/rules lists them)"};
}

bool known_format(const std::string& format) {
  const auto formats = check_formats();
  return std::find(formats.begin(), formats.end(), format) != formats.end();
}

class Handlers {
 public:
  Handlers(const CheckService& service, CheckGate& gate, ServeLimits limits)
      : service_(service), gate_(gate), limits_(std::move(limits)) {}

  void rule_sets(const httplib::Request& request, httplib::Response& response) const {
    if (!authorized(request, response)) return;
    send(response, service_.rule_sets());
  }

  void upload(Action action, const httplib::Request& request, httplib::Response& response,
              const httplib::ContentReader& reader) const {
    const Language language = language_of(request);
    if (!authorized(request, response)) {
      drain(request, reader);
      return;
    }
    const std::string format =
        request.has_param("format") ? request.get_param_value("format") : "json";
    if (action == Action::check && !known_format(format)) {
      drain(request, reader);
      return send(response, error_reply(400,
                                        Message{"未知的报告格式“" + format + "”",
                                                "unknown report format “" + format + "”"},
                                        language));
    }
    auto ticket = gate_.admit();
    if (!ticket) {
      drain(request, reader);
      response.set_header("Retry-After", "5");
      return send(response, error_reply(503,
                                        Message{"检查请求太多，请稍后再试",
                                                "too many check requests; try again shortly"},
                                        language));
    }
    auto form = FormReader(limits_, language).read(request, reader, response);
    if (auto* problem = std::get_if<Reply>(&form)) return send(response, std::move(*problem));
    UploadForm& upload = std::get<UploadForm>(form);
    const std::string rules_id =
        upload.rules.empty() ? request.get_param_value("rules") : upload.rules;
    const RuleChoice* rules = service_.choices().find(rules_id);
    if (rules == nullptr)
      return send(response, error_reply(400, unknown_rule_set(rules_id), language));
    if (action == Action::annotate && upload.files.size() != 1) {
      return send(response, error_reply(400,
                                        Message{"/api/annotate 只接受一个 .docx 文件",
                                                "/api/annotate takes exactly one .docx file"},
                                        language));
    }
    ticket->wait_for_turn();
    send(response, action == Action::check
                       ? service_.check(std::move(upload.files), *rules, format, language)
                       : service_.annotate(std::move(upload.files.front()), *rules, language));
  }

 private:
  bool authorized(const httplib::Request& request, httplib::Response& response) const {
    if (limits_.token.empty()) return true;
    const std::string header = request.get_header_value("Authorization");
    constexpr std::string_view kScheme = "Bearer ";
    if (header.starts_with(kScheme) &&
        same_secret(std::string_view(header).substr(kScheme.size()), limits_.token)) {
      return true;
    }
    response.set_header("WWW-Authenticate", "Bearer");
    response.set_header("Connection", "close");
    send(response,
         error_reply(401,
                     Message{"缺少令牌或令牌不对：请求须带 Authorization: Bearer <令牌> 头",
                             "missing or wrong token: send the header Authorization: "
                             "Bearer <token>"},
                     language_of(request)));
    return false;
  }

  const CheckService& service_;
  CheckGate& gate_;
  const ServeLimits limits_;
};

// Answers the server gives without a handler (no such route, a request it cannot parse), in
// JSON like every other error.
Message status_message(int status) {
  switch (status) {
    case 404:
      return {"没有这个页面或接口", "no such page or API"};
    case 405:
      return {"此接口不接受这种请求方法", "this API does not take that method"};
    case 408:
      return {"请求超时", "the request timed out"};
    case 413:
      return {"请求过大", "the request is too large"};
    case 414:
      return {"请求的网址过长", "the request URL is too long"};
    default:
      return {"请求无法解析", "the request cannot be parsed"};
  }
}

}  // namespace

void HttpService::install(httplib::Server& server) {
  const auto handlers = std::make_shared<Handlers>(service_, gate_, limits_);
  // The page holds no data and needs no token: it asks for one when the API does.
  server.Get("/", [](const httplib::Request& request, httplib::Response& response) {
    response.set_header("Content-Security-Policy",
                        std::string(kPageContentSecurityPolicy) + std::string(kPageFrameAncestors));
    send(response, Reply{200, "text/html; charset=utf-8", serve_page(language_of(request)), {}});
  });
  server.Get("/api/rules",
             [handlers](const httplib::Request& request, httplib::Response& response) {
               handlers->rule_sets(request, response);
             });
  for (const auto& [path, action] :
       {std::pair{"/api/check", Action::check}, std::pair{"/api/annotate", Action::annotate}}) {
    server.Post(path, [handlers, action = action](const httplib::Request& request,
                                                  httplib::Response& response,
                                                  const httplib::ContentReader& reader) {
      handlers->upload(action, request, response, reader);
    });
  }
  server.set_error_handler([](const httplib::Request& request, httplib::Response& response) {
    if (!response.body.empty()) return;
    send(response,
         error_reply(response.status, status_message(response.status), language_of(request)));
  });
  server.set_exception_handler(
      [](const httplib::Request& request, httplib::Response& response, std::exception_ptr) {
        send(response, error_reply(500,
                                   Message{"服务器内部错误，请求未完成",
                                           "internal error; the request was not completed"},
                                   language_of(request)));
      });
  const std::uint64_t limit = limits_.max_file_size;
  server.set_payload_max_length(limit == 0 || limit > std::numeric_limits<std::size_t>::max() -
                                                          kMultipartOverhead
                                    ? std::numeric_limits<std::size_t>::max()
                                    : static_cast<std::size_t>(limit + kMultipartOverhead));
  server.set_read_timeout(limits_.request_timeout);
  server.set_write_timeout(limits_.request_timeout);
  server.set_keep_alive_timeout(5);
  server.set_default_headers({{"X-Content-Type-Options", "nosniff"},
                              {"Referrer-Policy", "no-referrer"},
                              {"Cache-Control", "no-store"},
                              {"X-Frame-Options", "DENY"}});
}

}  // namespace planlint
