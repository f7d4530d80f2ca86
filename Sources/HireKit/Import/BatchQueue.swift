import Foundation

/// A bounded, blocking hand-over of values from one producer thread to one consumer thread.
///
/// The producer blocks while `capacity` values wait, which keeps memory flat when the consumer
/// is the slower side. Either side can close the queue: the producer when it is done, the
/// consumer when it fails (the producer's next `put` then returns `false` so it can stop).
final class BatchQueue<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var values: [Value] = []
    private var head = 0
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
        while values.count - head >= capacity, !cancelled { condition.wait() }
        if cancelled { return false }
        values.append(value)
        condition.broadcast()
        return true
    }

    /// The next value, waiting for one; `nil` once the producer has finished and all were taken.
    func take() -> Value? {
        condition.lock()
        defer { condition.unlock() }
        while head == values.count, !closed, !cancelled { condition.wait() }
        if head == values.count || cancelled { return nil }
        let value = values[head]
        head += 1
        if head == values.count {
            values.removeAll(keepingCapacity: true)
            head = 0
        }
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
        head = 0
        condition.broadcast()
        condition.unlock()
    }
}
