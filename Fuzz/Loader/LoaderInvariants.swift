import Foundation

// Internal for the body search over bytes (`ArticleJSONScanner.scanBodyMatches`), the scan
// `BodySearch` runs on every file.
@testable import GazetteModel

/// The promises of `ArticleFileDecoder` (docs/format.md), checked on one file's bytes.
struct LoaderInvariants {
  /// Limits small enough for short inputs to reach every limit's code path.
  static let tightLimits = LoadLimits(
    maxFileBytes: 16_384, maxNestingDepth: 3, maxFieldCharacters: 5, maxFieldBytes: 12,
    maxCategoryEntries: 2, maxProblemsPerFile: 3)
  /// The relative path the file is parsed under.
  static let path = "fuzz/input.json"

  /// The file's bytes.
  let bytes: UnsafeBufferPointer<UInt8>
  /// Its lines, to bound problem positions.
  let positions: FilePositions
  /// The limits to parse with.
  let limits: LoadLimits

  /// Runs every check; stops the process at the first broken promise.
  func check() {
    let parse = ArticleFileDecoder.summaries(bytes: bytes, relativePath: Self.path, limits: limits)
    FuzzCheck.require(
      !parse.articles.isEmpty || !parse.problems.isEmpty,
      "a file gave neither an article nor a problem")
    checkProblems(parse.problems)
    var previousIndex = 0
    var searched = false
    for article in parse.articles {
      checkArticle(article)
      if let index = article.location.index {
        FuzzCheck.require(
          index > previousIndex, "article indices not increasing: \(index) after \(previousIndex)")
        previousIndex = index
      } else {
        FuzzCheck.require(
          parse.articles.count == 1, "an article without an index among several")
      }
      let body = checkBody(of: article)
      if !searched, let paragraph = body.paragraphs.first {
        searched = checkBodySearch(finds: article, paragraph: paragraph)
      }
    }
  }

  // MARK: - Problems

  private func checkProblems(_ problems: [LoadProblem]) {
    FuzzCheck.require(
      problems.count <= limits.maxProblemsPerFile + 1,
      "\(problems.count) problems, the limit is \(limits.maxProblemsPerFile) plus one")
    var previous: (line: Int, column: Int)?
    for problem in problems {
      FuzzCheck.require(
        problem.path == Self.path, "a problem names \(FuzzCheck.shown(problem.path))")
      FuzzCheck.require(!problem.message.isEmpty, "a problem has no message")
      if let scalar = problem.message.unicodeScalars.first(where: {
        ForbiddenScalar.isForbiddenInDisplayText($0) || $0 == "\n" || $0 == "\t"
      }) {
        FuzzCheck.fail(
          "a problem message carries U+\(String(scalar.value, radix: 16)): "
            + FuzzCheck.shown(problem.message))
      }
      FuzzCheck.require(
        problem.column == nil || problem.line != nil, "a problem has a column but no line")
      if let line = problem.line {
        let column = problem.column ?? 1
        FuzzCheck.require(
          positions.contains(line: line, column: column),
          "problem at \(line):\(column) lies outside the file "
            + "(\(positions.codePointsPerLine.count) lines): \(problem.message)")
        if let previous {
          FuzzCheck.require(
            (previous.line, previous.column) <= (line, column),
            "problems out of order: \(line):\(column) after \(previous.line):\(previous.column)")
        }
        previous = (line, column)
      }
    }
  }

  // MARK: - Articles

  private func checkArticle(_ article: Article) {
    let shown = "article \(FuzzCheck.shown(article.id))"
    checkField(article.title, name: "title", of: shown)
    checkField(article.id, name: "id", of: shown, limited: false)
    for (name, value) in [
      ("source", article.source), ("url", article.url), ("language", article.language),
    ] {
      if let value { checkField(value, name: name, of: shown) }
    }
    FuzzCheck.require(
      article.category.count <= limits.maxCategoryEntries,
      "\(shown) keeps \(article.category.count) category entries")
    for entry in article.category { checkField(entry, name: "category entry", of: shown) }
    if let views = article.views { FuzzCheck.require(views >= 0, "\(shown) has \(views) views") }
    if let date = article.published {
      FuzzCheck.require(
        (1...9999).contains(date.year) && (1...12).contains(date.month)
          && (1...31).contains(date.day),
        "\(shown) has the impossible date \(date.year)-\(date.month)-\(date.day)")
      if let seconds = date.secondsOfDay {
        FuzzCheck.require((0..<86_400).contains(seconds), "\(shown) has \(seconds) s of day")
      }
    }
    FuzzCheck.require(
      article.location.relativePath == Self.path,
      "\(shown) located in \(FuzzCheck.shown(article.location.relativePath))")
  }

