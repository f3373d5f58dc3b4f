/// The file formats a follow graph can be exported to (`agora graph export RUN --format …`).
public enum GraphExportFormat: String, Sendable, CaseIterable, Codable {
    /// One `follower followee` line per edge after `#` comment lines, as read back by the
    /// edge-list loader (directed). Carries no node attributes and no isolated nodes.
    case edgelist
    /// GraphML (graphml.graphdrawing.org), read by networkx, igraph, Gephi, Cytoscape.
    case graphml
    /// GEXF 1.3 (gexf.net), Gephi's native format.
    case gexf

    /// The usual file extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .edgelist: "edges"
        case .graphml: "graphml"
        case .gexf: "gexf"
        }
    }
}
