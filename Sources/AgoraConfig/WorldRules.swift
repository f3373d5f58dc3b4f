import AgoraCore
import Foundation

/// The rules across keys that a per-key schema cannot express, applied to a resolved world tree:
/// unique type names, exactly one of `fraction`/`count`, fractions adding up to 1, counts resolved
/// to add up to `population.size`, LLM-driven types needing `llm.endpoints`, activity clips, the graph's
/// `m` below the population size, a circadian profile that is not all zero, a `mix` feed's shares
/// adding up to 1, and a population that fits in memory.
struct WorldRules {
    /// Physical memory the population estimate is compared with.
    let physicalMemoryBytes: UInt64
    /// Everything found.
    private(set) var diagnostics: [ConfigDiagnostic] = []
    /// Folder that a relative `graph.file` resolves against (nil: the current directory).
    let baseDirectory: String?
    /// The edge list of `graph.file`, read once while checking (nil for generated graphs).
    var edgeList: LoadedGraph?
    /// The path `graph.file` resolved to.
    var edgeListPath: String?

    init(physicalMemoryBytes: UInt64, baseDirectory: String? = nil) {
        self.physicalMemoryBytes = physicalMemoryBytes
        self.baseDirectory = baseDirectory
    }

    /// Message for a type with `policy: llm` in a world without `llm.endpoints`.
    static let llmWithoutEndpoints =
        "expected llm.endpoints to list at least one OpenAI-compatible base URL for LLM-driven agents "
        + "(e.g. http://127.0.0.1:8080/v1, see docs/llm-agents.md), found none; add llm.endpoints or use policy: rules"

    /// Estimated bytes of engine state per agent: fixed per-agent state, an interest vector of
    /// `topics` floats and about `m` follow edges of 8 bytes each.
    static func bytesPerAgent(topics: Int, m: Int) -> Double { 300 + 4 * Double(topics) + 8 * Double(m) }

    mutating func report(_ value: ResolvedValue?, fallback: ResolvedValue, _ path: String, _ message: String) {
        let origin = (value?.isWritten ?? false) ? value!.origin : fallback.origin
        diagnostics.append(ConfigDiagnostic(origin: origin, keyPath: path, message: message))
    }

    /// Checks `world` and fills in each type's resolved `count`.
    mutating func check(_ world: inout ResolvedValue) {
        checkGraph(&world)
        checkWeekly(world)
        checkRecommender(world)
        guard var population = world["population"], let size = population["size"]?.integer,
            let topics = population["topics"]?.integer
        else { return }
        let m = edgeList.map { max(1, $0.graph.edgeCount / max(1, $0.nodeCount)) } ?? world["graph"]?["m"]?.integer ?? 10
        var types = population["types"]?.elements ?? []
        checkTypes(types, population: population)
        checkLLM(world, types: types)
        if diagnostics.isEmpty, let counts = resolveCounts(types, size: size, population: population) {
            for position in types.indices {
                guard case var .section(entries) = types[position].content else { continue }
                entries.removeAll { $0.key == "count" }
                let at = (entries.firstIndex { $0.key == "fraction" } ?? 0) + 1
                let written = types[position]["count"]
                entries.insert(
                    ResolvedEntry(
                        key: "count",
                        value: ResolvedValue(content: .integer(counts[position]), origin: written?.origin ?? types[position].origin, isWritten: true)),
                    at: at)
                types[position].content = .section(entries)
            }
            population["types"]?.elements = types
            world["population"] = population
        }
        checkGenerator(world, size: size)
        if let circadian = world["behaviour"]?["circadian"], circadian.elements.allSatisfy({ ($0.number ?? 0) == 0 }) {
            report(circadian, fallback: circadian, "behaviour.circadian", "expected at least one hour with activity above 0, found all zeros")
        }
        let perAgent = Self.bytesPerAgent(topics: topics, m: m)
        let needed = perAgent * Double(size)
        if needed > Double(physicalMemoryBytes) {
            let gib = { (bytes: Double) in String(format: "%.1f GiB", bytes / 1_073_741_824) }
            report(
                population["size"], fallback: population["size"]!, "population.size",
                "a population of \(size) agents needs about \(gib(needed)) of memory (about \(Int(perAgent)) bytes per agent), "
                    + "more than this machine's \(gib(Double(physicalMemoryBytes))) of physical memory; use a smaller population.size")
        }
    }

    /// An LLM-driven type needs somewhere to send its requests; persona ids must be unique.
    private mutating func checkLLM(_ world: ResolvedValue, types: [ResolvedValue]) {
        guard let llm = world["llm"] else { return }
        if let position = types.firstIndex(where: { $0["policy"]?.text == "llm" }), llm["endpoints"]?.elements.isEmpty ?? true {
            report(types[position]["policy"], fallback: types[position], "population.types[\(position)].policy", Self.llmWithoutEndpoints)
        }
        var firstByID: [String: Int] = [:]
        for (position, persona) in (llm["personas"]?.elements ?? []).enumerated() {
            guard let id = persona["id"]?.text else { continue }
            if let earlier = firstByID[id] {
                report(persona["id"], fallback: persona, "llm.personas[\(position)].id",
                       "expected an id not used by another persona, found '\(id)' (also llm.personas[\(earlier)])")
            } else {
                firstByID[id] = position
            }
        }
    }

