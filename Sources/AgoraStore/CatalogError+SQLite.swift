import GRDB

extension CatalogError {
    /// Translates an error thrown while talking to SQLite into a catalog error with context.
    ///
    /// A `CatalogError` passes through unchanged; a GRDB `DatabaseError` is classified by its
    /// SQLite result code; anything else becomes ``Kind/databaseFailure`` with its description.
    static func translating(_ error: any Error, path: String, operation: String) -> CatalogError {
        if let error = error as? CatalogError { return error }
        guard let error = error as? DatabaseError else {
            return CatalogError(
                kind: .databaseFailure, path: path, operation: operation, detail: String(describing: error))
        }
        let sqliteMessage = error.message ?? "SQLite error \(error.resultCode.rawValue)"
        switch error.resultCode {
        case .SQLITE_NOTADB:
            return CatalogError(
                kind: .notADatabase, path: path, operation: operation,
                detail: "the file is not an SQLite database",
                suggestion: "Pass the catalog file of an output folder (OUT/agora.sqlite), or move this file away")
        case .SQLITE_CORRUPT:
            return CatalogError(
                kind: .corrupt, path: path, operation: operation,
                detail: "the database file is damaged (\(sqliteMessage))",
                suggestion: "Restore it from a copy, or move it away so that a fresh catalog is created")
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH:
            return CatalogError(
                kind: .notWritable, path: path, operation: operation,
                detail: "the file or its folder is not writable (\(sqliteMessage))",
                suggestion: "Check the permissions of the file and its folder, or choose another --out folder")
        case .SQLITE_CANTOPEN:
            return CatalogError(
                kind: .cannotOpen, path: path, operation: operation,
                detail: "SQLite cannot open or create the file (\(sqliteMessage))",
                suggestion: "Check that the folder exists and is writable, or choose another --out folder")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return CatalogError(
                kind: .busy, path: path, operation: operation,
                detail: "another process kept the database locked longer than the busy timeout",
                suggestion: "Retry when the other agora processes writing to this folder are less busy")
        case .SQLITE_FULL:
            return CatalogError(
                kind: .diskFull, path: path, operation: operation,
                detail: "the disk is full", suggestion: "Free some space and retry")
        case .SQLITE_CONSTRAINT:
            return CatalogError(
                kind: .constraintViolated, path: path, operation: operation,
                detail: "SQLite refused a row (\(sqliteMessage))")
        default:
            return CatalogError(kind: .databaseFailure, path: path, operation: operation, detail: sqliteMessage)
        }
    }
}
