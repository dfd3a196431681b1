#include "performance/board_report_pdf.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <librsvg/rsvg.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <memory>
#include <stdexcept>

#include "performance/board_report_charts.h"
#include "performance/board_report_tables.h"

namespace pathway::performance {

namespace {

// A4 portrait, in points (the PDF surface's unit).
constexpr double page_width = 595.28, page_height = 841.89, margin = 50.0;
constexpr double text_width = page_width - 2 * margin;
constexpr double footer_height = 24.0;
constexpr double chart_width = (text_width - 15.0) / 2, chart_height = 150.0;

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

struct SurfaceDeleter {
  void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct ContextDeleter {
  void operator()(cairo_t* context) const { cairo_destroy(context); }
};
struct LayoutDeleter {
  void operator()(PangoLayout* layout) const { g_object_unref(layout); }
};
using Layout = std::unique_ptr<PangoLayout, LayoutDeleter>;

// How a block of text is set. pango_layout_set_text takes the text as it is (no markup), so
// nothing in a name needs escaping.
struct TextStyle {
  double size = 10.0;
  bool bold = false;
  PangoAlignment align = PANGO_ALIGN_LEFT;
};

// Writes pages top to bottom, starting a new page when the next block does not fit, and
// marks every block with its structure tag so the PDF reads in order to assistive technology.
class PdfPages {
 public:
  PdfPages(std::string& out, std::string footer) : footer_(std::move(footer)) {
    surface_.reset(cairo_pdf_surface_create_for_stream(append_to_string, &out, page_width, page_height));
    context_.reset(cairo_create(surface_.get()));
    if (cairo_status(context_.get()) != CAIRO_STATUS_SUCCESS) throw std::runtime_error("cairo could not start a PDF");
  }

  cairo_surface_t* surface() { return surface_.get(); }
  cairo_t* cr() { return context_.get(); }
  double y() const { return y_; }
  int page() const { return page_; }

  // A laid-out block of text `width` wide.
  Layout layout(const std::string& text, double width, const TextStyle& style) {
    Layout layout(pango_cairo_create_layout(cr()));
    // Points for points: pango's default 96 dpi would make 10 pt text 13.3 units high.
    pango_cairo_context_set_resolution(pango_layout_get_context(layout.get()), 72.0);
    pango_layout_context_changed(layout.get());
    PangoFontDescription* font = pango_font_description_from_string("DejaVu Sans");
    pango_font_description_set_size(font, static_cast<int>(style.size * PANGO_SCALE));
    if (style.bold) pango_font_description_set_weight(font, PANGO_WEIGHT_BOLD);
    pango_layout_set_font_description(layout.get(), font);
    pango_font_description_free(font);
    pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(layout.get(), style.align);
    pango_layout_set_text(layout.get(), text.c_str(), static_cast<int>(text.size()));
    return layout;
  }

  static double height_of(PangoLayout* layout) {
    int width = 0, height = 0;
    pango_layout_get_pixel_size(layout, &width, &height);
    return height;
  }

  void draw(PangoLayout* layout, double x, double y) {
    cairo_set_source_rgb(cr(), 0.043, 0.047, 0.047);  // GOV.UK text colour
    cairo_move_to(cr(), x, y);
    pango_cairo_show_layout(cr(), layout);
  }

  // A paragraph or heading, as structure element `tag` ("P", "H1"...).
  void text_block(const std::string& tag, const std::string& text, const TextStyle& style, double space_after) {
    auto block = layout(text, text_width, style);
    double height = height_of(block.get());
    make_room(height);
    cairo_tag_begin(cr(), tag.c_str(), nullptr);
    draw(block.get(), margin, y_);
    cairo_tag_end(cr(), tag.c_str());
    y_ += height + space_after;
  }

  // Starts a new page unless `height` fits below the current position.
  void make_room(double height) {
    if (y_ + height > page_height - margin - footer_height) new_page();
  }

  void new_page() {
    finish_page();
    cairo_show_page(cr());
    ++page_;
    y_ = margin;
  }

  void skip(double height) { y_ += height; }

  // The footer of the last page; the file is complete once the surface is finished.
  void finish() {
    finish_page();
    cairo_surface_finish(surface_.get());
    if (cairo_surface_status(surface_.get()) != CAIRO_STATUS_SUCCESS) {
      throw std::runtime_error(std::string("cairo could not write the PDF: ") +
                               cairo_status_to_string(cairo_surface_status(surface_.get())));
    }
  }

 private:
  // The page's footer is an artifact, not content: it is left out of the structure tree.
  void finish_page() {
    auto text = layout(footer_ + " | page " + std::to_string(page_), text_width, {8.0, false, PANGO_ALIGN_RIGHT});
    draw(text.get(), margin, page_height - margin);
  }

