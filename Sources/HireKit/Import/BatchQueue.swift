import Foundation

/// A bounded, blocking hand-over of values from one producer thread to one consumer thread.
///
/// The producer blocks while `capacity` values wait, which keeps memory flat when the consumer
/// is the slower side. Either side can close the queue: the producer when it is done, the
/// consumer when it fails (the producer's next `put` then returns `false` so it can stop).
final class BatchQueue<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var values: [Value] = []
    private var closed = false
    private var cancelled = false
    let capacity: Int

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// Waits for room and appends `value`; `false` if the consumer has cancelled.
    func put(_ value: Value) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while values.count >= capacity, !cancelled { condition.wait() }
        if cancelled { return false }
        values.append(value)
        condition.broadcast()
        return true
    }

    /// The next value, waiting for one; `nil` once the producer has finished and all were taken.
    func take() -> Value? {
        condition.lock()
        defer { condition.unlock() }
        while values.isEmpty, !closed, !cancelled { condition.wait() }
        if values.isEmpty || cancelled { return nil }
        // Removed, not just passed over: a taken value must not stay referenced while the
        // producer keeps the queue from emptying (that kept every batch of a feed alive).
        let value = values.removeFirst()
        condition.broadcast()
        return value
    }

    /// The producer is done: `take` returns `nil` once the queue is drained.
    func finish() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// The consumer gives up: waiting producers wake up and further `put`s fail.
    func cancel() {
        condition.lock()
        cancelled = true
        values.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}
