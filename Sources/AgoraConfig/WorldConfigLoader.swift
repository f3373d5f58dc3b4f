import AgoraCore
import Foundation
import Yams

/// Reads a world file (or text), applies `--set` overrides and `--seed`, validates everything
/// against `ConfigSchema.world` with the rules across keys, and returns the resolved config with
/// its hash.
///
/// All problems of a file are reported together in one `ConfigError`. Hostile input (huge files,
/// non-UTF-8 bytes, alias bombs, absurd nesting, duplicate keys, overflowing numbers, populations
/// beyond memory) is refused quickly with a diagnostic, never a hang or a crash.
///
/// ```swift
/// let world = try WorldConfigLoader().load(path: "Worlds/quickstart.yaml", overrides: ["horizon=2d"], seed: 7)
/// print(world.hash, world.config.population.size)
/// ```
public struct WorldConfigLoader: Sendable {
    /// The largest world file accepted, checked before reading.
    public static let maximumFileBytes = 8 * 1024 * 1024

    /// The schema files are checked against.
    public var schema: ConfigSchema
    /// Physical memory the population estimate is compared with (defaults to this machine's).
    public var physicalMemoryBytes: UInt64

    /// Creates a loader for world files; `physicalMemoryBytes` defaults to this machine's memory.
    public init(schema: ConfigSchema = .world, physicalMemoryBytes: UInt64 = ProcessInfo.processInfo.physicalMemory) {
        self.schema = schema
        self.physicalMemoryBytes = physicalMemoryBytes
    }

    /// Loads the world file at `path`.
    ///
    /// - Parameters:
    ///   - overrides: `--set` texts `key.path=value`, applied in order (the last one wins).
    ///   - seed: the `--seed` option; it replaces `seed` like `--set seed=N`.
    /// - Throws: `ConfigError` with every diagnostic (a missing file names the path).
    public func load(path: String, overrides: [String] = [], seed: UInt64? = nil) throws(ConfigError) -> LoadedWorld {
        let fileName = (path as NSString).lastPathComponent
        let bytes = try Self.readBounded(path: path, fileName: fileName)
        let folder = (path as NSString).deletingLastPathComponent
        return try load(bytes: bytes, fileName: fileName, overrides: overrides, seed: seed,
                        baseDirectory: folder.isEmpty ? nil : folder)
    }

    /// Loads a world from YAML text; `fileName` is what diagnostics cite, `baseDirectory` the
    /// folder a relative `graph.file` resolves against (nil: the current directory).
    ///
    /// - Throws: `ConfigError` with every diagnostic.
    public func load(text: String, fileName: String = "world.yaml", overrides: [String] = [], seed: UInt64? = nil,
                     baseDirectory: String? = nil)
        throws(ConfigError) -> LoadedWorld
    {
        try load(bytes: Array(text.utf8), fileName: fileName, overrides: overrides, seed: seed, baseDirectory: baseDirectory)
    }

    /// Reads at most `maximumFileBytes + 1` bytes, so devices and growing files cannot make it hang.
    static func readBounded(path: String, fileName: String) throws(ConfigError) -> [UInt8] {
        func failure(_ message: String) -> ConfigError {
            ConfigError(ConfigDiagnostic(origin: .file(name: path, line: 0, column: 0), keyPath: "", message: message))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw failure("no such file; check the path of the world file")
        }
        if isDirectory.boolValue { throw failure("is a directory, not a world file") }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber,
            size.int64Value > Int64(maximumFileBytes)
        {
            throw failure(tooLargeMessage(size.int64Value))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw failure("cannot be read (permission denied?)") }
        defer { try? handle.close() }
        let data: Data
        do { data = try handle.read(upToCount: maximumFileBytes + 1) ?? Data() } catch {
            throw failure("cannot be read: \(error.localizedDescription)")
        }
        if data.count > maximumFileBytes { throw failure(tooLargeMessage(nil)) }
        return [UInt8](data)
    }

    static func tooLargeMessage(_ size: Int64?) -> String {
        let sizeText = size.map { "is \($0) bytes" } ?? "holds more than \(maximumFileBytes) bytes"
        return "the file \(sizeText); world files are limited to 8 MiB (\(maximumFileBytes) bytes)"
    }

