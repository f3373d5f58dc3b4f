import Testing

@testable import AgoraAnalysis

/// The chart toolkit's error bars, categorical axes and data-fitted y axes.
@Suite struct SVGChartTests {
    @Test func errorBarsDrawAPointAndAWhiskerPerInterval() {
        var chart = SVGChart(title: "t", xLabel: "x", yLabel: "y")
        chart.series = [.init(name: "s", points: [(1, 5), (2, 7), (3, 6)], style: .errorBars, intervals: [4...6, nil])]
        let svg = chart.render()
        #expect(svg.contains("data-marks=\"4\""), "three points and one interval")
        #expect(svg.contains("<title>1: 5 [4, 6]</title>") && svg.contains("<title>3: 6</title>"))
    }

    @Test func categoriesLabelTheirTicksEscaped() {
        var chart = SVGChart(title: "t", xLabel: "x", yLabel: "y", xCategories: ["<b>", "c"])
        chart.series = [.init(name: "s", points: [(0, 1), (1, 2)], style: .errorBars)]
        let svg = chart.render()
        #expect(svg.contains(">&lt;b&gt;</text>") && !svg.contains("<b>"))
    }

    @Test func aFittedYAxisNeedNotReachZero() {
        var chart = SVGChart(title: "t", xLabel: "x", yLabel: "y", yIncludesZero: false)
        chart.series = [.init(name: "s", points: [(0, 1000), (1, 1010)], style: .points)]
        #expect(!chart.render().contains("text-anchor=\"end\">0</text>"))
        chart.yIncludesZero = true
        #expect(chart.render().contains("text-anchor=\"end\">0</text>"))
    }

    @Test func anEmptyChartSaysSo() {
        let chart = SVGChart(title: "t", xLabel: "x", yLabel: "y", emptyText: "nothing <here>")
        #expect(chart.render().contains("<p>nothing &lt;here&gt;</p>"))
    }
}
