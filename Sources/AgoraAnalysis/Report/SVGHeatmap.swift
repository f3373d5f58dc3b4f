import AgoraCore
import Foundation

/// The heat map of the chart toolkit (beside `SVGChart`), drawn as inline SVG: rows × columns of
/// cells shaded from white (0) to dark blue (1), each with its tooltip and, in cells large enough,
/// its text; rows labelled on the left (thinned out when there are many), columns below (every
/// k-th of many) and a caption under them. Used for the retention cohort table of a run report
/// and for a metric over two sweep axes. Cells carry `class="mark"`, counted in `data-marks`;
/// every text is escaped.
struct SVGHeatmap {
    /// One cell: its shade in [0, 1] (clamped when drawn), the text written in it and its tooltip.
    struct Cell {
        var shade: Double
        var text: String
        var tooltip: String
    }

    var title: String
    var rowLabels: [String]
    var columnLabels: [String]
    /// Cells by row, then column; a row may be shorter than `columnLabels`, and a nil cell (no
    /// data) is drawn light grey.
    var cells: [[Cell?]]
    /// The caption under the columns (what a row and a column are, what a cell's shade means).
    var caption: String
    /// The widest a cell gets (cells share the plot's width up to this).
    var maxCellWidth = 40.0
    /// The tallest a row gets (rows share about 360 px up to this, at least 8 px each).
    var maxRowHeight = 24.0
    /// What an empty heat map says instead of drawing.
    var emptyText = "No data in this trace."

    func render() -> String {
        let escapedTitle = TextEscaping.html(title)
        guard !cells.isEmpty else {
            return "<figure class=\"chart empty\"><figcaption>\(escapedTitle)</figcaption><p>\(TextEscaping.html(emptyText))</p></figure>"
        }
        let rows = cells.count
        let columns = columnLabels.count
        let left = 90.0, top = 34.0, bottom = 44.0, right = 20.0
        let width = 640.0
        let cell = min(maxCellWidth, (width - left - right) / Double(max(1, columns)))
        let rowHeight = min(maxRowHeight, max(8, 360 / Double(rows)))
        let height = top + rowHeight * Double(rows) + bottom
        var body = ""
        var marks = 0
        for (r, row) in cells.enumerated() {
            let y = top + Double(r) * rowHeight
            if rows <= 40 || r % max(1, rows / 20) == 0, r < rowLabels.count {
                body += "<text x=\"\(f(left - 6))\" y=\"\(f(y + rowHeight / 2 + 4))\" text-anchor=\"end\">\(TextEscaping.html(rowLabels[r]))</text>"
            }
            for (k, value) in row.enumerated() {
                let x = left + Double(k) * cell
                guard let value else {
                    body += "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(cell))\" height=\"\(f(rowHeight))\" fill=\"#eeeeee\"/>"
                    continue
                }
                let shade = Int((1 - max(0, min(1, value.shade))) * 255)
                let fill = String(format: "#%02x%02x%02x", shade * 8 / 10, shade * 9 / 10, 255 - (255 - shade) / 3)
                body += "<rect class=\"mark\" x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(cell))\" height=\"\(f(rowHeight))\" fill=\"\(fill)\"><title>\(TextEscaping.html(value.tooltip))</title></rect>"
                marks += 1
                if cell >= 28, rowHeight >= 14 {
                    let color = value.shade > 0.5 ? "#ffffff" : "#000000"
                    body += "<text x=\"\(f(x + cell / 2))\" y=\"\(f(y + rowHeight / 2 + 4))\" text-anchor=\"middle\" fill=\"\(color)\" font-size=\"9\">\(TextEscaping.html(value.text))</text>"
                }
            }
        }
        let step = max(1, columns / 15)
        for k in stride(from: 0, to: columns, by: step) {
            body += "<text x=\"\(f(left + (Double(k) + 0.5) * cell))\" y=\"\(f(top + rowHeight * Double(rows) + 14))\" text-anchor=\"middle\">\(TextEscaping.html(columnLabels[k]))</text>"
        }
        body += "<text x=\"\(f(left + cell * Double(columns) / 2))\" y=\"\(f(height - 8))\" text-anchor=\"middle\" class=\"axis\">\(TextEscaping.html(caption))</text>"
        return """
        <figure class="chart"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Int(width)) \(Int(height))" width="\(Int(width))" height="\(Int(height))" role="img" aria-label="\(escapedTitle)" data-marks="\(marks)"><title>\(escapedTitle)</title><text x="\(f(width / 2))" y="20" text-anchor="middle" class="title">\(escapedTitle)</text>\(body)</svg></figure>
        """
    }

    private func f(_ v: Double) -> String { String(format: "%.1f", v) }
}
