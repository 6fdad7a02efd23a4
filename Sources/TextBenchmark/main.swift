import GazetteText
import Glibc

// Prints throughput figures for the text layer (build with -c release; see Scripts/bench-text.sh).
// Times are the CPU time of this thread (one core), so other processes on the machine do not
// inflate them; the fastest of several runs is reported.

/// CPU time of the calling thread in seconds.
func threadSeconds() -> Double {
  var now = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
  return Double(now.tv_sec) + Double(now.tv_nsec) * 1e-9
}

/// Runs `body` `repetitions` times and returns the fastest run in seconds.
func fastest(_ repetitions: Int, _ body: () -> Void) -> Double {
  var best = Double.infinity
  for _ in 0..<repetitions {
    let start = threadSeconds()
    body()
    best = min(best, threadSeconds() - start)
  }
  return best
}

func report(_ label: String, bytes: Int, seconds: Double) {
  let megabytes = Double(bytes) / 1_000_000
  let rate = megabytes / seconds
  let padded = label + String(repeating: " ", count: max(1, 46 - label.count))
  print("\(padded)\(format1(megabytes)) MB  \(format1(seconds * 1000)) ms  \(format1(rate)) MB/s")
}

func format1(_ value: Double) -> String {
  let scaled = Double(Int(value * 10 + 0.5)) / 10
  return String(scaled)
}

// The first call builds the property and line-break tables (once per process).
let setup = fastest(1) { _ = TextLayout.wrap("中文 text", width: 10) }
let megabytes = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 12
let text = SampleText.make(byteCount: megabytes * 1_000_000)
let bytes = text.utf8.count

// `TextBenchmark MB sample PATH` writes the sample text to PATH (for the Python comparison).
if CommandLine.arguments.count > 3, CommandLine.arguments[2] == "sample" {
  guard let file = fopen(CommandLine.arguments[3], "wb") else { exit(1) }
  var copy = text
  copy.withUTF8 { _ = fwrite($0.baseAddress, 1, $0.count, file) }
  fclose(file)
  exit(0)
}

// `TextBenchmark MB profile WIDTH` only wraps, for profilers.
if CommandLine.arguments.count > 3, CommandLine.arguments[2] == "profile",
  let width = Int(CommandLine.arguments[3])
{
  var lines = 0
  let seconds = fastest(10) { lines &+= TextLayout.wrap(text, width: width).count }
  report("wrap whole text at width \(width)", bytes: bytes, seconds: seconds)
  print(lines)
  exit(0)
}

let paragraphs = text.split(separator: "\n").map(String.init)
print("sample: \(bytes) bytes, \(paragraphs.count) paragraphs, one core")
print("first call (decodes the tables): \(format1(setup * 1000)) ms")

var sink = 0
for width in [40, 100] {
  let whole = fastest(5) { sink &+= TextLayout.wrap(text, width: width).count }
  report("wrap whole text at width \(width)", bytes: bytes, seconds: whole)
  let each = fastest(5) {
    for paragraph in paragraphs { sink &+= TextLayout.wrap(paragraph, width: width).count }
  }
  report("wrap paragraph by paragraph at width \(width)", bytes: bytes, seconds: each)
}

let article = SampleText.make(byteCount: 2_000_000, seed: 42)
for width in [80, 57, 120] {
  let resize = fastest(5) { sink &+= TextLayout.wrap(article, width: width).count }
  report("resize: 2 MB article to width \(width)", bytes: article.utf8.count, seconds: resize)
}

// Worst cases: every cluster needs Swift's grapheme rules (NFD accents, emoji sequences), one
// huge cluster, a word without break opportunities.
let decomposed = String(repeating: "Cafe\u{301} de\u{301}ja\u{300} vu ", count: 100_000)
let nfd = fastest(3) { sink &+= TextLayout.wrap(decomposed, width: 60).count }
report("wrap NFD Latin (every cluster via Swift)", bytes: decomposed.utf8.count, seconds: nfd)
let emoji = String(repeating: "👍🏽🇯🇵👨‍👩‍👧 ", count: 60_000)
let emojiTime = fastest(3) { sink &+= TextLayout.wrap(emoji, width: 40).count }
report("wrap emoji sequences", bytes: emoji.utf8.count, seconds: emojiTime)
let zalgo = "a" + String(repeating: "\u{301}", count: 1_000_000)
let zalgoTime = fastest(3) { sink &+= TextLayout.wrap(zalgo, width: 40).count }
report("wrap one cluster of 1,000,000 marks", bytes: zalgo.utf8.count, seconds: zalgoTime)
let word = String(repeating: "x", count: 2_000_000)
let wordTime = fastest(3) { sink &+= TextLayout.wrap(word, width: 80).count }
report("wrap a 2 MB word (emergency breaks)", bytes: word.utf8.count, seconds: wordTime)

let hostile = text.replacing("。", with: "。\u{1B}[31m\u{202E}\u{200B}")
let sanitize = fastest(3) { sink &+= TextLayout.sanitize(hostile).utf8.count }
report("sanitize (controls every sentence)", bytes: hostile.utf8.count, seconds: sanitize)
let measure = fastest(3) { for paragraph in paragraphs { sink &+= TextLayout.width(paragraph) } }
report("width", bytes: bytes, seconds: measure)
let lines = TextLayout.wrappedLines(article, width: 80)
let cells = fastest(3) {
  for line in lines { TextLayout.forEachCell(in: line) { _, column, _ in sink &+= column } }
}
report("forEachCell over wrapped 2 MB article", bytes: article.utf8.count, seconds: cells)
print("(checksum \(sink % 1000))")
