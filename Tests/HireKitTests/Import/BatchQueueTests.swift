import Testing
@testable import HireKit

@Suite("BatchQueue: bounded hand-over between the reading and the writing thread")
struct BatchQueueTests {
    final class Box: @unchecked Sendable {
        let number: Int
        init(_ number: Int) { self.number = number }
    }

    @Test("a taken value is no longer held by the queue, even while the producer keeps it from emptying")
    func releasesTakenValues() {
        let queue = BatchQueue<Box>(capacity: 2)
        weak var first: Box?
        do {
            let box = Box(1)
            first = box
            #expect(queue.put(box))
        }
        #expect(queue.put(Box(2)))
        do {
            let taken = queue.take()
            #expect(taken?.number == 1)
        }
        #expect(first == nil, "the queue kept a value it had handed over")
        #expect(queue.put(Box(3)))
        #expect(queue.take()?.number == 2)
        queue.finish()
        #expect(queue.take()?.number == 3)
        #expect(queue.take() == nil)
    }

    @Test("values arrive in order across threads")
    func inOrder() async {
        let queue = BatchQueue<Box>(capacity: 3)
        let producer = Task.detached {
            for number in 0..<2000 { _ = queue.put(Box(number)) }
            queue.finish()
        }
        var numbers: [Int] = []
        while let box = queue.take() { numbers.append(box.number) }
        await producer.value
        #expect(numbers == Array(0..<2000))
    }
}
