extension ReaderState {
  /// What the header shows.
  var headerContent: HeaderView.Content {
    HeaderView.Content(dataDirectory: dataDirectory, query: query)
  }

  /// What the article list shows.
  var listContent: ArticleListView.Content {
    let emptiness: ArticleListView.Content.Emptiness
    if filter.pending {
      emptiness = .filtering
    } else if hasFilter {
      emptiness = .noMatch
    } else if !loading.finished {
      emptiness = .loading
    } else {
      emptiness = .noArticles(in: dataDirectory)
    }
    return ArticleListView.Content(
      articles: store.articles, rows: rows, top: list.top, selectedRow: list.selectedRow,
      focused: focus == .list, emptiness: emptiness)
  }

  /// What the reader pane shows: the document of the selected article only.
  var paneContent: ArticlePaneView.Content {
    let shown = document.flatMap { $0.article == reader.article ? $0 : nil }
    return ArticlePaneView.Content(
      document: shown, top: reader.top, currentMatch: reader.currentMatch)
  }

  /// What the status line says.
  var statusContent: StatusLineView.Content {
    let count = rowCount
    let percent = document.map {
      StatusLineView.readerPercent(
        lines: $0.lines.count, height: layout.readerText.height, top: reader.top)
    }
    let bodySearchPercent =
      bodySearch.running
      ? (bodySearch.total > 0 ? bodySearch.searched * 100 / bodySearch.total : 0) : nil
    return StatusLineView.Content(
      position: count == 0 ? 0 : list.selectedRow + 1, rowCount: count, readerPercent: percent,
      message: message, problemCount: loading.problems.count, loadFinished: loading.finished,
      loadProgress: loading.progress, filtering: filter.pending,
      bodySearchPercent: bodySearchPercent)
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
