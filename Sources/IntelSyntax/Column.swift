/// A growing column of plain values that one thread writes and, once it is handed over (see
/// ``PreEncoder``), another reads: an append stores the value and counts it, without the
/// copy-on-write check an array makes before each one, which the pre-encoder paid twice a line.
final class Column<Element: BitwiseCopyable>: @unchecked Sendable {
    private(set) var count = 0
    private var capacity: Int
    private var storage: UnsafeMutablePointer<Element>

    /// An empty column with room for `capacity` values before it grows.
    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        storage = UnsafeMutablePointer<Element>.allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    @inline(__always)
    func append(_ value: Element) {
        if count == capacity { grow() }
        storage[count] = value
        count &+= 1
    }

    /// The value at `index`, which must be below ``count``.
    @inline(__always)
    subscript(index: Int) -> Element {
        get {
            precondition(index >= 0 && index < count, "column index out of range")
            return storage[index]
        }
        set {
            precondition(index >= 0 && index < count, "column index out of range")
            storage[index] = newValue
        }
    }

    @inline(never)
    private func grow() {
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        larger.update(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }
}
