import GazetteModel
import GazetteTestSupport
import GazetteText
import Testing

@testable import GazetteTerminal
@testable import GazetteUI

/// Every naughty string (`NaughtyInputs`, shared with the end-to-end tests) as the title,
/// source, breadcrumb, body and problem of an article, driven through the real reader
/// (`ReaderApp` on a `MemoryBackend`) at sizes from 120×40 down to 1×1, 1×80 and 80×1.
///
/// Every painted frame must be sound (`GridInvariants`: no control or bidi character in a
/// cell, wide cells whole), and every captured screen without an overlay must keep the
/// border between the panes on every row.
@Suite struct NaughtyRenderingTests {
  static let sizes = [
    GridSize(width: 120, height: 40), GridSize(width: 80, height: 24),
    GridSize(width: 40, height: 12), GridSize(width: 20, height: 6),
    GridSize(width: 1, height: 1), GridSize(width: 1, height: 80),
    GridSize(width: 80, height: 1),
  ]

  /// The articles, one per naughty string, in list order (all dated, newest first).
  static let articles: [Article] = articles(NaughtyInputs.all)

  /// One article per entry: title, source and breadcrumb are the naughty string.
  static func articles(_ entries: [NaughtyInputs.Entry]) -> [Article] {
    entries.enumerated().map { index, entry in
      Article(
        id: "naughty-\(index)", title: entry.text, source: entry.text,
        published: PublishedDate(year: 2023, month: 5, day: 28, secondsOfDay: 80_000 - index),
        category: [entry.text], views: Int.max,
        location: ArticleLocation(relativePath: entry.text + ".json"))
    }
  }

  /// The articles of `entries` with their bodies (the naughty string twice), and one problem
  /// per entry naming it as the file and the message.
  static func provider(_ entries: [NaughtyInputs.Entry] = NaughtyInputs.all)
    -> InMemoryArticleProvider
  {
    var bodies: [String: ArticleBody] = [:]
    for (index, entry) in entries.enumerated() {
      bodies["naughty-\(index)"] = ArticleBody(paragraphs: [entry.text, "2 " + entry.text])
    }
    let problems = entries.map { entry in
      LoadProblem(path: entry.text + ".json", line: 1, column: 2, message: entry.text)
    }
    return InMemoryArticleProvider(
      articles: articles(entries), bodies: bodies, problems: problems)
  }

  /// What a captured screen shows, so the right checks apply to it.
  enum Capture {
    /// The list and the reader, with article `index` selected.
    case panes(article: Int)
    /// An overlay covers the panes.
    case overlay
  }

