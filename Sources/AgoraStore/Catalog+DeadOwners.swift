import Foundation
import GRDB

/// Settling runs whose owner process died without saying so (SIGKILL, crash, power loss, reboot).
///
/// A run killed that way never reaches `completeRun`/`failRun`/`markInterrupted`, so its row stays
/// `running`. Every open of the catalog checks the owner recorded in each running row against the
/// live processes of this machine (rule in ``ProcessIdentity``) and marks the dead ones
/// `interrupted`. Because completion is one transaction, such a run never has metrics or points.
extension Catalog {
    /// Checks the owners of all `running` runs again and marks the dead ones `interrupted`, in one
    /// transaction; returns their ids, sorted. Opening a catalog already does this once; a
    /// long-lived process (a sweep coordinator) calls it to notice workers that died since.
    ///
    /// - Complexity: one read of `/proc/<pid>/stat` per running run.
    public func interruptRunsOfDeadOwners() throws(CatalogError) -> [String] {
        let machine = MachineIdentity.current()
        return try writing("checking the owners of running runs") { db in
            try Self.interruptRunsOfDeadOwners(db, machine: machine, now: Date())
        }
    }

    /// Marks every `running` run whose owner is certainly gone `interrupted`; returns their ids.
    ///
    /// Called by the initializer inside one write transaction. Runs without a recorded owner, or
    /// owned by another host, are left alone (see ``ProcessIdentity``).
    static func interruptRunsOfDeadOwners(_ db: Database, machine: MachineIdentity?, now: Date) throws -> [String] {
        guard let machine else { return [] }
        let running = try RunRecord.filter(RunRecord.Columns.status == RunStatus.running.rawValue)
            .order(RunRecord.Columns.id)
            .fetchAll(db)
        var interrupted: [String] = []
        for var run in running {
            guard let owner = run.owner, case .gone(let reason) = owner.liveness(checkedOn: machine) else { continue }
            run.status = .interrupted
            run.finishedAt = now
            run.errorMessage = "\(reason); marked interrupted when the catalog was next opened"
            try run.update(db)
            interrupted.append(run.id)
        }
        return interrupted
    }
}
