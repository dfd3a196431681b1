#pragma once
// The board report as a PDF (docs/decisions/0021-pdf-library.md): cairo's PDF surface with
// pango for the text, so every word is real, selectable, searchable text; the charts are the
// pages' own SVG (performance/svg_chart.h) drawn by librsvg as vectors. Tagged: headings,
// paragraphs and tables are marked as such, sections are bookmarked, and the title is set.
#include <functional>
#include <string>

#include "performance/board_report_model.h"

namespace pathway::performance {

// Called after each section is drawn with how many are done and how many there are.
using ReportProgress = std::function<void(std::size_t done, std::size_t total)>;

// The whole PDF file. Throws std::runtime_error if cairo cannot write it.
std::string board_report_pdf(const BoardReport& report, const ReportProgress& progress = {});

}  // namespace pathway::performance
