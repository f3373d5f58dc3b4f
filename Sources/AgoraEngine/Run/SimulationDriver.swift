import AgoraAgents
import AgoraCore

/// The engine's `WindowDriver`: the scheduler's three phases, each handed to the part that does
/// that job — `SessionDecider` decides (feeds, policies, follow suggestions) and resolves (the
/// policies' asynchronous work), `SessionApplier` applies plans and system events to the world
/// and the trace. Built from one `AssembledWorld`.
///
/// Its decide hints (`PrefetchMap`) ask the CPU for the rows, followee lists and newest posts
/// the next sessions read, a few slots ahead of each decision.
public final class SimulationDriver<Sink: TraceEventSink>: WindowDriver, @unchecked Sendable {
    /// The world being simulated (see `WorldState` for the owner discipline).
    public var world: WorldState { applier.world }
    /// Events emitted so far.
    public var eventsEmitted: Int { applier.eventsEmitted }
    /// Events emitted so far, by kind code.
    public var eventCounts: [Int] { applier.eventCounts }
    /// Why a policy stopped the run (a fail-fast LLM failure, a replay miss), if one did.
    public var failure: String? { decider.policies.failure }

    private let decider: SessionDecider
    private let applier: SessionApplier<Sink>
    /// One plan per slot of the current window (reused from window to window): written by the
    /// decider, read by the applier.
    private var plans: [SessionPlan] = []

    /// Creates the driver of `world`.
    /// - Parameters:
    ///   - sink: where events go.
    ///   - textSink: where texts written by policies go (the trace writer).
    ///   - threads: decide workers (one feed scratch each).
    public init(world: AssembledWorld, sink: Sink, textSink: (any TraceTextSink)?, threads: Int) {
        decider = SessionDecider(world: world, workers: threads)
        applier = SessionApplier(world: world, sink: sink, textSink: textSink)
    }

    /// Schedules the agents' first sessions, the snapshots, the retrains and the first arrival.
    public func scheduleInitialEvents(into queue: inout EventQueue, horizon: SimTime) {
        applier.scheduleInitialEvents(into: &queue, horizon: horizon)
    }

    /// Prepares the per-slot plans of a window of `count` sessions.
    public func prepareWindow(sessionCount count: Int) {
        while plans.count < count { plans.append(SessionPlan()) }
        decider.prepareWindow(sessionCount: count)
    }

    /// The addresses of the world's hot columns for this window's decide hints.
    public func decideHints() -> PrefetchMap { applier.world.prefetchMap() }

    /// Serves the feed and decides the session in slot `slot`.
    public func decide(session: ScheduledEvent, slot: Int, worker: Int) {
        decider.decide(session: session, plan: plans[slot], slot: slot, worker: worker)
    }

    /// Lets the policies complete the window's sessions (LLM answers).
    public func resolveWindow() { decider.resolveWindow(plans: plans) }

    /// Applies the plan in slot `slot` to the world and the trace.
    public func applySession(_ session: ScheduledEvent, slot: Int, queue: inout EventQueue) {
        applier.apply(plans[slot], of: session, slot: slot, queue: &queue)
    }

    /// Applies a system event: the daily snapshot, a retrain, or an arrival.
    public func applySystem(_ event: ScheduledEvent, queue: inout EventQueue) {
        applier.applySystem(event, queue: &queue)
    }

    /// Writes the snapshot of `day` at `time` (the final one, at the horizon).
    public func emitSnapshot(day: UInt32, at time: SimTime) { applier.emitSnapshot(day: day, at: time) }
}
