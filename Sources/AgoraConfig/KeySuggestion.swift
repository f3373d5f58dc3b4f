/// Did-you-mean suggestions for misspelt keys and words, by edit distance.
enum KeySuggestion {
    /// The candidate closest to `word` by optimal-string-alignment distance (Levenshtein plus
    /// adjacent transpositions), if it is close enough to be a likely typo: at most 2 edits, or a
    /// third of the word's length for long words. Ties go to the earlier candidate.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let target = Array(word.lowercased())
        let limit = max(2, target.count / 3)
        var best: (word: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased()))
            if distance <= limit, distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        return best?.word
    }

    /// Optimal string alignment distance. O(|a| × |b|); inputs are short keys, and very long
    /// words are cut to 64 characters so hostile keys cannot make this slow.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        let a = Array(a.prefix(64))
        let b = Array(b.prefix(64))
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