    /// The whole pipeline: safety check, compose, overrides, validation, rules, hash.
    func load(bytes: [UInt8], fileName: String, overrides: [String], seed: UInt64?, baseDirectory: String? = nil)
        throws(ConfigError) -> LoadedWorld
    {
        func fileDiagnostic(line: Int, column: Int, _ message: String) -> ConfigError {
            ConfigError(ConfigDiagnostic(origin: .file(name: fileName, line: line, column: column), keyPath: "", message: message))
        }
        if bytes.count > Self.maximumFileBytes { throw fileDiagnostic(line: 0, column: 0, Self.tooLargeMessage(Int64(bytes.count))) }
        if let finding = YAMLSafetyCheck.check(bytes) {
            throw fileDiagnostic(line: finding.line, column: finding.column, finding.message)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        var document: Node?
        do { document = try ConfigValidator.compose(text) } catch {
            throw ConfigError(Self.diagnostic(forYAMLError: error, fileName: fileName, text: text))
        }
        if let root = document, root.mapping == nil, !ConfigValidator.isNull(root) {
            throw fileDiagnostic(
                line: root.mark?.line ?? 1, column: root.mark?.column ?? 1,
                "expected a section of keys at the top level (name: …, population: …), found \(ConfigValidator.describe(root))")
        }
        var applier = OverrideApplier(schema: schema)
        for override in overrides { applier.apply(override, to: &document) }
        if let seed { applier.applySeed(seed, to: &document) }
        var validator = ConfigValidator(fileName: fileName, overrides: applier.appliedPaths)
        let resolved = validator.validate(document, as: schema.rootType, at: .root)
        let diagnostics = Self.inFileOrder(validator.diagnostics) + applier.diagnostics
        guard var resolved, diagnostics.isEmpty else { throw ConfigError(diagnostics) }
        var rules = WorldRules(physicalMemoryBytes: physicalMemoryBytes, baseDirectory: baseDirectory)
        rules.check(&resolved)
        guard rules.diagnostics.isEmpty else { throw ConfigError(Self.inFileOrder(rules.diagnostics)) }
        var world = try Self.finish(resolved, fileName: fileName)
        world.edgeList = rules.edgeList
        world.edgeListPath = rules.edgeListPath
        return world
    }

    /// Diagnostics with a file position sorted by line and column (stable), followed by those
    /// about options (`--set`, `--seed`) in the order they were found.
    static func inFileOrder(_ diagnostics: [ConfigDiagnostic]) -> [ConfigDiagnostic] {
        let positioned = diagnostics.enumerated().compactMap { entry -> (Int, Int, Int, ConfigDiagnostic)? in
            guard case let .file(_, line, column) = entry.element.origin else { return nil }
            return (line, column, entry.offset, entry.element)
        }
        .sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
        .map(\.3)
        let others = diagnostics.filter { if case .file = $0.origin { false } else { true } }
        return positioned + others
    }

    /// Builds the typed config from the resolved tree, then the canonical JSON, hash and YAML.
    static func finish(_ resolved: ResolvedValue, fileName: String) throws(ConfigError) -> LoadedWorld {
        let config: WorldConfig
        let canonical: String
        do {
            config = try JSONDecoder().decode(WorldConfig.self, from: Data(resolved.json.utf8))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            canonical = String(decoding: try encoder.encode(config), as: UTF8.self)
        } catch {
            // The schema and WorldConfig disagree: a programming error, reported rather than trapped.
            throw ConfigError(
                ConfigDiagnostic(
                    origin: .file(name: fileName, line: 0, column: 0), keyPath: "",
                    message: "internal error: the validated config does not match WorldConfig (\(error))"))
        }
        let hash = SHA256.hexHash(Array(canonical.utf8))
        let header = """
            # Resolved world config written by Agora: every default filled in, every --set applied.
            # It loads back to the same config; config hash \(hash)

            """
        return LoadedWorld(config: config, hash: hash, canonicalJSON: canonical, resolvedYAML: header + resolved.yaml)
    }
}
