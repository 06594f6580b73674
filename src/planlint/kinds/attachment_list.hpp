#pragma once
#include "planlint/kinds/registry.hpp"

namespace planlint {

// `attachment-list`: the attachment list in the body (附件：1.…办法 2.…表) against the
// attachments the file holds (附件1, 附件2 alone on a line, then the title): a listed one the
// file lacks, one the list lacks, attachments numbered out of sequence, a title that differs
// from the list. A file that holds no attachment (they travel as separate files) is not judged.
// Documented in docs/rules/attachment-list.md.
const KindEntry& attachment_list_kind();

}  // namespace planlint
