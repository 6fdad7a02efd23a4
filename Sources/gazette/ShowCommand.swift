import ArgumentParser
import GazetteModel
import GazetteText
import GazetteUI

/// `gazette show ID`: one article, wrapped to the terminal or to `--width`.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Print one article: title, metadata and body wrapped to the width.",
    discussion: "The width is the terminal's, or 80 when not printing to a terminal."
  )

  @OptionGroup var dataOptions: DataOptions

  @Argument(
    help: ArgumentHelp(
      "The article's id, as `gazette list --ids` prints it.", valueName: "id"))
  var id: String

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp("Wrap to this many columns (at least 1).", valueName: "n"))
  var width: Int?

  @Flag(name: .long, help: "Print the article and its body paragraphs as a JSON object.")
  var json = false

  func run() throws {
    // Checked here rather than in validate(), which would add the whole usage summary.
    if let width, width < 1 {
      throw UsageError("--width \(width): the width must be at least 1 column.")
    }
    let loaded = LoadedArticles(directory: try dataOptions.resolvedDirectory())
    guard let article = loaded.result.articles.first(where: { $0.id == id }) else {
      TerminalOutput.printError(
        "gazette: no article with id \"\(TextLayout.sanitizeLine(id))\" in \(loaded.directory). "
          + "`gazette list --ids` shows the ids.")
      throw ExitCode.failure
    }
    let body: ArticleBody
    do {
      body = try BodyReader(root: loaded.directory).body(of: article)
    } catch {
      // The problem names the file, and a file name can hold escape sequences.
      TerminalOutput.printError("gazette: " + TextLayout.sanitizeLine(error.description))
      throw ExitCode.failure
    }
    var output = StandardOutput()
    if json {
      output.write(bytes: ArticleJSON.article(article, body: body, directory: loaded.directory))
      output.line("")
    } else {
      let columns = width ?? TerminalOutput.columns ?? 80
      for line in ArticleText.lines(of: article, body: body, width: columns) {
        output.line(line)
      }
    }
    output.flush()
  }
}
