/// The frame of the sweep and comparison pages: one self-contained HTML document (inline CSS,
/// no scripts, nothing fetched) around a body of headings, tables and `SVGChart`/`SVGHeatmap`
/// figures, with the chart toolkit's stylesheet rules.
enum StatisticsPage {
    /// The page titled `title` (already escaped) around `body` (already HTML).
    static func document(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>\(title)</title>
        <style>
        body { font-family: sans-serif; margin: 2em; color: #222; }
        table { border-collapse: collapse; margin: 1em 0 2em; }
        th, td { border: 1px solid #ccc; padding: 3px 8px; text-align: right; font-size: 13px; }
        th { background: #f3f3f3; }
        .charts { display: flex; flex-wrap: wrap; gap: 16px; margin: 0.5em 0; }
        \(SVGChart.css)
        </style></head><body>
        \(body)</body></html>

        """
    }
}
