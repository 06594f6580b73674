#pragma once
#include <string>
#include <string_view>

#include "planlint/text/document.hpp"

namespace planlint::docx {

// What a file's first bytes say it is, as far as office documents go.
enum class OfficeContainer {
  none,      // not an office container: read as text
  zip,       // a ZIP archive: a .docx, or some other ZIP
  compound,  // an OLE compound file: .doc, .wps, or an encrypted (password-protected) .docx
};

OfficeContainer sniff_office_container(std::string_view bytes);

// Reads a Word document (.docx) into a Document whose text is the reader's text and whose
// paragraph map gives each line its paragraph; every problem (a binary .doc or .wps, a
// password, a ZIP that is not a Word document, damaged or oversized parts, a DTD) is an
// InputError naming what to do. `with_notes` adds headers, footers, footnotes, endnotes and
// comments after the body.
DocumentResult load_docx(std::string path, std::string bytes, bool with_notes = false);

}  // namespace planlint::docx