  @Test(arguments: sizes)
  func everyNaughtyArticleIsDrawnSoundly(size: GridSize) {
    var steps: [MemoryBackend.Step] = [.waitForIdle]
    var kinds: [Capture] = []
    func capture(_ kind: Capture) {
      steps.append(.capture)
      kinds.append(kind)
    }
    for index in Self.articles.indices {
      capture(.panes(article: index))
      steps += [MemoryBackend.press(.enter), MemoryBackend.press(.end)]
      capture(.panes(article: index))
      steps += [MemoryBackend.press(.pageUp), .waitForIdle, MemoryBackend.press(.left)]
      steps.append(MemoryBackend.press(.down))
    }
    steps.append(MemoryBackend.press(.home))
    for (key, narrow) in [("s", "a"), ("!", nil), ("?", nil)] as [(Character, String?)] {
      steps.append(MemoryBackend.press(.character(key)))
      capture(.overlay)
      if let narrow { steps += MemoryBackend.typing(narrow) }
      steps += [MemoryBackend.press(.end), MemoryBackend.press(.pageUp)]
      capture(.overlay)
      steps.append(MemoryBackend.press(.escape))
    }
    let backend = MemoryBackend(size: size, steps: steps)
    var frames = 0
    var unsound: [String] = []
    backend.onPaint = { screen in
      frames += 1
      if unsound.count < 5 {
        unsound += GridInvariants.violations(in: screen).prefix(5 - unsound.count)
      }
    }
    let reader = ReaderApp(
      options: ReaderOptions(dataDirectory: "\u{1B}]0;data\u{07}"), provider: Self.provider())
    #expect(reader.run(on: backend) == .endOfInput)
    #expect(unsound.isEmpty, "\(size.width)x\(size.height): \(unsound)")
    // The grid replaces whatever is unsafe, so the check above cannot see a view that forgot
    // to sanitise; the grid's count of replacements can.
    #expect(reader.statistics.unsafeFallbacks == 0, "\(size.width)x\(size.height)")
    #expect(backend.captures.count == kinds.count)

    let layout = ScreenLayout(size: size)
    var broken: [String] = []
    var missing: [String] = []
    for (grid, kind) in zip(backend.captures, kinds) {
      guard case .panes(let index) = kind else { continue }
      let entry = NaughtyInputs.all[index]
      let problems = GridInvariants.violations(in: grid, layout: layout)
      if !problems.isEmpty { broken.append("\(entry.name): \(problems.prefix(3))") }
      if size == Self.sizes[0], let visible = entry.visible, !grid.text.contains(visible) {
        missing.append("\(entry.name): \"\(visible)\"")
      }
    }
    #expect(broken.isEmpty, "\(size.width)x\(size.height): \(broken.prefix(5))")
    #expect(missing.isEmpty, "\(missing)")
    print(
      "naughty rendering \(size.width)x\(size.height): \(Self.articles.count) articles, "
        + "\(frames) frames checked, \(backend.captures.count) screens, "
        + "\(unsound.count + broken.count + missing.count) failures")
  }

  @Test(arguments: [GridSize(width: 120, height: 40), GridSize(width: 40, height: 12)])
  func naughtyTextTypedIntoTheSearchAndPickerStaysHarmless(size: GridSize) {
    // An input method can deliver any character, bidi controls included. (The long strings
    // are left out: the test above covers them.)
    let short = NaughtyInputs.all.filter { $0.text.unicodeScalars.count <= 200 }
    let typed = short.filter { $0.text.count <= 40 }.prefix(6)
    var steps: [MemoryBackend.Step] = [.waitForIdle]
    for entry in typed {
      steps.append(MemoryBackend.press(.character("/")))
      steps += MemoryBackend.typing(entry.text)
      steps += [.capture, MemoryBackend.press(.enter), .capture]
      steps += [MemoryBackend.press(.character("n")), .capture]
      steps += [MemoryBackend.press(.character("/")), MemoryBackend.press(.escape)]
      steps += [MemoryBackend.press(.character("s"))] + MemoryBackend.typing(entry.text)
      steps += [.capture, MemoryBackend.press(.escape)]
    }
    let backend = MemoryBackend(size: size, steps: steps)
    var unsound: [String] = []
    backend.onPaint = { screen in
      if unsound.count < 5 { unsound += GridInvariants.violations(in: screen).prefix(3) }
    }
    let reader = ReaderApp(
      options: ReaderOptions(dataDirectory: "data"), provider: Self.provider(short))
    #expect(reader.run(on: backend) == .endOfInput)
    #expect(unsound.isEmpty, "\(unsound)")
    #expect(reader.statistics.unsafeFallbacks == 0)
    #expect(backend.captures.count == typed.count * 4)
  }

  @Test func theCatalogueShowsWhatItPromises() {
    for entry in NaughtyInputs.all {
      let line = TextLayout.sanitizeLine(entry.text)
      if let visible = entry.visible {
        #expect(line.contains(visible), "\(entry.name): \(line.prefix(60))")
      }
      for text in [line, TextLayout.sanitize(entry.text)] {
        let unsafe = text.filter { !TerminalSafety.isSafe($0) && $0 != "\n" && $0 != "\t" }
        #expect(unsafe.isEmpty, "\(entry.name)")
        let empty = text.filter { $0 != "\n" && $0 != "\t" && TextLayout.width(String($0)) < 1 }
        #expect(empty.isEmpty, "\(entry.name): zero-width characters left")
      }
    }
  }
}
