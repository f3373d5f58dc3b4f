extension EdgeListLoader {
    /// Reads arbitrary tokens as node ids (`--string-ids`) and maps them densely in order of
    /// first appearance. Tokens are compared byte for byte: `01` and `1` are different nodes.
    enum StringIDReader {
        /// Parses every edge line of `bytes`.
        static func read(_ bytes: UnsafeRawBufferPointer, sourceName: String) throws(GraphLoadError) -> MappedEdgeLines {
            var scanner = LineScanner(bytes: bytes, sourceName: sourceName)
            var mapped = MappedEdgeLines()
            var agents: [String: UInt32] = [:]
            while let tokens = try scanner.nextEdge() {
                if scanner.sameToken(tokens.first, tokens.second) { mapped.selfLoops += 1; continue }
                let u = try agent(for: scanner.text(tokens.first), in: &agents, mapped: &mapped, sourceName: sourceName)
                let v = try agent(for: scanner.text(tokens.second), in: &agents, mapped: &mapped, sourceName: sourceName)
                mapped.sources.append(u)
                mapped.targets.append(v)
            }
            return mapped
        }

        /// The dense id of `token`, creating it on first appearance.
        static func agent(
            for token: String, in agents: inout [String: UInt32], mapped: inout MappedEdgeLines, sourceName: String
        ) throws(GraphLoadError) -> UInt32 {
            if let agent = agents[token] { return agent }
            guard mapped.originalIDs.count < Int(UInt32.max) else { throw .tooManyNodes(path: sourceName) }
            let agent = UInt32(mapped.originalIDs.count)
            agents[token] = agent
            mapped.originalIDs.append(token)
            return agent
        }
    }
}