  std::unique_ptr<cairo_surface_t, SurfaceDeleter> surface_;
  std::unique_ptr<cairo_t, ContextDeleter> context_;
  std::string footer_;
  double y_ = margin;
  int page_ = 1;
};

// The table's columns: the measure, the three quarters, the target and whether it is met.
// (The unit is in the measure's label and in the definitions; the note goes under the table.)
struct Column {
  std::size_t source;  // column of the BoardReportTable
  double width;
  PangoAlignment align;
};
constexpr Column columns[] = {{0, 165, PANGO_ALIGN_LEFT},  {2, 62, PANGO_ALIGN_RIGHT},
                              {3, 62, PANGO_ALIGN_RIGHT},  {4, 62, PANGO_ALIGN_RIGHT},
                              {5, 52, PANGO_ALIGN_RIGHT},  {6, 92, PANGO_ALIGN_RIGHT}};
constexpr double cell_padding = 5.0;

std::string cell_text(const spreadsheet::PeopleCell& cell) {
  if (const auto* text = std::get_if<std::string>(&cell)) return text->empty() ? "no figure" : *text;
  if (const auto* whole = std::get_if<std::int64_t>(&cell)) return std::to_string(*whole);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", std::get<double>(cell));
  return buffer;
}

void draw_row(PdfPages& pages, const std::vector<spreadsheet::PeopleCell>& cells, bool heading) {
  const char* cell_tag = heading ? "TH" : "TD";
  std::vector<Layout> layouts;
  double height = 0;
  for (const auto& column : columns) {
    std::string text = cell_text(cells[column.source]);
    // The unit goes with the measure's name, unless it is "%", which the name says.
    if (!heading && column.source == 0) {
      std::string unit = cell_text(cells[1]);
      if (unit != "%" && unit != "no figure") text += " (" + unit + ")";
    }
    if (!heading && column.source == 5 && text == "no figure") text = "none";
    layouts.push_back(pages.layout(text, column.width - cell_padding, {9.0, heading, column.align}));
    height = std::max(height, PdfPages::height_of(layouts.back().get()));
  }
  pages.make_room(height + 2 * cell_padding);
  cairo_tag_begin(pages.cr(), "TR", nullptr);
  double x = margin;
  for (std::size_t i = 0; i < layouts.size(); ++i) {
    cairo_tag_begin(pages.cr(), cell_tag, nullptr);
    pages.draw(layouts[i].get(), x, pages.y() + cell_padding);
    cairo_tag_end(pages.cr(), cell_tag);
    x += columns[i].width;
  }
  cairo_tag_end(pages.cr(), "TR");
  pages.skip(height + 2 * cell_padding);
  // GOV.UK tables: a rule under every row.
  cairo_set_source_rgb(pages.cr(), 0.694, 0.706, 0.714);
  cairo_set_line_width(pages.cr(), heading ? 1.0 : 0.5);
  cairo_move_to(pages.cr(), margin, pages.y());
  cairo_line_to(pages.cr(), margin + text_width, pages.y());
  cairo_stroke(pages.cr());
}

void draw_table(PdfPages& pages, const spreadsheet::PeopleTable& table) {
  cairo_tag_begin(pages.cr(), "Table", nullptr);
  std::vector<spreadsheet::PeopleCell> headings(table.headings.begin(), table.headings.end());
  draw_row(pages, headings, true);
  for (const auto& row : table.rows) draw_row(pages, row, false);
  cairo_tag_end(pages.cr(), "Table");
  pages.skip(10);
}

void draw_svg(PdfPages& pages, const std::string& svg, double x, double y) {
  GError* error = nullptr;
  RsvgHandle* handle = rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &error);
  if (!handle) {
    std::string message = error ? error->message : "unknown";
    if (error) g_error_free(error);
    throw std::runtime_error("librsvg could not read a chart: " + message);
  }
  RsvgRectangle viewport{x, y, chart_width, chart_height};
  cairo_save(pages.cr());  // librsvg leaves the text settings of the page as it found them
  bool drawn = rsvg_handle_render_document(handle, pages.cr(), &viewport, &error);
  cairo_restore(pages.cr());
  g_object_unref(handle);
  if (!drawn) {
    std::string message = error ? error->message : "unknown";
    if (error) g_error_free(error);
    throw std::runtime_error("librsvg could not draw a chart: " + message);
  }
}

// Two charts a row, one per headline measure, each under its caption (the chart's title is
// its accessible name in SVG, which a PDF does not show); the table above holds the numbers.
void draw_charts(PdfPages& pages, const BoardReport& report, const BoardReportSection& section) {
  for (std::size_t i = 0; i < section.figures.size(); i += 2) {
    std::size_t end = std::min(i + 2, section.figures.size());
    std::vector<Layout> captions;
    double caption_height = 0;
    for (std::size_t j = i; j < end; ++j) {
      const auto& measure = *section.figures[j].measure;
      std::string caption = std::string(measure.label) + (measure.unit == "%" ? "" : " (" + std::string(measure.unit) + ")");
      captions.push_back(pages.layout(caption, chart_width, {8.5, true}));
      caption_height = std::max(caption_height, PdfPages::height_of(captions.back().get()));
    }
    pages.make_room(caption_height + 4 + chart_height + 10);
    for (std::size_t j = i; j < end; ++j) {
      double x = margin + static_cast<double>(j - i) * (chart_width + 15.0);
      cairo_tag_begin(pages.cr(), "Figure", nullptr);
      pages.draw(captions[j - i].get(), x, pages.y());
      draw_svg(pages, bar_chart_svg(board_report_chart(report, section, section.figures[j])), x,
               pages.y() + caption_height + 4);
      cairo_tag_end(pages.cr(), "Figure");
    }
    pages.skip(caption_height + 4 + chart_height + 10);
  }
}

std::string destination(std::size_t section) { return "section-" + std::to_string(section + 1); }

void draw_contents(PdfPages& pages, const std::vector<BoardReportTable>& tables) {
  pages.text_block("H2", "Contents", {14.0, true}, 6);
  cairo_tag_begin(pages.cr(), "L", nullptr);
  for (std::size_t i = 0; i < tables.size(); ++i) {
    auto entry = pages.layout(tables[i].title, text_width, {10.0});
    double height = PdfPages::height_of(entry.get());
    pages.make_room(height);
    cairo_tag_begin(pages.cr(), "LI", nullptr);
    std::string link = "dest='" + destination(i) + "'";
    cairo_tag_begin(pages.cr(), CAIRO_TAG_LINK, link.c_str());
    pages.draw(entry.get(), margin, pages.y());
    cairo_tag_end(pages.cr(), CAIRO_TAG_LINK);
    cairo_tag_end(pages.cr(), "LI");
    pages.skip(height + 2);
  }
  cairo_tag_end(pages.cr(), "L");
}

void draw_definitions(PdfPages& pages, const BoardReportTable& definitions) {
  pages.new_page();
  pages.text_block("H2", definitions.title, {16.0, true}, 8);
  for (const auto& row : definitions.table.rows) {
    std::string heading = std::get<std::string>(row[0]);
    std::string unit = std::get<std::string>(row[1]);
    std::string better = std::get<std::string>(row[2]);
    pages.text_block("H3", heading, {10.5, true}, 2);
    std::string words = std::get<std::string>(row[3]);
    if (!unit.empty()) words += " Unit: " + unit + ". " + better + ".";
    pages.text_block("P", words, {9.5}, 8);
  }
}

}  // namespace

std::string board_report_pdf(const BoardReport& report, const ReportProgress& progress) {
  std::string title = "Quarterly performance report: " + report.request.quarter.label();
  std::string out;
  PdfPages pages(out, title);
  cairo_pdf_surface_set_metadata(pages.surface(), CAIRO_PDF_METADATA_TITLE, title.c_str());
  cairo_pdf_surface_set_metadata(pages.surface(), CAIRO_PDF_METADATA_CREATOR, "Pathway");
  auto tables = board_report_tables(report);

  cairo_tag_begin(pages.cr(), "Document", nullptr);
  pages.text_block("H1", title, {20.0, true}, 10);
  for (const auto& line : board_report_preamble(report)) pages.text_block("P", line, {11.0}, 4);
  pages.skip(8);
  pages.text_block("P",
                   "Figures are counted from the records by the measures of docs/kpi.md and rounded to one decimal "
                   "place; the definitions are at the end. The report holds no child's name or record.",
                   {9.5}, 12);
  draw_contents(pages, tables);

  for (std::size_t i = 0; i < report.sections.size(); ++i) {
    const auto& section = report.sections[i];
    pages.new_page();
    std::string dest = "name='" + destination(i) + "'";
    cairo_tag_begin(pages.cr(), CAIRO_TAG_DEST, dest.c_str());
    pages.text_block("H2", tables[i].title, {16.0, true}, 8);
    cairo_tag_end(pages.cr(), CAIRO_TAG_DEST);
    std::string outline_link = "dest='" + destination(i) + "'";
    cairo_pdf_surface_add_outline(pages.surface(), CAIRO_PDF_OUTLINE_ROOT, tables[i].title.c_str(),
                                  outline_link.c_str(), CAIRO_PDF_OUTLINE_FLAG_OPEN);
    draw_table(pages, tables[i].table);
    for (const auto& figure : section.figures) {
      if (figure.still_counting) {
        pages.text_block("P",
                         std::string(figure.measure->label) +
                             ": the cohort's follow-up is not over, so this quarter's figure will rise.",
                         {9.0}, 6);
      }
    }
    draw_charts(pages, report, section);
    if (progress) progress(i + 1, report.sections.size());
  }
  draw_definitions(pages, board_report_definitions(report));
  cairo_tag_end(pages.cr(), "Document");
  pages.finish();
  return out;
}

}  // namespace pathway::performance
