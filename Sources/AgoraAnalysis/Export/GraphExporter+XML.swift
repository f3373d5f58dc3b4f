import AgoraCore

extension GraphExporter {
    /// A node attribute column of the XML formats, in the fixed export order.
    enum NodeColumn: CaseIterable {
        case agent, community, activity, inDegree, outDegree

        /// The attribute name in the file.
        var name: String {
            switch self {
            case .agent: "agent"
            case .community: "community"
            case .activity: "activity"
            case .inDegree: "in_degree"
            case .outDegree: "out_degree"
            }
        }

        /// The attribute type, spelled the same in GraphML and GEXF 1.3.
        var type: String { self == .activity ? "double" : "long" }

        /// The columns present for these attributes.
        static func present(in attributes: GraphExportAttributes) -> [NodeColumn] {
            allCases.filter { column in
                switch column {
                case .agent: attributes.originalIDs != nil
                case .community: attributes.community != nil
                case .activity: attributes.activity != nil
                case .inDegree, .outDegree: true
                }
            }
        }
    }

    /// Writes the value of `column` for `node`.
    static func writeValue(
        _ column: NodeColumn, node: Int, graph: FollowGraph, attributes: GraphExportAttributes, into writer: inout GraphExportFileWriter
    ) throws(GraphExportError) {
        switch column {
        case .agent: try writer.writeDecimal(UInt64(node))
        case .community: try writer.writeDecimal(UInt64(attributes.community?[node] ?? 0))
        case .activity: try writer.write(xmlDouble(attributes.activity?[node] ?? 0))
        case .inDegree: try writer.writeDecimal(UInt64(graph.followerCounts[node]))
        case .outDegree: try writer.writeDecimal(UInt64(graph.followees[node].count))
        }
    }

    /// Writes the id of `node`: its original id (escaped) or its agent index.
    static func writeNodeID(_ node: Int, attributes: GraphExportAttributes, into writer: inout GraphExportFileWriter) throws(GraphExportError) {
        if let ids = attributes.originalIDs {
            try writer.write(TextEscaping.xml(ids[node]))
        } else {
            try writer.writeDecimal(UInt64(node))
        }
    }

    /// GraphML with one `<key>` per column (ids equal to the column names) and a directed graph.
    static func writeGraphML(graph: FollowGraph, attributes: GraphExportAttributes, into writer: inout GraphExportFileWriter) throws(GraphExportError) {
        let columns = NodeColumn.present(in: attributes)
        try writer.write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """)
        for column in columns {
            try writer.write("  <key id=\"\(column.name)\" for=\"node\" attr.name=\"\(column.name)\" attr.type=\"\(column.type)\"/>\n")
        }
        try writer.write("  <graph id=\"follows\" edgedefault=\"directed\">\n")
        for node in 0..<graph.nodeCount {
            try writer.write("    <node id=\"")
            try writeNodeID(node, attributes: attributes, into: &writer)
            try writer.write("\">")
            for column in columns {
                try writer.write("<data key=\"\(column.name)\">")
                try writeValue(column, node: node, graph: graph, attributes: attributes, into: &writer)
                try writer.write("</data>")
            }
            try writer.write("</node>\n")
        }
        for (follower, list) in graph.followees.enumerated() {
            for followee in list {
                try writer.write("    <edge source=\"")
                try writeNodeID(follower, attributes: attributes, into: &writer)
                try writer.write("\" target=\"")
                try writeNodeID(Int(followee), attributes: attributes, into: &writer)
                try writer.write("\"/>\n")
            }
        }
        try writer.write("  </graph>\n</graphml>\n")
    }

    /// GEXF 1.3 with static node attributes (ids `0…` in column order), labels equal to node ids,
    /// and numbered directed edges. No `lastmodifieddate`, so the bytes depend on the graph only.
    static func writeGEXF(graph: FollowGraph, attributes: GraphExportAttributes, into writer: inout GraphExportFileWriter) throws(GraphExportError) {
        let columns = NodeColumn.present(in: attributes)
        try writer.write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta>
                <creator>Agora</creator>
                <description>follow graph: an edge source → target means source follows target</description>
              </meta>
              <graph mode="static" defaultedgetype="directed">
                <attributes class="node" mode="static">

            """)
        for (index, column) in columns.enumerated() {
            try writer.write("      <attribute id=\"\(index)\" title=\"\(column.name)\" type=\"\(column.type)\"/>\n")
        }
        try writer.write("    </attributes>\n    <nodes>\n")
        for node in 0..<graph.nodeCount {
            try writer.write("      <node id=\"")
            try writeNodeID(node, attributes: attributes, into: &writer)
            try writer.write("\" label=\"")
            try writeNodeID(node, attributes: attributes, into: &writer)
            try writer.write("\"><attvalues>")
            for (index, column) in columns.enumerated() {
                try writer.write("<attvalue for=\"\(index)\" value=\"")
                try writeValue(column, node: node, graph: graph, attributes: attributes, into: &writer)
                try writer.write("\"/>")
            }
            try writer.write("</attvalues></node>\n")
        }
        try writer.write("    </nodes>\n    <edges>\n")
        var edgeID: UInt64 = 0
        for (follower, list) in graph.followees.enumerated() {
            for followee in list {
                try writer.write("      <edge id=\"")
                try writer.writeDecimal(edgeID)
                try writer.write("\" source=\"")
                try writeNodeID(follower, attributes: attributes, into: &writer)
                try writer.write("\" target=\"")
                try writeNodeID(Int(followee), attributes: attributes, into: &writer)
                try writer.write("\"/>\n")
                edgeID += 1
            }
        }
        try writer.write("    </edges>\n  </graph>\n</gexf>\n")
    }

    /// `value` in the xsd:double lexical form: shortest round-trip digits, `INF`, `-INF`, `NaN`.
    static func xmlDouble(_ value: Float) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-INF" : "INF" }
        return value.description
    }
}
