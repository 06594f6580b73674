#include "planlint/docx/annotated_copy.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>

#include "planlint/docx/comment_anchor.hpp"
#include "planlint/docx/comments_part.hpp"
#include "planlint/docx/reader_text.hpp"
#include "planlint/docx/tracked_changes.hpp"
#include "planlint/docx/word_package.hpp"
#include "planlint/docx/zip_writer.hpp"

namespace planlint::docx {
namespace {

constexpr const char* kContentTypes = "[Content_Types].xml";

std::string read_entry(const ZipReader& zip, const std::string& name) {
  auto read = zip.read(name, kMaxPartSize);
  if (auto* bytes = std::get_if<std::string>(&read)) return std::move(*bytes);
  return {};
}

// The parts that change, by name; every other entry is copied as it is.
using ChangedParts = std::map<std::string, std::string>;

ChangedParts commented_parts(WordPackage& package, const std::vector<ReviewComment>& comments) {
  ReaderText reader = read_text(package);
  std::string comments_name = package.related_part("/comments");
  const bool new_part = comments_name.empty();
  if (new_part) comments_name = package.part_folder() + "comments.xml";
  CommentsPart part = CommentsPart::from(new_part ? "" : read_entry(package.zip(), comments_name));
  long id = part.first_free_id(package.document());
  CommentAnchor anchor(reader);
  for (const ReviewComment& comment : comments) {
    // Findings in headers, footers, notes or comments (--docx-notes) have no place in the body.
    if (comment.begin >= reader.text.size()) continue;
    anchor.anchor(comment.begin, comment.end, id);
    part.add(id, comment.text);
    ++id;
  }
  ChangedParts changed;
  changed[package.document_part()] = serialize_part(package.document());
  changed[comments_name] = part.xml();
  if (new_part) {
    const std::string rels = package.relationships_part();
    changed[rels] = with_comments_relationship(read_entry(package.zip(), rels), "comments.xml");
    changed[kContentTypes] =
        with_comments_content_type(read_entry(package.zip(), kContentTypes), "/" + comments_name);
  }
  return changed;
}

// The id the first tracked change may take: after every annotation id of the document and its
// comments, which share one id space.
long first_free_annotation_id(WordPackage& package) {
  const std::string comments_name = package.related_part("/comments");
  const CommentsPart part =
      CommentsPart::from(comments_name.empty() ? "" : read_entry(package.zip(), comments_name));
  return part.first_free_id(package.document());
}

ChangedParts tracked_parts(WordPackage& package, std::span<const TextEdit> edits,
                           const std::string& date) {
  ReaderText reader = read_text(package);
  TrackedChanges changes(reader, kTrackedChangeAuthor, date, first_free_annotation_id(package));
  // Judged before any is made: a change made turns text into w:delText, which an edit beside
  // it would take for someone else's change.
  std::vector<bool> possible;
  for (const TextEdit& edit : edits) possible.push_back(!changes.obstacle(edit));
  for (std::size_t index = 0; index < edits.size(); ++index) {
    if (possible[index]) changes.track(edits[index]);
  }
  return {{package.document_part(), serialize_part(package.document())}};
}

}  // namespace

std::optional<Message> write_word_file(const std::string& path, const std::string& bytes) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  const fs::path temporary =
      target.parent_path() / ("." + target.filename().string() + ".planlint-tmp");
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) return prefixed(path, {": 无法在此写入", ": cannot write here"});
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
      std::error_code ignored;
      fs::remove(temporary, ignored);
      return prefixed(path, {": 写入出错", ": write error"});
    }
  }
  std::error_code error;
  fs::rename(temporary, target, error);
  if (error) {
    fs::remove(temporary, error);
    return prefixed(path,
                    {": 写好的文件无法改名到位", ": cannot rename the written file into place"});
  }
  return std::nullopt;
}

namespace {

// The copy, with the parts `change` gives replaced or added, or a problem reading the input or
// writing the copy.
std::variant<std::string, Message> build_copy(
    std::string input_bytes, const std::function<ChangedParts(WordPackage&)>& change) {
  auto opened = WordPackage::open(std::move(input_bytes));
  if (auto* problem = std::get_if<Message>(&opened)) return *problem;
  WordPackage& package = *std::get<std::unique_ptr<WordPackage>>(opened);
  ChangedParts changed = change(package);

  ZipWriter zip;
  for (const std::string& name : package.zip().names()) {
    if (name.ends_with('/')) continue;  // folder entries: the ZIP needs none
    if (const auto replaced = changed.find(name); replaced != changed.end()) {
      zip.add(name, std::move(replaced->second));
      changed.erase(replaced);
      continue;
    }
    auto read = package.zip().read(name, kMaxPartSize);
    if (auto* problem = std::get_if<Message>(&read)) return std::move(*problem);
    zip.add(name, std::move(std::get<std::string>(read)));
  }
  for (auto& [name, bytes] : changed) zip.add(name, std::move(bytes));  // parts new to the file
  return zip.finish();
}

}  // namespace

std::variant<std::string, Message> annotated_copy(std::string input_bytes,
                                                  const std::vector<ReviewComment>& comments) {
  return build_copy(std::move(input_bytes),
                    [&](WordPackage& package) { return commented_parts(package, comments); });
}

std::variant<std::vector<std::optional<TrackObstacle>>, Message> track_obstacles(
    std::string input_bytes, std::span<const TextEdit> edits) {
  auto opened = WordPackage::open(std::move(input_bytes));
  if (auto* problem = std::get_if<Message>(&opened)) return *problem;
  WordPackage& package = *std::get<std::unique_ptr<WordPackage>>(opened);
  ReaderText reader = read_text(package);
  const TrackedChanges changes(reader, kTrackedChangeAuthor, {}, 0);
  std::vector<std::optional<TrackObstacle>> obstacles;
  for (const TextEdit& edit : edits) obstacles.push_back(changes.obstacle(edit));
  return obstacles;
}

std::variant<std::string, Message> tracked_copy(std::string input_bytes,
                                                std::span<const TextEdit> edits,
                                                const std::string& date) {
  return build_copy(std::move(input_bytes),
                    [&](WordPackage& package) { return tracked_parts(package, edits, date); });
}

std::optional<Message> write_annotated_copy(std::string input_bytes,
                                            const std::vector<ReviewComment>& comments,
                                            const std::string& output_path) {
  auto built = annotated_copy(std::move(input_bytes), comments);
  if (auto* problem = std::get_if<Message>(&built)) {
    return prefixed(output_path, {": " + problem->zh, ": " + problem->en});
  }
  return write_word_file(output_path, std::get<std::string>(built));
}

}  // namespace planlint::docx
