#include "planlint/text/encode.hpp"

#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include <memory>

namespace planlint {
namespace {

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

// What ICU's BOM-writing converters ("UTF-16", "UTF-32") put first, in each byte order.
bool starts_with_bom(std::string_view bytes) {
  for (const std::string_view bom :
       {std::string_view("\xFE\xFF"), std::string_view("\xFF\xFE"),
        std::string_view("\x00\x00\xFE\xFF", 4), std::string_view("\xFF\xFE\x00\x00", 4)}) {
    if (bytes.starts_with(bom)) return true;
  }
  return false;
}

}  // namespace

std::optional<std::string> encode_text(std::string_view utf8, const std::string& encoding) {
  if (encoding == "UTF-8" || utf8.empty()) return std::string(utf8);
  UErrorCode status = U_ZERO_ERROR;
  std::u16string units(utf8.size(), u'\0');  // never more UTF-16 units than UTF-8 bytes
  std::int32_t unit_count = 0;
  u_strFromUTF8(units.data(), static_cast<std::int32_t>(units.size()), &unit_count, utf8.data(),
                static_cast<std::int32_t>(utf8.size()), &status);
  if (U_FAILURE(status)) return std::nullopt;
  ConverterPtr converter(ucnv_open(encoding.c_str(), &status));
  if (U_FAILURE(status)) return std::nullopt;
  // A character the encoding lacks is an error, never a substitute character in the file.
  ucnv_setFromUCallBack(converter.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                        &status);
  const std::int32_t length =
      ucnv_fromUChars(converter.get(), nullptr, 0, units.data(), unit_count, &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return std::nullopt;
  status = U_ZERO_ERROR;
  std::string bytes(static_cast<std::size_t>(length), '\0');
  ucnv_fromUChars(converter.get(), bytes.data(), length, units.data(), unit_count, &status);
  if (U_FAILURE(status)) return std::nullopt;
  // The file's BOM, if any, stays where it is; an edit never adds one.
  if (starts_with_bom(bytes) && !utf8.starts_with("\xEF\xBB\xBF")) {
    bytes.erase(0, bytes.starts_with(std::string_view("\x00\x00", 2)) ||
                           bytes.starts_with(std::string_view("\xFF\xFE\x00\x00", 4))
                       ? 4
                       : 2);
  }
  return bytes;
}

}  // namespace planlint
