extension String {
    /// The UTF-8 offset of the first occurrence of `needle`, or nil (no Foundation needed).
    public func offset(of needle: String) -> Int? {
        let haystack = Array(utf8)
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, pattern.count <= haystack.count else { return pattern.isEmpty ? 0 : nil }
        for start in 0...(haystack.count - pattern.count) where haystack[start] == pattern[0] {
            if haystack[start..<start + pattern.count].elementsEqual(pattern) { return start }
        }
        return nil
    }
}
