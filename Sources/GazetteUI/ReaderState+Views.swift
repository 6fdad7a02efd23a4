import GazetteModel

extension ReaderState {
  /// What the header shows.
  var headerContent: HeaderView.Content {
    HeaderView.Content(
      dataDirectory: dataDirectory, query: query, sort: store.sortOrder, view: readingView,
      arrived: live.arrived.count)
  }

  /// What the article list shows.
  var listContent: ArticleListView.Content {
    let emptiness: ArticleListView.Content.Emptiness
    if filter.pending {
      emptiness = .filtering
    } else if hasFilter {
      emptiness = .noMatch(noMatchLines)
    } else if !loading.finished {
      emptiness = .loading
    } else {
      emptiness = .noArticles(in: dataDirectory)
    }
    return ArticleListView.Content(
      articles: store.articles, rows: rows, marks: marks.values, top: list.top,
      selectedRow: list.selectedRow,
      focused: focus == .list, emptiness: emptiness, formatDate: formatDate, dateWidth: dateWidth)
  }

  /// Why the filters match nothing and which keys change them: "No articles from 大阪市
  /// match “quorum”", then "s: choose other sources · /: change the search (Esc clears it)".
  var noMatchLines: [String] {
    var what = "No articles"
    if !query.sources.isEmpty {
      let names = query.sources.map { "“" + SourceMatcher.label(of: $0) + "”" }
      what += " from " + names.joined(separator: ", ")
    }
    if !query.search.isEmpty { what += " match “\(query.search.text)”" }
    if let since = query.since { what += " since \(since.dayString)" }
    if let until = query.until { what += " until \(until.dayString)" }
    func key(_ command: Command, _ context: KeyContext) -> String? {
      keyMap.listedKeys(for: command, in: context).first?.name
    }
    var hints: [String] = []
    if !query.sources.isEmpty, let pick = key(.pickSource, .list) {
      hints.append("\(pick): choose other sources")
    }
    if !query.search.isEmpty, let search = key(.search, .list) {
      let clear = key(.cancel, .prompt).map { " (\($0) clears it)" } ?? ""
      hints.append("\(search): change the search" + clear)
    }
    if query.since != nil || query.until != nil {
      hints.append("the dates come from the command line (--since, --until)")
    }
    return [what] + (hints.isEmpty ? [] : [hints.joined(separator: " · ")])
  }

  /// What the reader pane shows: the document of the selected article only.
  var paneContent: ArticlePaneView.Content {
    let shown = document.flatMap { $0.article == reader.article ? $0 : nil }
    let empty = rowCount == 0 && hasFilter && !filter.pending
    return ArticlePaneView.Content(
      document: shown, top: reader.top, currentMatch: reader.currentMatch,
      emptyLines: empty ? noMatchLines : [])
  }

  /// What the status line says.
  var statusContent: StatusLineView.Content {
    let count = rowCount
    let position = document.map {
      StatusLineView.readerPosition(
        lines: $0.lines.count, height: layout.readerText.height, top: reader.top)
    }
    let bodySearchPercent =
      bodySearch.running
      ? (bodySearch.total > 0 ? bodySearch.searched * 100 / bodySearch.total : 0) : nil
    return StatusLineView.Content(
      position: count == 0 ? 0 : list.selectedRow + 1, rowCount: count, readerPosition: position,
      message: message, problemCount: loading.problems.count, loadFinished: loading.finished,
      loadProgress: loading.progress, filtering: filter.pending,
      bodySearchPercent: bodySearchPercent,
      stateProblem: marks.problem == nil ? nil : "marks not saved",
      unreadCount: marks.isOpen ? marks.unreadCount : nil,
      newCount: marks.isOpen ? marks.newCount : nil)
  }

  /// What the search prompt shows, while it is open.
  var promptContent: SearchPromptView.Content? {
    prompt.map {
      SearchPromptView.Content(
        text: $0.text, found: rowCount, filtering: filter.pending,
        searchingBodies: bodySearch.running)
    }
  }

  /// What the source picker shows, while it is open.
  var pickerContent: SourcePickerView.Content? {
    guard case .sourcePicker(let picker)? = overlay else { return nil }
    return SourcePickerView.Content(
      picker: picker, sourceCount: sources.count, articleCount: store.count)
  }
}
