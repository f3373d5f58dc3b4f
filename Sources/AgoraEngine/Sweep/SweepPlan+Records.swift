import AgoraStore

/// The catalog rows of a plan (`sweeps`, `sweep_points`).
extension SweepPlan {
    /// The `sweeps` row of this plan.
    public var sweepRecord: SweepRecord {
        SweepRecord(id: id, name: name, kind: kind, spec: specText, axes: axes, metrics: metrics, replicates: replicates)
    }

    /// The `sweep_points` rows of this plan.
    public var pointRecords: [SweepPointRecord] {
        tasks.map { task in
            SweepPointRecord(sweepID: id, point: task.point, replicate: task.replicate, seed: task.seed,
                             configHash: task.configHash, axisValues: points[task.point].values)
        }
    }
}
