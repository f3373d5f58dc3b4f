/// Growing the world by one agent, keeping every per-agent structure in step.
extension WorldState {
    /// Admits a new agent (an arrival): appends it to the agent store, the follow graph, the
    /// shared memory and the topic-feedback matrix together, so they never disagree on the
    /// population size. Serial apply phase only. Returns the new agent's id.
    /// Complexity: amortized O(topicCount + memory capacity).
    @discardableResult
    public func admit(
        type: UInt8, activity: Float, interests: ArraySlice<Float>, opinion: Float, at time: SimTime,
        satisfaction: Float, noveltyPropensity: Float
    ) -> AgentID {
        let id = agents.append(type: type, activity: activity, interests: interests, opinion: opinion, joinTime: time,
                               satisfaction: satisfaction, noveltyPropensity: noveltyPropensity)
        let node = graph.addNode()
        memory.appendAgent()
        mutes.appendAgent()
        topicFeedback.append(contentsOf: repeatElement(0, count: agents.topicCount))
        precondition(node == id && graph.nodeCount == agents.count, "agent store and graph grew apart")
        return id
    }
}
