/// Finds the closest known word to a misspelt one, for "did you mean `due`?" hints.
public enum Suggestion {
    /// The candidate nearest to `word` by edit distance, if it is close enough to be a likely typo.
    public static func nearest(to word: String, among candidates: some Sequence<String>) -> String? {
        // The edit distance is at least the difference in length and a hint allows at most 3,
        // so a word far longer than every candidate (a pasted paragraph, hostile input) has none.
        let candidates = Array(candidates)
        let longest = candidates.map { $0.unicodeScalars.count }.max() ?? 0
        guard word.unicodeScalars.count <= longest + 3 else { return nil }
        let source = Array(word.lowercased().unicodeScalars)
        var target: [Unicode.Scalar] = []
        var rows = DistanceRows()
        var best: (String, Int)?
        for candidate in candidates {
            target.removeAll(keepingCapacity: true)
            target.append(contentsOf: candidate.lowercased().unicodeScalars)
            guard abs(target.count - source.count) <= 3 else { continue }
            // Distances above 3 are never close enough, so they are only worked out that far.
            let distance = editDistance(source, target, atMost: 3, rows: &rows)
            if distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best else { return nil }
        let allowed = max(1, min(3, max(source.count, candidate.count) / 3))
        return distance <= allowed ? candidate : nil
    }

    /// Three rows of the distance table, kept between candidates so comparing a word with a few
    /// hundred known ones allocates once.
    struct DistanceRows {
        var previousPrevious: [Int] = []
        var previous: [Int] = []
        var current: [Int] = []
    }

    /// The distance of `editDistance(_:_:)`, or `limit + 1` as soon as it is certain to exceed `limit`.
    static func editDistance(
        _ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost limit: Int, rows: inout DistanceRows
    ) -> Int {
        if a.isEmpty { return min(b.count, limit + 1) }
        if b.isEmpty { return min(a.count, limit + 1) }
        rows.previousPrevious.removeAll(keepingCapacity: true)
        rows.previousPrevious.append(contentsOf: repeatElement(0, count: b.count + 1))
        rows.previous.removeAll(keepingCapacity: true)
        rows.previous.append(contentsOf: 0...b.count)
        rows.current.removeAll(keepingCapacity: true)
        rows.current.append(contentsOf: repeatElement(0, count: b.count + 1))
        var previousMinimum = 0
        for i in 1...a.count {
            rows.current[0] = i
            var minimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(rows.previous[j] + 1, rows.current[j - 1] + 1, rows.previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, rows.previousPrevious[j - 2] + 1)
                }
                rows.current[j] = value
                minimum = min(minimum, value)
            }
            // A row's values are at least its predecessor's smallest, or the one before it plus
            // one (a swap), so once both are past the limit, so is the final distance.
            if minimum > limit, previousMinimum + 1 > limit { return limit + 1 }
            previousMinimum = minimum
            (rows.previousPrevious, rows.previous, rows.current) = (rows.previous, rows.current, rows.previousPrevious)
        }
        return min(rows.previous[b.count], limit + 1)
    }

    /// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
    /// neighbours each cost one, so `deu` is one step from `due`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
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
