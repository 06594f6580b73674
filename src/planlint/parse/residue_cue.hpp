#pragma once
#include <string_view>

namespace planlint {

// Whether a line of the normalized view reads like the furniture a template site puts after a
// copied text (链接地址：…, 转载请保留, 相关文章, 版权所有, 免责声明…). Only short lines qualify:
// body paragraphs that merely mention 版权 are long.
bool is_residue_cue_line(std::string_view normalized_line);

// Whether a line of the normalized view is the label a site puts over its own notice at the
// head of a page (温馨提示：, 下载须知：), followed by the notice's numbered points, which are
// the site's, not the document's headings.
bool is_site_notice_label(std::string_view normalized_line);

}  // namespace planlint
