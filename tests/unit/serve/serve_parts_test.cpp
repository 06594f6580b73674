// planlint serve: the parts that decide before any check runs (docs/serve.md).
#include <catch2/catch.hpp>

#include <thread>

#include "planlint/serve/check_gate.hpp"
#include "planlint/serve/check_service.hpp"
#include "planlint/serve/listen_address.hpp"
#include "planlint/serve/request_language.hpp"
#include "planlint/serve/upload_name.hpp"

using namespace planlint;

TEST_CASE("The listen address is HOST:PORT, IPv6 in brackets", "[serve]") {
  const auto v4 = parse_listen_address("127.0.0.1:8080");
  REQUIRE(v4);
  CHECK(v4->host == "127.0.0.1");
  CHECK(v4->port == 8080);
  const auto v6 = parse_listen_address("[::1]:0");
  REQUIRE(v6);
  CHECK(v6->host == "::1");
  CHECK(v6->port == 0);
  for (const char* bad :
       {"127.0.0.1", ":8080", "::1:8080", "host:65536", "host:-1", "host:8x", "[::1:80", "host:"}) {
    INFO(bad);
    CHECK_FALSE(parse_listen_address(bad));
  }
}

TEST_CASE("Only loopback addresses are served without a token", "[serve]") {
  for (const char* host : {"localhost", "127.0.0.1", "127.1.2.3", "::1"}) {
    INFO(host);
    CHECK(is_loopback(host));
  }
  for (const char* host : {"0.0.0.0", "::", "192.168.1.10", "128.0.0.1", "example.org", ""}) {
    INFO(host);
    CHECK_FALSE(is_loopback(host));
  }
}

TEST_CASE("A request is answered in ?lang, else its preferred of Chinese and English", "[serve]") {
  CHECK(request_language("en", "zh-CN") == Language::en);
  CHECK(request_language("zh", "en") == Language::zh);
  CHECK(request_language("", "") == Language::zh);
  CHECK(request_language("", "en-US,en;q=0.9") == Language::en);
  CHECK(request_language("", "zh-CN,zh;q=0.9,en;q=0.8") == Language::zh);
  CHECK(request_language("", "fr-FR,en;q=0.5,zh;q=0.7") == Language::zh);
  CHECK(request_language("", "de, en;q=0.2") == Language::en);
  CHECK(request_language("", "english") == Language::zh);  // not a tag `en`
}

TEST_CASE("Uploaded file names keep their last component, or are refused", "[serve]") {
  const auto name_of = [](std::string_view sent) {
    auto name = upload_name(sent);
    return std::holds_alternative<std::string>(name) ? std::get<std::string>(name) : "REFUSED";
  };
  CHECK(name_of("计划.docx") == "计划.docx");
  CHECK(name_of("C:\\drafts\\计划.docx") == "计划.docx");
  CHECK(name_of("../../etc/passwd") == "passwd");
  CHECK(name_of("<b>x</b>.txt") == "b>.txt");  // after the `/` of `</b>`
  CHECK(name_of("") == "REFUSED");
  CHECK(name_of("dir/") == "REFUSED");
  CHECK(name_of("..") == "REFUSED");
  CHECK(name_of("a\r\nSet-Cookie: x.txt") == "REFUSED");
  CHECK(name_of("a\x7f.txt") == "REFUSED");
  CHECK(name_of("a\xe2\x80\xa8.txt") == "REFUSED");  // U+2028 LINE SEPARATOR
  CHECK(name_of("\xff\xfe.txt") == "REFUSED");
  CHECK(name_of(std::string(255, 'a')) == std::string(255, 'a'));
  CHECK(name_of(std::string(256, 'a')) == "REFUSED");
}

TEST_CASE("Downloads are named in ASCII and in UTF-8, and no name breaks the header", "[serve]") {
  CHECK(attachment_disposition("plan.planlint.docx") ==
        "attachment; filename=\"plan.planlint.docx\"; filename*=UTF-8''plan.planlint.docx");
  CHECK(attachment_disposition("计划 \"a\".docx") ==
        "attachment; filename=\"______ _a_.docx\"; "
        "filename*=UTF-8''%E8%AE%A1%E5%88%92%20%22a%22.docx");
}

TEST_CASE("The gate lets in jobs plus queue requests and runs jobs at once", "[serve]") {
  CheckGate gate(1, 1);
  auto first = gate.admit();
  auto second = gate.admit();
  REQUIRE(first);
  REQUIRE(second);
  CHECK_FALSE(gate.admit());  // past the queue: turned away
  first->wait_for_turn();
  std::atomic<bool> second_running = false;
  std::thread waiter([&] {
    second->wait_for_turn();
    second_running = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  CHECK_FALSE(second_running);  // one job at a time
  first.reset();
  waiter.join();
  CHECK(second_running);
  CHECK(gate.admit());  // the first one's place is free again
}
