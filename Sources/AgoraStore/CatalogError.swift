/// Everything that can go wrong with the catalog, as one value with context: which catalog file,
/// what the catalog was doing, what went wrong, and what the user can do about it.
///
/// Match on ``kind`` to react to a specific failure:
///
/// ```swift
/// do {
///     try catalog.completeRun(id: runID, wallSeconds: 12.5, events: 90_000,
///                             traceChecksum: checksum, metrics: metrics, timeseries: dau)
/// } catch let error where error.kind == .runNotRunning(.interrupted) {
///     print("the run was already marked interrupted: \(error)")
/// }
/// ```
public struct CatalogError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kinds of failure, for callers that react differently to each.
    public enum Kind: Sendable, Equatable {
        /// The folder that should hold the catalog file does not exist.
        case folderMissing
        /// The path names a folder, not a file.
        case pathIsAFolder
        /// `mustExist` was asked and there is no catalog file at the path.
        case catalogMissing
        /// The file exists but is not an SQLite database.
        case notADatabase
        /// The file is an SQLite database whose content is damaged.
        case corrupt
        /// The file or its folder cannot be written.
        case notWritable
        /// SQLite could not open or create the file for another reason.
        case cannotOpen
        /// Another process held the database lock longer than the busy timeout.
        case busy
        /// The disk is full.
        case diskFull
        /// A run with this id is already in the catalog.
        case runAlreadyExists
        /// No run with this id is in the catalog.
        case runNotFound
        /// The run is no longer `running` (its current status is attached), so it cannot change.
        case runNotRunning(RunStatus)
        /// A metric or time-series point has an invalid name or a non-finite value.
        case invalidValue
        /// SQLite refused a row (a duplicate key or a violated constraint).
        case constraintViolated
        /// Any other SQLite failure; the detail carries SQLite's message.
        case databaseFailure
    }

    /// What went wrong, for matching.
    public var kind: Kind
    /// The catalog file the error concerns.
    public var path: String
    /// What the catalog was doing, e.g. `opening the catalog` or `completing run 'w-1a2b3c4d-7'`.
    public var operation: String
    /// What went wrong, in a sentence.
    public var detail: String
    /// What the user can do next, when there is something to suggest.
    public var suggestion: String?

    /// Creates an error value; all text should be whole, user-facing phrases.
    public init(kind: Kind, path: String, operation: String, detail: String, suggestion: String? = nil) {
        self.kind = kind
        self.path = path
        self.operation = operation
        self.detail = detail
        self.suggestion = suggestion
    }

    /// One line for the user: `catalog PATH: OPERATION failed: DETAIL. SUGGESTION`.
    public var description: String {
        var text = "catalog \(path): \(operation) failed: \(detail)"
        if let suggestion { text += ". \(suggestion)" }
        return text
    }
}
