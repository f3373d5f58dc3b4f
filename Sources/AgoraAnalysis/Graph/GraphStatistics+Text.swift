import Foundation

/// The human-readable rendering of the statistics (`agora graph stats --format text`).
extension GraphStatistics {
    /// Aligned `name  value` lines, in the order of the JSON keys.
    public func renderText() -> String {
        var lines: [(String, String)] = [
            ("graph", directed ? "directed (u → v: u follows v)" : "undirected"),
            ("nodes", "\(nodes)"),
            ("edges", "\(edges)"),
            ("density", Self.format(density)),
            ("triangles", "\(triangles)"),
            ("average clustering", Self.format(averageClustering)),
            ("transitivity", Self.format(transitivity)),
            ("degree gini", "\(Self.format(degreeGini)) (\(directed ? "in-degree" : "degree"))"),
            ("k-core max", "\(kcoreMax)"),
            ("assortativity", assortativity.map(Self.format) ?? "undefined (zero degree variance)"),
        ]
        if directed {
            lines.append(("reciprocity", reciprocity.map(Self.format) ?? "undefined"))
            lines.append(("weak components", weakComponents.map(String.init) ?? "-"))
            lines.append(("strong components", strongComponents.map(String.init) ?? "-"))
            lines.append(("largest scc", largestSCC.map(String.init) ?? "-"))
        } else {
            lines.append(("components", components.map(String.init) ?? "-"))
        }
        if let powerlaw {
            lines.append((
                "power law (\(powerlawDegree))",
                "alpha \(Self.format(powerlaw.alpha)), xmin \(powerlaw.xmin), ks \(Self.format(powerlaw.ks)), tail \(powerlaw.tailSize)"
            ))
        } else {
            lines.append(("power law (\(powerlawDegree))", "not fitted (fewer than \(PowerLawFit.minimumTail) values in every tail)"))
        }
        let exact = distances.sources >= nodes ? "exact, all \(distances.sources) sources" : "\(distances.sources) sampled sources, seed \(distances.seed)"
        lines.append(("diameter estimate", "\(distances.diameterEstimate) (\(exact))"))
        lines.append(("effective diameter 90%", Self.format(distances.effectiveDiameter90)))
        if let paradox = undirectedParadox {
            lines.append(("mean degree", Self.format(paradox.meanDegree)))
            lines.append(("mean neighbour degree", "\(Self.optional(paradox.meanNeighborDegreeOverEdges)) over edges, \(Self.optional(paradox.meanNeighborDegreeOverNodes)) over nodes"))
            lines.append(("friendship paradox", "weak \(Self.optional(paradox.weakFraction)), strong \(Self.optional(paradox.strongFraction))"))
        }
        if let paradox = directedParadox {
            for (set, byAttribute) in [("followees", paradox.followees), ("followers", paradox.followers)] {
                for (attribute, fractions) in [("followers", byAttribute.followers), ("followees", byAttribute.followees)] {
                    lines.append((
                        "paradox \(set).\(attribute)",
                        "weak \(Self.optional(fractions.weakFraction)), strong \(Self.optional(fractions.strongFraction)) of \(fractions.users) users"
                    ))
                }
            }
        }
        let width = lines.map(\.0.count).max() ?? 0
        var text = lines.map { name, value in name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + value }
        text.append("pagerank top \(pagerankTop.count):")
        for (rank, node) in pagerankTop.enumerated() {
            text.append("  \(rank + 1). \(node.id)  \(Self.format(node.score))")
        }
        return text.joined(separator: "\n") + "\n"
    }

    /// Six significant digits.
    static func format(_ value: Double) -> String { String(format: "%.6g", value) }

    /// Six significant digits, or "undefined".
    static func optional(_ value: Double?) -> String { value.map(format) ?? "undefined" }
}
