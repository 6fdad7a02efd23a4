import GazetteModel
import GazetteText

extension ReaderState {
  /// The selected article and its arrival index, when the list has one.
  private var selectedArticle: (index: Int32, article: Article)? {
    guard list.selectedRow >= 0, list.selectedRow < rowCount else { return nil }
    let index = rows[list.selectedRow]
    return (index, store.articles[Int(index)])
  }

  /// The selected article's URL, checked; when it is refused, sets the message (`refusal`
  /// then the reason) and returns nil.
  private mutating func selectedAddress(refusal: String) -> WebAddress? {
    guard let selected = selectedArticle else {
      message = "No article selected"
      return nil
    }
    do {
      return try WebAddress(validating: selected.article.url)
    } catch {
      message = refusal + error.description
      return nil
    }
  }

  /// `open-url`: the selected article's URL in the browser.
  mutating func openURL() -> [ReaderEffect] {
    guard let address = selectedAddress(refusal: "Not opened: ") else { return [] }
    return [.openURL(address)]
  }

  /// `copy-url`: the selected article's URL on the clipboard, where the terminal allows it.
  mutating func copyURL() -> [ReaderEffect] {
    guard actions.clipboard else {
      message =
        "Copying is off for this terminal (clipboard = \"always\" in the config turns it on)"
      return []
    }
    guard let address = selectedAddress(refusal: "Not copied: ") else { return [] }
    message = "URL copied to the clipboard (OSC 52)"
    return [.copyToClipboard(address.text)]
  }

  /// The selected article as plain text, when its body has been read; sets the message and
  /// returns nil otherwise.
  private mutating func selectedText() -> (index: Int32, text: String)? {
    guard let selected = selectedArticle else {
      message = "No article selected"
      return nil
    }
    switch bodies.peek(selected.index) {
    case .success(let body)?:
      return (selected.index, ArticleText.document(of: selected.article, body: body))
    case .failure(let problem)?:
      message = "This article cannot be read: " + problem.description
      return nil
    case nil:
      message = "The article is still being read; try again in a moment"
      return nil
    }
  }

  /// `save-article`: opens the save prompt with a path in the save directory.
  mutating func askWhereToSave() {
    guard let selected = selectedArticle else {
      message = "No article selected"
      return
    }
    let directory =
      actions.saveDirectory.hasSuffix("/")
      ? String(actions.saveDirectory.dropLast()) : actions.saveDirectory
    var prompt = ActionPrompt(purpose: .savePath, article: selected.index)
    prompt.text = directory + "/" + Self.fileName(for: selected.article)
    actionPrompt = prompt
  }

  /// `pipe-article`: opens the prompt for a shell command.
  mutating func askWhichCommand() {
    guard let selected = selectedArticle else {
      message = "No article selected"
      return
    }
    actionPrompt = ActionPrompt(purpose: .pipeCommand, article: selected.index)
  }

  /// Acts on what a key did in the action prompt.
  mutating func apply(_ outcome: ActionPrompt.Outcome) -> [ReaderEffect] {
    guard let prompt = actionPrompt else { return [] }
    switch outcome {
    case .edited, .unchanged:
      return []
    case .cancelled:
      actionPrompt = nil
      message = prompt.purpose == .pipeCommand ? "Not piped" : "Not saved"
      return []
    case .accepted:
      actionPrompt = nil
      return run(prompt)
    }
  }

  private mutating func run(_ prompt: ActionPrompt) -> [ReaderEffect] {
    switch prompt.purpose {
    case .overwrite(let request):
      return [.saveArticle(request, replacing: true)]
    case .savePath, .pipeCommand:
      break
    }
    let typed = prompt.text.trimmingSpaces
    guard !typed.isEmpty else {
      message = prompt.purpose == .pipeCommand ? "Not piped: no command" : "Not saved: no path"
      return []
    }
    // The article the prompt was opened on, even if the selection moved meanwhile.
    guard list.selectedRow < rowCount, rows[list.selectedRow] == prompt.article,
      let text = selectedText()?.text
    else {
      if message == nil { message = "The article changed; nothing done" }
      return []
    }
    if prompt.purpose == .pipeCommand {
      return [.pipeArticle(command: typed, text: text)]
    }
    return [.saveArticle(SaveRequest(path: expandingHome(typed), text: text), replacing: false)]
  }

  /// `~/…` in a typed path means the home directory.
  private func expandingHome(_ path: String) -> String {
    guard let home = actions.home, path == "~" || path.hasPrefix("~/") else { return path }
    return home + path.dropFirst()
  }

  /// Reports a save; an existing file asks whether to replace it.
  mutating func finishSave(_ request: SaveRequest, outcome: FileWriting.Outcome) -> [ReaderEffect] {
    switch outcome {
    case .written:
      message = "Saved to \(request.path)"
    case .exists:
      actionPrompt = ActionPrompt(
        purpose: .overwrite(request), article: reader.article ?? -1)
    case .failed(let reason):
      message = "Not saved to \(request.path): \(reason)"
    }
    return []
  }

  /// A file name for `article`: its title (else its id) with only letters, digits, `.`, `_`
  /// and `-` (anything else becomes `-`), at most 60 characters, and `.txt`.
  static func fileName(for article: Article) -> String {
    func cleaned(_ text: String) -> String {
      var result = ""
      for character in text {
        let keep =
          character.isLetter || character.isNumber || character == "_" || character == "."
          || character == "-"
        if keep && TerminalSafety.isSafe(character) {
          result.append(character)
        } else if !result.isEmpty, result.last != "-" {
          result.append("-")
        }
      }
      while result.last == "-" || result.last == "." { result.removeLast() }
      while result.first == "." || result.first == "-" { result.removeFirst() }
      return String(result.prefix(60))
    }
    let name = cleaned(article.title).isEmpty ? cleaned(article.id) : cleaned(article.title)
    return (name.isEmpty ? "article" : name) + ".txt"
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    var text = Substring(self)
    while text.first?.isWhitespace == true { text.removeFirst() }
    while text.last?.isWhitespace == true { text.removeLast() }
    return String(text)
  }
}
