import AgoraCore
import Foundation
import Testing
@testable import AgoraAnalysis

/// The registry is consistent (one declaration per name, families that share a definition and
/// match their pattern), declares every number the final graph's statistics have, and a trace's
/// stored metrics are exactly the declared ones of the passes that read it.
@Suite struct MetricCatalogTests {
    @Test func everyNameIsDeclaredOnce() {
        let names = MetricCatalog.definitions.map(\.name)
        let repeated = Dictionary(grouping: names, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(repeated.isEmpty, "declared more than once: \(repeated)")
        #expect(names.count > 150)
    }

    @Test func familyMembersShareTheirDefinitionAndMatchTheirPattern() throws {
        for section in MetricCatalog.sections {
            for case .family(let family) in section.rows {
                let first = family.representative
                let pattern = "^" + family.pattern.replacingOccurrences(of: ".", with: "\\.")
                    .replacingOccurrences(of: #"<[a-zA-Z]+>"#, with: "[a-z0-9_]+", options: .regularExpression) + "$"
                let regex = try Regex(pattern)
                #expect(!family.members.isEmpty, "\(family.pattern)")
                for member in family.members {
                    #expect(member.name.wholeMatch(of: regex) != nil, "\(member.name) does not match \(family.pattern)")
                    #expect(member.unit == first.unit && member.pass == first.pass && member.storage == first.storage
                            && member.presence == first.presence && member.definition == first.definition, "\(member.name)")
                }
            }
        }
    }

    @Test func scalarAndSeriesNamesFollowTheDeclaredStorage() {
        #expect(MetricCatalog.scalarNames == MetricCatalog.scalarNames.sorted())
        #expect(MetricCatalog.scalarNames.contains("exposure.gini") && MetricCatalog.seriesNames.contains("exposure.gini"))
        #expect(MetricCatalog.scalarNames.contains("graph.final.friendship_paradox.followees.followers.weak_fraction"))
        #expect(MetricCatalog.scalarNames.contains("llm.decisions.fallback_share"))
        #expect(!MetricCatalog.scalarNames.contains("activity.dau") && MetricCatalog.seriesNames.contains("activity.dau"))
        #expect(!MetricCatalog.seriesNames.contains("polarization.echo_chamber.seen_correlation"))
    }

    @Test func reportSummariesComeFromTheDeclarations() {
        #expect(MetricCatalog.summary(of: "events.like") == "number of `like` events in the trace")
        #expect(MetricCatalog.summary(of: "retention.d7").hasPrefix("classic 7-day retention"))
        #expect(MetricCatalog.summary(of: "friendship_paradox.followers.posts.strong_fraction")
                == "share of agents with at least one of their followers whose original posts written so far is below "
                + "the median over their followers")
        #expect(MetricCatalog.summary(of: "no.such_metric") == "see docs/metrics.md")
        #expect(MetricCatalog.definition(named: "activity.sessions") == .activitySessions)
    }

    /// 24 agents on a ring with chords and some mutual follows: connected, with triangles,
    /// reciprocity, degree variance and cycles, so every statistic is defined.
    static func graphWithEveryStatisticDefined() -> FollowGraph {
        let n = 24
        var graph = FollowGraph(nodeCount: n)
        for i in 0..<n {
            for step in [1, 2, 5] where (i * step) % 3 != 2 { _ = graph.follow(AgentID(i), AgentID((i + step) % n)) }
            if i % 4 == 0 { _ = graph.follow(AgentID((i + 1) % n), AgentID(i)) }
            if i % 6 == 0 { _ = graph.follow(AgentID(i), AgentID(0)) }
        }
        return graph
    }

    /// Every number in the JSON form of `agora graph stats --directed` (but the direction flag and
    /// the sample seed) is a declared `graph.final.*` metric, and on a graph where all are defined
    /// all are stored.
    @Test func theFinalGraphMetricsAreEveryNumberOfTheDirectedStatistics() throws {
        let statistics = GraphStatistics.compute(graph: Self.graphWithEveryStatisticDefined(), directed: true, seed: 1,
                                                 sampleSize: 8)
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(statistics)) as? [String: Any])
        var numbers: [String] = []
        func collect(_ object: [String: Any], _ prefix: String) {
            for (key, value) in object where key != "directed" && key != "seed" {
                if let nested = value as? [String: Any] {
                    collect(nested, prefix + "." + key)
                } else if value is NSNumber {
                    numbers.append(prefix + "." + key)
                }
            }
        }
        collect(object, "graph.final")
        let declared = MetricCatalog.definitions(of: [.finalGraph]).map(\.name)
        #expect(numbers.sorted() == declared.sorted())
        #expect(TraceAnalysis.finalGraphMetrics(of: statistics).map(\.name).sorted() == declared.sorted())
    }

    /// The report fixture's trace, analysed as a run is: every stored name is declared for the
    /// trace passes, and every metric declared as always present is stored.
    @Test func aTraceStoresExactlyTheDeclaredMetricsOfItsPasses() throws {
        let path = try ReportTraceFixture.write()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let stored = try TraceAnalysis.storedMetrics(tracePath: path)
        #expect(MetricCatalog.mismatches(scalars: stored.scalars.map(\.name), series: stored.timeseries.map(\.name),
                                         passes: MetricDefinition.Pass.fromTrace) == [])
    }

    @Test func mismatchesNameUndeclaredAndMissingMetrics() {
        let problems = MetricCatalog.mismatches(scalars: ["activity.sessions", "activity.dau", "made.up"], series: [],
                                                passes: [.activity])
        #expect(problems.contains("metrics holds undeclared 'activity.dau'"))
        #expect(problems.contains("metrics holds undeclared 'made.up'"))
        #expect(problems.contains("metrics lacks 'activity.posts', declared always present"))
        #expect(problems.contains("timeseries lacks 'activity.dau', declared always present"))
        #expect(!problems.contains { $0.contains("'activity.sessions'") })
    }
}
