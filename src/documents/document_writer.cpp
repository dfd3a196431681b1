#include "documents/document_writer.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <librsvg/rsvg.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <stdexcept>

namespace pathway::documents {

namespace {

// A4 portrait, in points (the PDF surface's unit).
constexpr double page_width = 595.28, page_height = 841.89;
constexpr double footer_height = 24.0;

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

PangoAlignment pango_alignment(Align align) {
  return align == Align::right ? PANGO_ALIGN_RIGHT : align == Align::centre ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT;
}

double height_of(PangoLayout* layout) {
  int width = 0, height = 0;
  pango_layout_get_pixel_size(layout, &width, &height);
  return height;
}

}  // namespace

// The cairo surface and the position on the page.
class DocumentWriter::Pages {
 public:
  Pages(std::string& out, const std::string& title, std::string footer, double margin)
      : footer_(std::move(footer)), margin_(margin) {
    surface_.reset(cairo_pdf_surface_create_for_stream(append_to_string, &out, page_width, page_height));
    context_.reset(cairo_create(surface_.get()));
    if (cairo_status(context_.get()) != CAIRO_STATUS_SUCCESS) throw std::runtime_error("cairo could not start a PDF");
    cairo_pdf_surface_set_metadata(surface_.get(), CAIRO_PDF_METADATA_TITLE, title.c_str());
    cairo_pdf_surface_set_metadata(surface_.get(), CAIRO_PDF_METADATA_CREATOR, "Pathway");
    y_ = margin_;
  }

  cairo_surface_t* surface() { return surface_.get(); }
  cairo_t* cr() { return context_.get(); }
  double margin() const { return margin_; }
  double text_width() const { return page_width - 2 * margin_; }
  double y() const { return y_; }

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
    pango_layout_set_alignment(layout.get(), pango_alignment(style.align));
    pango_layout_set_text(layout.get(), text.c_str(), static_cast<int>(text.size()));
    return layout;
  }

  void draw(PangoLayout* layout, double x, double y) {
    cairo_set_source_rgb(cr(), 0.043, 0.047, 0.047);  // GOV.UK text colour
    cairo_move_to(cr(), x, y);
    pango_cairo_show_layout(cr(), layout);
  }

  // Starts a new page unless `height` fits below the current position.
  void make_room(double height) {
    if (y_ + height > page_height - margin_ - footer_height) new_page();
  }

  void new_page() {
    finish_page();
    cairo_show_page(cr());
    ++page_;
    y_ = margin_;
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
    auto text = layout(footer_ + " | page " + std::to_string(page_), text_width(), {8.0, false, Align::right});
    draw(text.get(), margin_, page_height - margin_);
  }

  std::unique_ptr<cairo_surface_t, SurfaceDeleter> surface_;
  std::unique_ptr<cairo_t, ContextDeleter> context_;
  std::string footer_;
  double margin_;
  double y_ = 0;
  int page_ = 1;
};

namespace {

void draw_svg(cairo_t* cr, const std::string& svg, double x, double y, double width, double height) {
  GError* error = nullptr;
  RsvgHandle* handle = rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &error);
  if (!handle) {
    std::string message = error ? error->message : "unknown";
    if (error) g_error_free(error);
    throw std::runtime_error("librsvg could not read a chart: " + message);
  }
  RsvgRectangle viewport{x, y, width, height};
  cairo_save(cr);  // librsvg leaves the text settings of the page as it found them
  bool drawn = rsvg_handle_render_document(handle, cr, &viewport, &error);
  cairo_restore(cr);
  g_object_unref(handle);
  if (!drawn) {
    std::string message = error ? error->message : "unknown";
    if (error) g_error_free(error);
    throw std::runtime_error("librsvg could not draw a chart: " + message);
  }
}

}  // namespace

DocumentWriter::DocumentWriter(std::string title, std::string footer, double margin)
    : pages_(std::make_unique<Pages>(out_, title, std::move(footer), margin)) {}

DocumentWriter::~DocumentWriter() = default;

double DocumentWriter::text_width() const { return pages_->text_width(); }

void DocumentWriter::begin(const std::string& tag) { cairo_tag_begin(pages_->cr(), tag.c_str(), nullptr); }

void DocumentWriter::end(const std::string& tag) { cairo_tag_end(pages_->cr(), tag.c_str()); }

