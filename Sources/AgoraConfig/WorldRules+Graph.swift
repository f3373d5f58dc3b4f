import AgoraCore
import Foundation

/// The `graph` section's rules: a generator (`kind`) or an edge list (`file`), never both; only
/// the parameters of the chosen kind, with its defaults filled in; generator parameters checked
/// against the population size; an edge list read once, its node count becoming the population
/// size unless `population.size` is written.
extension WorldRules {
    /// Checks and completes `graph`; reads the edge list into `edgeList`. Runs before the type
    /// counts are resolved, because an edge list can set `population.size`.
    mutating func checkGraph(_ world: inout ResolvedValue) {
        guard var graph = world["graph"], case .section = graph.content else { return }
        if let file = graph["file"] {
            if let kind = graph["kind"] {
                report(kind, fallback: graph, "graph.kind",
                       "expected either kind or file, found both; remove graph.kind to load the edge list, or graph.file to generate a graph")
                return
            }
            checkOnly(allowed: ["file"] + Self.fileParameterNames, in: graph, what: "an edge-list graph (graph.file)")
            fill(Self.fileDefaults, into: &graph)
            world["graph"] = Self.inSchemaOrder(graph)
            loadEdgeList(file, graph: graph, world: &world)
            return
        }
        let kind = graph["kind"]?.text ?? "barabasi_albert"
        if graph["kind"] == nil {
            graph["kind"] = ResolvedValue(content: .text(kind), origin: graph.origin, isWritten: false)
        }
        guard let parameters = ConfigSchema.graphParametersByKind.first(where: { $0.kind == kind })?.parameters else { return }
        checkOnly(allowed: ["kind"] + parameters.map(\.name), in: graph, what: "graph.kind \(kind)")
        for (name, rule) in parameters where graph[name] == nil {
            switch rule {
            case .required:
                report(graph, fallback: graph, "graph.\(name)", "graph.kind \(kind) needs \(name); add graph.\(name) (see docs/graph-generators.md)")
            case .oneOfBlocks:
                if graph["blocks"] == nil, graph["block_sizes"] == nil, name == "blocks" {
                    report(graph, fallback: graph, "graph.blocks",
                           "graph.kind stochastic_block needs exactly one of blocks or block_sizes, found neither")
                }
            default: break
            }
        }
        if kind == "stochastic_block", let sizes = graph["block_sizes"] {
            if graph["blocks"] != nil {
                report(sizes, fallback: graph, "graph.block_sizes", "expected exactly one of blocks or block_sizes, found both")
            }
        }
        fill(parameters.map { ($0.name, $0.defaultValue) }, into: &graph)
        world["graph"] = Self.inSchemaOrder(graph)
    }

    /// Checks the generator's parameters against the (resolved) population size.
    mutating func checkGenerator(_ world: ResolvedValue, size: Int) {
        guard let graph = world["graph"], graph["file"] == nil, let population = world["population"],
            let config = try? JSONDecoder().decode(GraphConfig.self, from: Data(graph.json.utf8)),
            let generator = config.generator()
        else { return }
        do {
            try generator.validate(nodeCount: size)
        } catch {
            let parameter = error.parameter.split(separator: "[").first.map(String.init) ?? error.parameter
            let value = graph[parameter]
            if parameter == "m", let m = value?.integer {
                report(value, fallback: population["size"]!, "graph.m", "expected a whole number less than population.size (\(size)), found \(m)")
            } else {
                report(value, fallback: population["size"] ?? graph, "graph.\(error.parameter)",
                       "expected \(error.expected), found \(error.value) (population.size \(size)); \(error.suggestion)")
            }
        }
    }

    static var fileParameterNames: [String] { ConfigSchema.graphFileParameters.map(\.name) }
    static var fileDefaults: [(String, GraphParameterDefault)] { ConfigSchema.graphFileParameters.map { ($0.name, $0.defaultValue) } }

    /// Reports every written key of `graph` outside `allowed`, suggesting the kinds that take it.
    private mutating func checkOnly(allowed: [String], in graph: ResolvedValue, what: String) {
        guard case let .section(entries) = graph.content else { return }
        for entry in entries where !allowed.contains(entry.key) {
            var takers = ConfigSchema.graphParametersByKind.filter { $0.parameters.contains { $0.name == entry.key } }.map(\.kind)
            if Self.fileParameterNames.contains(entry.key) { takers.append("file") }
            let hint = takers.isEmpty ? "" : " (\(entry.key) belongs to \(takers.joined(separator: ", ")))"
            report(entry.value, fallback: graph, "graph.\(entry.key)",
                   "\(what) does not take \(entry.key)\(hint); remove it or change the graph")
        }
    }

    /// Adds the default of every parameter the file left out.
    private func fill(_ parameters: [(String, GraphParameterDefault)], into graph: inout ResolvedValue) {
        for (name, rule) in parameters where graph[name] == nil {
            let content: ResolvedValue.Content
            switch rule {
            case let .integer(value): content = .integer(value)
            case let .number(value): content = .number(value)
            case let .boolean(value): content = .boolean(value)
            case .required, .absent, .oneOfBlocks: continue
            }
            graph[name] = ResolvedValue(content: content, origin: graph.origin, isWritten: false)
        }
    }

    /// The section's entries sorted like the schema's keys.
    static func inSchemaOrder(_ graph: ResolvedValue) -> ResolvedValue {
        guard case let .section(entries) = graph.content else { return graph }
        let order = ConfigSchema.graphKeys.map(\.name)
        var sorted = graph
        sorted.content = .section(entries.sorted { (order.firstIndex(of: $0.key) ?? 99) < (order.firstIndex(of: $1.key) ?? 99) })
        return sorted
    }

    /// Reads the edge list of `graph.file` (relative to `baseDirectory`) and sets or checks
    /// `population.size` against its node count.
    private mutating func loadEdgeList(_ file: ResolvedValue, graph: ResolvedValue, world: inout ResolvedValue) {
        guard let written = file.text, var population = world["population"], let sizeValue = population["size"] else { return }
        let path = Self.resolve(written, against: baseDirectory)
        guard FileManager.default.fileExists(atPath: path) else {
            report(file, fallback: graph, "graph.file",
                   "no such edge-list file '\(path)' (relative paths resolve against the world file's folder)")
            return
        }
        let loaded: LoadedGraph
        do {
            loaded = try EdgeListLoader.load(path: path, directed: graph["directed"]?.boolean ?? false,
                                             stringIDs: graph["string_ids"]?.boolean ?? false)
        } catch {
            report(file, fallback: graph, "graph.file", "cannot load the edge list: \(error.description)")
            return
        }
        edgeList = loaded
        edgeListPath = path
        if sizeValue.isWritten {
            if let size = sizeValue.integer, size < loaded.nodeCount {
                report(sizeValue, fallback: sizeValue, "population.size",
                       "expected at least the edge list's \(loaded.nodeCount) nodes, found \(size); leave population.size out to use the node count")
            }
        } else {
            population["size"] = ResolvedValue(content: .integer(loaded.nodeCount), origin: sizeValue.origin, isWritten: false)
            world["population"] = population
        }
    }

    /// `path` itself when absolute, else joined to `base` (the current directory when nil).
    static func resolve(_ path: String, against base: String?) -> String {
        if path.hasPrefix("/") { return path }
        let folder = base ?? FileManager.default.currentDirectoryPath
        return folder.isEmpty ? path : (folder as NSString).appendingPathComponent(path)
    }
}