    private mutating func checkTypes(_ types: [ResolvedValue], population: ResolvedValue) {
        var firstByName: [String: Int] = [:]
        for (position, type) in types.enumerated() {
            let path = "population.types[\(position)]"
            if let name = type["name"]?.text {
                if let earlier = firstByName[name] {
                    report(type["name"], fallback: type, path + ".name", "expected a name not used by another type, found '\(name)' (also population.types[\(earlier)])")
                } else {
                    firstByName[name] = position
                }
            }
            switch (type["fraction"], type["count"]) {
            case (nil, nil): report(type, fallback: type, path, "expected exactly one of fraction or count, found neither")
            case (_?, _?): report(type["count"], fallback: type, path, "expected exactly one of fraction or count, found both")
            default: break
            }
            if let activity = type["activity"], let low = activity["min"]?.number, let high = activity["max"]?.number, low > high {
                report(
                    activity["min"], fallback: activity, path + ".activity.min",
                    "expected a number at most activity.max (\(NumberBounds.format(high))), found \(NumberBounds.format(low))")
            }
        }
    }

    /// Counts per type adding up to `size`: written counts as given, the rest shared among the
    /// fraction types by largest remainder (ties to the earlier type). Nil after a diagnostic.
    private mutating func resolveCounts(_ types: [ResolvedValue], size: Int, population: ResolvedValue) -> [Int]? {
        let typesValue = population["types"]!
        let fixed = types.reduce(0) { $0 + ($1["count"]?.integer ?? 0) }
        let fractions = types.map { $0["fraction"]?.number }
        let fractionSum = fractions.reduce(0) { $0 + ($1 ?? 0) }
        let usesFractions = fractions.contains { $0 != nil }
        if !usesFractions {
            guard fixed == size else {
                report(
                    typesValue, fallback: population["size"]!, "population.types",
                    "expected counts adding up to population.size (\(size)), found \(fixed); change size, the counts, or give a type a fraction")
                return nil
            }
            return types.map { $0["count"]?.integer ?? 0 }
        }
        guard abs(fractionSum - 1) <= 1e-6 else {
            report(typesValue, fallback: typesValue, "population.types", "expected fractions adding up to 1, found \(Self.format(fractionSum))")
            return nil
        }
        guard fixed <= size else {
            report(
                typesValue, fallback: population["size"]!, "population.types",
                "expected counts adding up to at most population.size (\(size)), found \(fixed)")
            return nil
        }
        let remaining = size - fixed
        var counts = types.map { $0["count"]?.integer ?? 0 }
        var remainders: [(position: Int, remainder: Double)] = []
        var assigned = 0
        for (position, fraction) in fractions.enumerated() {
            guard let fraction else { continue }
            let quota = fraction / fractionSum * Double(remaining)
            let whole = Int(quota.rounded(.down))
            counts[position] = whole
            assigned += whole
            remainders.append((position, quota - Double(whole)))
        }
        // Stable sort: equal remainders keep type order.
        let order = remainders.enumerated().sorted {
            $0.element.remainder != $1.element.remainder ? $0.element.remainder > $1.element.remainder : $0.offset < $1.offset
        }
        var leftover = remaining - assigned
        var cursor = 0
        while leftover > 0, !order.isEmpty {
            counts[order[cursor % order.count].element.position] += 1
            leftover -= 1
            cursor += 1
        }
        return counts
    }

    /// Up to 9 significant digits, without noise like 0.8999999999999999.
    static func format(_ value: Double) -> String {
        var text = String(format: "%.9g", value)
        if text.contains("."), !text.contains("e") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}

/// The behaviour section's rule across entries: a weekly profile that is not all zero.
extension WorldRules {
    /// Reports a `behaviour.weekly` profile of seven zeros.
    mutating func checkWeekly(_ world: ResolvedValue) {
        if let weekly = world["behaviour"]?["weekly"], weekly.elements.allSatisfy({ ($0.number ?? 0) == 0 }) {
            report(weekly, fallback: weekly, "behaviour.weekly", "expected at least one day with activity above 0, found all zeros")
        }
    }
}

/// The `recommender` section's rule across keys that the per-key schema cannot state: the shares
/// of a `mix` feed's sources add up to 1 (within 0.001). The schema already bounds each key, keeps
/// `mix` and `reference` out of the sources and requires 1–16 of them; the recommenders are then
/// built from the resolved config without checking it again.
extension WorldRules {
    /// Checks `recommender.mix` when `recommender.kind` is `mix`.
    mutating func checkRecommender(_ world: ResolvedValue) {
        guard let recommender = world["recommender"], recommender["kind"]?.text == FeedKind.mix.rawValue,
              let mix = recommender["mix"] else { return }
        let sum = mix.elements.reduce(0.0) { $0 + ($1["fraction"]?.number ?? 0) }
        guard !mix.elements.isEmpty, abs(sum - 1) > 0.001 else { return }
        report(mix, fallback: recommender, "recommender.mix",
               "expected source fractions adding up to 1 (±0.001), found \(Self.format(sum)); adjust them so they sum to 1")
    }
}