void DocumentWriter::text_block(const std::string& tag, const std::string& text, const TextStyle& style,
                                double space_after) {
  auto block = pages_->layout(text, pages_->text_width(), style);
  double height = height_of(block.get());
  pages_->make_room(height);
  begin(tag);
  pages_->draw(block.get(), pages_->margin(), pages_->y());
  end(tag);
  pages_->skip(height + space_after);
}

void DocumentWriter::bookmarked_heading(const std::string& tag, const std::string& text, const TextStyle& style,
                                        double space_after, const std::string& destination) {
  std::string name = "name='" + destination + "'";
  cairo_tag_begin(pages_->cr(), CAIRO_TAG_DEST, name.c_str());
  text_block(tag, text, style, space_after);
  cairo_tag_end(pages_->cr(), CAIRO_TAG_DEST);
  std::string link = "dest='" + destination + "'";
  cairo_pdf_surface_add_outline(pages_->surface(), CAIRO_PDF_OUTLINE_ROOT, text.c_str(), link.c_str(),
                                CAIRO_PDF_OUTLINE_FLAG_OPEN);
}

void DocumentWriter::linked_list_item(const std::string& text, const TextStyle& style, double space_after,
                                      const std::string& destination) {
  auto entry = pages_->layout(text, pages_->text_width(), style);
  double height = height_of(entry.get());
  pages_->make_room(height);
  begin("LI");
  std::string link = "dest='" + destination + "'";
  cairo_tag_begin(pages_->cr(), CAIRO_TAG_LINK, link.c_str());
  pages_->draw(entry.get(), pages_->margin(), pages_->y());
  cairo_tag_end(pages_->cr(), CAIRO_TAG_LINK);
  end("LI");
  pages_->skip(height + space_after);
}

void DocumentWriter::table_row(const std::vector<TableColumn>& columns, const std::vector<std::string>& cells,
                               double size, bool heading, double padding) {
  const std::string cell_tag = heading ? "TH" : "TD";
  std::vector<Layout> layouts;
  double height = 0;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    layouts.push_back(pages_->layout(i < cells.size() ? cells[i] : "", columns[i].width - padding,
                                     {size, heading, columns[i].align}));
    height = std::max(height, height_of(layouts.back().get()));
  }
  pages_->make_room(height + 2 * padding);
  begin("TR");
  double x = pages_->margin();
  for (std::size_t i = 0; i < layouts.size(); ++i) {
    begin(cell_tag);
    pages_->draw(layouts[i].get(), x, pages_->y() + padding);
    end(cell_tag);
    x += columns[i].width;
  }
  end("TR");
  pages_->skip(height + 2 * padding);
  // GOV.UK tables: a rule under every row.
  cairo_t* cr = pages_->cr();
  cairo_set_source_rgb(cr, 0.694, 0.706, 0.714);
  cairo_set_line_width(cr, heading ? 1.0 : 0.5);
  cairo_move_to(cr, pages_->margin(), pages_->y());
  cairo_line_to(cr, pages_->margin() + pages_->text_width(), pages_->y());
  cairo_stroke(cr);
}

void DocumentWriter::figure_row(const std::vector<SvgFigure>& figures, double width, double height, double gap,
                                double caption_size) {
  std::vector<Layout> captions;
  double caption_height = 0;
  for (const auto& figure : figures) {
    captions.push_back(pages_->layout(figure.caption, width, {caption_size, true}));
    caption_height = std::max(caption_height, height_of(captions.back().get()));
  }
  pages_->make_room(caption_height + 4 + height + 10);
  for (std::size_t i = 0; i < figures.size(); ++i) {
    double x = pages_->margin() + static_cast<double>(i) * (width + gap);
    begin("Figure");
    pages_->draw(captions[i].get(), x, pages_->y());
    draw_svg(pages_->cr(), figures[i].svg, x, pages_->y() + caption_height + 4, width, height);
    end("Figure");
  }
  pages_->skip(caption_height + 4 + height + 10);
}

void DocumentWriter::skip(double height) { pages_->skip(height); }

void DocumentWriter::new_page() { pages_->new_page(); }

std::string DocumentWriter::finish() {
  pages_->finish();
  return std::move(out_);
}

}  // namespace pathway::documents
