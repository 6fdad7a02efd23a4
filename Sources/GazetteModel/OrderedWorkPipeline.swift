import Foundation

/// Processes a growing list of inputs on several threads, in chunks, and hands the results back
/// in input order on the calling thread.
///
/// Inputs can keep arriving while workers run (the directory walk feeds the loader this way).
/// Chunks are claimed in order and grow (small first chunks put the first results on screen
/// quickly; larger later ones cost less coordination). Results are delivered strictly in order,
/// never concurrently, so everything downstream (id deduplication, problem order) is the same
/// whatever the thread timing.
final class OrderedWorkPipeline<Input: Sendable, Output: Sendable>: @unchecked Sendable {
  // Every stored property below is guarded by `condition`.
  private let condition = NSCondition()
  private var inputs: [Input] = []
  private var inputFinished = false
  private var foundCount = 0
  private var claimed = 0
  private var chunkRanges: [Range<Int>] = []
  private var chunkOutputs: [[Output]?] = []
  private var runningWorkers = 0
  private var cancelled = false
  private var started = false
  private let chunkSize: @Sendable (Int) -> Int

  /// Creates a pipeline whose `n`-th chunk holds up to `chunkSize(n)` inputs.
  init(chunkSize: @escaping @Sendable (Int) -> Int) {
    self.chunkSize = chunkSize
  }

  /// Adds inputs to the end of the list; `found` is how many of them count as found items.
  func add(_ newInputs: [Input], found: Int) {
    guard !newInputs.isEmpty else { return }
    condition.lock()
    inputs.append(contentsOf: newInputs)
    foundCount += found
    condition.broadcast()
    condition.unlock()
  }

  /// Says that no more inputs will come.
  func finishInput() {
    condition.lock()
    inputFinished = true
    condition.broadcast()
    condition.unlock()
  }

  /// Stops the work soon: no new chunk starts and no more results are delivered.
  func cancel() {
    condition.lock()
    cancelled = true
    condition.broadcast()
    condition.unlock()
  }

  /// Whether `cancel()` was called.
  var isCancelled: Bool {
    condition.lock()
    defer { condition.unlock() }
    return cancelled
  }

  /// How far the work has come when a chunk is delivered.
  struct Delivery {
    /// Inputs delivered so far, this chunk included.
    var inputsDone: Int
    /// Found items added so far.
    var found: Int
    /// Whether every input has arrived.
    var inputFinished: Bool
    /// Whether this is the last chunk: nothing more will be delivered.
    var isLast: Bool
  }

  /// Runs `workerCount` threads until every input is processed (or the pipeline is cancelled),
  /// delivering each chunk's outputs in order on the calling thread.
  ///
  /// A pipeline runs once: a second call returns at once without delivering anything.
  /// `producer`, when given, runs first on one worker thread and must call `finishInput()`;
  /// without one, the inputs must all have been added and `finishInput()` called. Each worker
  /// thread calls `makeWorker` once and processes its inputs with the closure it returns, so
  /// per-thread state (buffers, caches) needs no locking.
  func run(
    workerCount: Int,
    producer: (@Sendable () -> Void)? = nil,
    makeWorker: @escaping @Sendable () -> (Input) -> Output,
    deliver: ([Output], Delivery) -> Void
  ) {
    let count = max(1, workerCount)
    condition.lock()
    guard !started else {
      condition.unlock()
      return
    }
    started = true
    runningWorkers = count
    condition.unlock()
    for workerNumber in 0..<count {
      let job: @Sendable () -> Void = { [self] in
        if workerNumber == 0, let producer { producer() }
        work(with: makeWorker())
      }
      let thread = Thread(block: job)
      thread.stackSize = 1 << 20
      thread.start()
    }
    deliverInOrder(deliver)
  }

  private func work(with process: (Input) -> Output) {
    condition.lock()
    while !cancelled {
      let available = inputs.count - claimed
      let size = max(1, chunkSize(chunkRanges.count))
      if available >= size || (inputFinished && available > 0) {
        let range = claimed..<(claimed + min(size, available))
        claimed = range.upperBound
        let chunkIndex = chunkRanges.count
        chunkRanges.append(range)
        chunkOutputs.append(nil)
        let chunk = Array(inputs[range])
        condition.unlock()
        var outputs: [Output] = []
        outputs.reserveCapacity(chunk.count)
        for input in chunk {
          outputs.append(process(input))
        }
        condition.lock()
        chunkOutputs[chunkIndex] = outputs
        condition.broadcast()
      } else if inputFinished {
        break
      } else {
        condition.wait()
      }
    }
    runningWorkers -= 1
    condition.broadcast()
    condition.unlock()
  }

  private func deliverInOrder(_ deliver: ([Output], Delivery) -> Void) {
    var delivered = 0
    condition.lock()
    while !cancelled {
      if delivered < chunkOutputs.count, let outputs = chunkOutputs[delivered] {
        chunkOutputs[delivered] = []
        let allClaimed = inputFinished && claimed == inputs.count
        let progress = Delivery(
          inputsDone: chunkRanges[delivered].upperBound, found: foundCount,
          inputFinished: inputFinished, isLast: allClaimed && delivered == chunkRanges.count - 1)
        delivered += 1
        condition.unlock()
        deliver(outputs, progress)
        condition.lock()
        continue
      }
      let allDelivered = inputFinished && claimed == inputs.count && delivered == chunkRanges.count
      if allDelivered && runningWorkers == 0 { break }
      condition.wait()
    }
    while runningWorkers > 0 { condition.wait() }
    inputs = []
    chunkOutputs = []
    condition.unlock()
  }
}
