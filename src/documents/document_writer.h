#pragma once
// The one writer of every printed document Pathway makes (docs/decisions/0029-document-writer.md):
// an A4 PDF drawn by cairo with pango setting the text, so every word is real, selectable,
// searchable text. Blocks are laid top to bottom, a new page starting when the next block
// does not fit, and each is tagged with its structure (headings, paragraphs, lists, tables,
// figures) so the PDF reads in order to assistive technology. Only document_writer.cpp sees
// cairo, pango or librsvg; documents are composed through this interface.
#include <memory>
#include <string>
#include <vector>

namespace pathway::documents {

enum class Align { left, right, centre };

// How a block of text is set. The text is taken as it is (no markup), so nothing in a name
// needs escaping.
struct TextStyle {
  double size = 10.0;  // points
  bool bold = false;
  Align align = Align::left;
};

// One column of a table: its width in points and how its cells are aligned.
struct TableColumn {
  double width;
  Align align;
};

// A chart under its caption: the SVG drawn as vectors (librsvg) into the figure's box.
struct SvgFigure {
  std::string caption;
  std::string svg;
};

class DocumentWriter {
 public:
  // A4 portrait with `margin` points all round; `footer` is set, with the page number, at
  // the foot of every page as an artifact (out of the structure tree). `title` is the PDF's
  // title. Throws std::runtime_error if cairo cannot start a PDF.
  DocumentWriter(std::string title, std::string footer, double margin = 50.0);
  ~DocumentWriter();
  DocumentWriter(const DocumentWriter&) = delete;
  DocumentWriter& operator=(const DocumentWriter&) = delete;

  // The width between the margins, in points.
  double text_width() const;

  // Opens and closes a structure element that holds others: "Document", "Sect", "L",
  // "Table", "Figure"... Each begin has its end.
  void begin(const std::string& tag);
  void end(const std::string& tag);

  // A paragraph or heading as structure element `tag` ("P", "H1"...), the full text width,
  // moved to a new page unless it fits; `space_after` points are left below it.
  void text_block(const std::string& tag, const std::string& text, const TextStyle& style, double space_after);
  // A heading that is also a named destination and an entry in the PDF's outline
  // (bookmarks), so a contents list can link to it.
  void bookmarked_heading(const std::string& tag, const std::string& text, const TextStyle& style,
                          double space_after, const std::string& destination);
  // An item of a list ("LI", inside begin("L")) that links to `destination`.
  void linked_list_item(const std::string& text, const TextStyle& style, double space_after,
                        const std::string& destination);
  // One row of a table ("TR", inside begin("Table")): cells as "TH" when `heading`, else
  // "TD", each set in its column with `padding` points round it, and a GOV.UK rule below.
  void table_row(const std::vector<TableColumn>& columns, const std::vector<std::string>& cells, double size,
                 bool heading, double padding);
  // Figures side by side, each `width` by `height` points under its bold caption set at
  // `caption_size`, `gap` points apart; moved to a new page unless the row fits. Throws
  // std::runtime_error if librsvg cannot read or draw one.
  void figure_row(const std::vector<SvgFigure>& figures, double width, double height, double gap,
                  double caption_size);

  void skip(double height);  // leaves `height` points of space
  void new_page();

  // The whole PDF file. Throws std::runtime_error if cairo cannot write it. Call once.
  std::string finish();

 private:
  class Pages;
  std::string out_;
  std::unique_ptr<Pages> pages_;
};

}  // namespace pathway::documents