  /// A kept text field: not empty, trimmed, in NFC, and (when `limited`) within the limit.
  private func checkField(_ value: String, name: String, of shown: String, limited: Bool = true) {
    FuzzCheck.require(!value.isEmpty, "\(shown): empty \(name)")
    let scalars = value.unicodeScalars
    if let first = scalars.first, let last = scalars.last {
      FuzzCheck.require(
        !first.properties.isWhitespace && !last.properties.isWhitespace,
        "\(shown): \(name) \(FuzzCheck.shown(value)) is not trimmed")
    }
    if limited {
      FuzzCheck.require(
        value.count <= limits.maxFieldCharacters,
        "\(shown): \(name) keeps \(value.count) characters")
      FuzzCheck.require(
        value.utf8.count <= limits.maxFieldBytes,
        "\(shown): \(name) keeps \(value.utf8.count) bytes")
    }
    let composed = value.precomposedStringWithCanonicalMapping
    FuzzCheck.require(
      composed.unicodeScalars.elementsEqual(scalars),
      "\(shown): \(name) \(FuzzCheck.shown(value)) is not in NFC")
  }

  // MARK: - Bodies

  /// The body of an article just parsed from these bytes can be read from them.
  private func checkBody(of article: Article) -> ArticleBody {
    let body: ArticleBody
    do {
      body = try ArticleFileDecoder.body(
        bytes: bytes, relativePath: Self.path, index: article.location.index,
        expectedTitle: article.title, limits: limits)
    } catch {
      FuzzCheck.fail("the body of \(FuzzCheck.shown(article.id)) cannot be read: \(error)")
    }
    for paragraph in body.paragraphs {
      FuzzCheck.require(!paragraph.isEmpty, "an empty paragraph")
      let scalars = paragraph.unicodeScalars
      if let first = scalars.first, let last = scalars.last {
        FuzzCheck.require(
          !first.properties.isWhitespace && !last.properties.isWhitespace,
          "paragraph \(FuzzCheck.shown(paragraph)) is not trimmed")
      }
      FuzzCheck.require(
        !scalars.contains { $0 == "\r" || $0 == "\u{2028}" || $0 == "\u{2029}" || $0 == "\u{85}" },
        "paragraph \(FuzzCheck.shown(paragraph)) keeps a line end other than \\n")
    }
    return body
  }

  /// Body search over the file's bytes finds `article` by a run of characters of one of its
  /// paragraphs (without whitespace, which paragraph splitting may have changed); returns
  /// whether a search ran.
  private func checkBodySearch(finds article: Article, paragraph: String) -> Bool {
    let characters = Array(paragraph)
    let middle = characters.count / 2
    var start = middle
    while start > 0 && start > middle - 3 && !isSpace(characters[start - 1]) { start -= 1 }
    var end = middle
    while end < characters.count && end < middle + 3 && !isSpace(characters[end]) { end += 1 }
    guard start < end else { return false }
    let pattern = SearchPattern(String(characters[start..<end]))
    guard !pattern.isEmpty else { return false }
    var scanner = ArticleJSONScanner(bytes: bytes, relativePath: Self.path, limits: limits)
    let matching: [Int?]
    do {
      matching = try scanner.scanBodyMatches(pattern)
    } catch {
      FuzzCheck.fail("body search failed on a file that loaded: \(error)")
    }
    FuzzCheck.require(
      matching.contains(article.location.index),
      "body search for \(FuzzCheck.shown(pattern.text)) did not find article "
        + "\(FuzzCheck.shown(article.id)) (found \(matching)); paragraph "
        + FuzzCheck.shown(paragraph))
    return true
  }

  private func isSpace(_ character: Character) -> Bool {
    character.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x20 }
  }
}
