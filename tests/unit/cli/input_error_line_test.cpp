#include <catch2/catch.hpp>

#include "planlint/cli/input_error_line.hpp"

using namespace planlint;

TEST_CASE("an input error line names the file and the byte offset in the language asked for",
          "[cli][message]") {
  const InputError error{"nul.txt", 19, {"二进制文件：含 NUL 字节", "binary file: NUL byte"}};
  CHECK(describe_input_error(error, Language::zh) ==
        "nul.txt: 字节偏移 19: 二进制文件：含 NUL 字节");
  CHECK(describe_input_error(error, Language::en) == "nul.txt: byte 19: binary file: NUL byte");
}

TEST_CASE("an input error without a position names only the file", "[cli][message]") {
  const InputError error{"plan.doc", std::nullopt, {"请另存为 .docx", "save it as .docx"}};
  CHECK(describe_input_error(error, Language::zh) == "plan.doc: 请另存为 .docx");
  CHECK(describe_input_error(error, Language::en) == "plan.doc: save it as .docx");
}
