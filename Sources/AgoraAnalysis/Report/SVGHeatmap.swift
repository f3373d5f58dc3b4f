import AgoraCore
import Foundation

/// The retention cohort table as an SVG heat map: one row per join day, one column per day since
/// joining, the cell's shade the share of the cohort active that day (white 0 → dark blue 1),
/// with its percentage written in cells large enough. Cells carry `class="mark"`.
enum SVGHeatmap {
    static func render(title: String, rows: [CohortRow]) -> String {
        let escapedTitle = TextEscaping.html(title)
        guard !rows.isEmpty else {
            return "<figure class=\"chart empty\"><figcaption>\(escapedTitle)</figcaption><p>No data in this trace.</p></figure>"
        }
        let columns = rows.map(\.retained.count).max() ?? 0
        let left = 90.0, top = 34.0, bottom = 44.0, right = 20.0
        let width = 640.0
        let cell = min(40, (width - left - right) / Double(max(1, columns)))
        let rowHeight = min(24, max(8, 360 / Double(rows.count)))
        let height = top + rowHeight * Double(rows.count) + bottom
        var body = ""
        var marks = 0
        for (r, row) in rows.enumerated() {
            let y = top + Double(r) * rowHeight
            if rows.count <= 40 || r % max(1, rows.count / 20) == 0 {
                body += "<text x=\"\(f(left - 6))\" y=\"\(f(y + rowHeight / 2 + 4))\" text-anchor=\"end\">day \(row.joinDay) (\(row.agents))</text>"
            }
            for (k, share) in row.retained.enumerated() {
                let x = left + Double(k) * cell
                let shade = Int((1 - max(0, min(1, share))) * 255)
                let fill = String(format: "#%02x%02x%02x", shade * 8 / 10, shade * 9 / 10, 255 - (255 - shade) / 3)
                body += "<rect class=\"mark\" x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(cell))\" height=\"\(f(rowHeight))\" fill=\"\(fill)\"><title>join day \(row.joinDay), day +\(k): \(String(format: "%.1f", share * 100))%</title></rect>"
                marks += 1
                if cell >= 28, rowHeight >= 14 {
                    let color = share > 0.5 ? "#ffffff" : "#000000"
                    body += "<text x=\"\(f(x + cell / 2))\" y=\"\(f(y + rowHeight / 2 + 4))\" text-anchor=\"middle\" fill=\"\(color)\" font-size=\"9\">\(Int((share * 100).rounded()))</text>"
                }
            }
        }
        let step = max(1, columns / 15)
        for k in stride(from: 0, to: columns, by: step) {
            body += "<text x=\"\(f(left + (Double(k) + 0.5) * cell))\" y=\"\(f(top + rowHeight * Double(rows.count) + 14))\" text-anchor=\"middle\">\(k)</text>"
        }
        return """
        <figure class="chart"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Int(width)) \(Int(height))" width="\(Int(width))" height="\(Int(height))" role="img" aria-label="\(escapedTitle)" data-marks="\(marks)"><title>\(escapedTitle)</title><text x="\(f(width / 2))" y="20" text-anchor="middle" class="title">\(escapedTitle)</text>\(body)<text x="\(f(left + cell * Double(columns) / 2))" y="\(f(height - 8))" text-anchor="middle" class="axis">days since joining (cell: % of the cohort active that day)</text></svg></figure>
        """
    }

    private static func f(_ v: Double) -> String { String(format: "%.1f", v) }
}
