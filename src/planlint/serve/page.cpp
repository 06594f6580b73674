#include "planlint/serve/page.hpp"

#include "serve_page_assets.inc"

namespace planlint {

std::string serve_page(Language language) {
  std::string page = "<!DOCTYPE html>\n<html lang=\"";
  page += language == Language::en ? "en" : "zh";
  page +=
      "\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" "
      "content=\"";
  page += kPageContentSecurityPolicy;
  page +=
      "\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>planlint</title>\n<style>";
  page += kServePageCss;
  page += R"(</style>
</head>
<body>
<header><h1 data-label="title"></h1><a id="other-language" data-label="other"></a></header>
<main>
<section id="upload">
<div id="drop" class="drop"><span data-label="drop"></span>
<input type="file" id="files" multiple accept=".docx,.txt,.md"></div>
<ul id="chosen"></ul>
<div class="controls">
<label><span data-label="rules"></span> <select id="rules"></select></label>
<label id="token-row" hidden><span data-label="token"></span> <input type="password" id="token" autocomplete="off"></label>
<button type="button" id="check" disabled data-label="check"></button>
</div>
<p id="status" role="status" aria-live="polite"></p>
<ul id="errors" role="alert"></ul>
</section>
<section id="result" hidden>
<div id="downloads"></div>
<iframe id="report" sandbox="allow-scripts"></iframe>
</section>
</main>
<script>)";
  page += kServePageJs;
  page += "</script>\n</body>\n</html>\n";
  return page;
}

}  // namespace planlint
