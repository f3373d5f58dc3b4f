/// Connected components of a graph: weakly connected (components of the undirected view) by
/// breadth-first search and strongly connected by an iterative Tarjan (no recursion, so chains
/// of millions of nodes cannot overflow the stack). Both O(V + E); isolated nodes are components
/// of size one (as in networkx).
public struct ComponentCensus: Sendable, Equatable {
    /// Number of components of the undirected view.
    public let weakComponents: Int
    /// Size of the largest component of the undirected view.
    public let largestWeakComponent: Int
    /// Number of strongly connected components (nil when not computed).
    public let strongComponents: Int?
    /// Size of the largest strongly connected component (nil when not computed).
    public let largestStrongComponent: Int?

    /// The census of a graph without nodes (the starting value before a census runs).
    static let empty = ComponentCensus(weakComponents: 0, largestWeakComponent: 0, strongComponents: nil, largestStrongComponent: nil)

    /// Creates a census from its counts.
    init(weakComponents: Int, largestWeakComponent: Int, strongComponents: Int?, largestStrongComponent: Int?) {
        self.weakComponents = weakComponents
        self.largestWeakComponent = largestWeakComponent
        self.strongComponents = strongComponents
        self.largestStrongComponent = largestStrongComponent
    }

    /// Counts components; strong ones only when `strong` is set (they equal weak ones for
    /// symmetric graphs).
    public init(graph: CSRGraph, strong: Bool) {
        (weakComponents, largestWeakComponent) = ComponentCensus.weak(graph)
        if strong {
            let (count, largest) = ComponentCensus.strong(graph)
            strongComponents = count
            largestStrongComponent = largest
        } else {
            strongComponents = nil
            largestStrongComponent = nil
        }
    }

    /// Weak components by BFS over the undirected view.
    static func weak(_ graph: CSRGraph) -> (count: Int, largest: Int) {
        let n = graph.nodeCount
        let offsets = graph.undirectedOffsets
        let neighbors = graph.undirectedNeighbors
        var seen = [Bool](repeating: false, count: n)
        var queue = [UInt32](repeating: 0, count: n)
        var count = 0
        var largest = 0
        for start in 0..<n where !seen[start] {
            count += 1
            seen[start] = true
            queue[0] = UInt32(start)
            var head = 0
            var tail = 1
            while head < tail {
                let v = Int(queue[head])
                head += 1
                for p in offsets[v]..<offsets[v + 1] {
                    let u = Int(neighbors[p])
                    if !seen[u] {
                        seen[u] = true
                        queue[tail] = UInt32(u)
                        tail += 1
                    }
                }
            }
            largest = max(largest, tail)
        }
        return (count, largest)
    }

    /// Strong components by Tarjan's algorithm with an explicit call stack.
    static func strong(_ graph: CSRGraph) -> (count: Int, largest: Int) {
        let n = graph.nodeCount
        let offsets = graph.outOffsets
        let targets = graph.outTargets
        let unvisited = -1
        var index = [Int](repeating: unvisited, count: n)
        var low = [Int](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var componentStack: [Int] = []
        var callStack: [(node: Int, edge: Int)] = []
        var counter = 0
        var count = 0
        var largest = 0
        for root in 0..<n where index[root] == unvisited {
            index[root] = counter
            low[root] = counter
            counter += 1
            componentStack.append(root)
            onStack[root] = true
            callStack.append((root, offsets[root]))
            while let (v, edge) = callStack.last {
                if edge < offsets[v + 1] {
                    callStack[callStack.count - 1].edge = edge + 1
                    let w = Int(targets[edge])
                    if index[w] == unvisited {
                        index[w] = counter
                        low[w] = counter
                        counter += 1
                        componentStack.append(w)
                        onStack[w] = true
                        callStack.append((w, offsets[w]))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                    continue
                }
                callStack.removeLast()
                if let parent = callStack.last { low[parent.node] = min(low[parent.node], low[v]) }
                if low[v] == index[v] {
                    var size = 0
                    while true {
                        let w = componentStack.removeLast()
                        onStack[w] = false
                        size += 1
                        if w == v { break }
                    }
                    count += 1
                    largest = max(largest, size)
                }
            }
        }
        return (count, largest)
    }
}
