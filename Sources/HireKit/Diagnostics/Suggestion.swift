/// "Did you mean ...?": the one place that guesses which known name a misspelt one meant.
public enum Suggestion {
    /// The known name closest to a misspelt one, if it is close enough to be a typo, or the one
    /// name it begins (`account-exec` for `account-executive`).
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let lowered = word.lowercased()
        let begun = lowered.count >= 3 ? candidates.filter { $0.lowercased().hasPrefix(lowered) && $0.count > word.count } : []
        if begun.count == 1 { return begun[0] }
        let scored = candidates.map { ($0, editDistance(word, $0)) }.min { $0.1 < $1.1 }
        guard let (best, distance) = scored, distance <= max(2, word.count / 3) else { return nil }
        return best
    }

    /// `; did you mean 'name'?` for the closest known name, or an empty string.
    public static func didYouMean(_ word: String, in candidates: [String]) -> String {
        closest(to: word, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// `; did you mean 'Tom Becker'?` for a person named by part of their name (a first name,
    /// a surname, another letter case) or misspelt; up to three names, or an empty string.
    public static func didYouMean(person text: String, in names: [String]) -> String {
        let wanted = text.lowercased()
        let matches = wanted.count < 2 ? [] : names.filter { name in
            let lowered = name.lowercased()
            return lowered.hasPrefix(wanted) || lowered.split(separator: " ").contains { $0.hasPrefix(wanted) }
        }
        guard !matches.isEmpty else { return didYouMean(text, in: names) }
        let quoted = matches.prefix(3).map { "'\($0)'" }
        let listed = quoted.count == 1 ? quoted[0] : quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
        return "; did you mean \(listed)\(matches.count > 3 ? " (\(matches.count) people match)" : "")?"
    }

    /// Levenshtein distance in characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
