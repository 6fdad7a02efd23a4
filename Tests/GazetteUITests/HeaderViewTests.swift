import GazetteModel
import Testing

@testable import GazetteTerminal
@testable import GazetteUI

@Suite struct HeaderViewTests {
  @Test func aLongDataPathGivesWayToTheFilters() {
    let path = "/home/reporter/archives/civic-notices/liaoning/panjin/2015-2025/mirror"
    let options = ReaderOptions(
      dataDirectory: path, query: ArticleQuery(search: SearchPattern("停水")))
    let backend = MemoryBackend(
      size: GridSize(width: 60, height: 20),
      steps: [.capture, MemoryBackend.press(.character("q"))])
    _ = ReaderApp(options: options, provider: SampleArticles.provider).run(on: backend)
    let header = backend.captures[0].rowText(0)
    #expect(header.hasPrefix("Gazette  …"))
    #expect(header.contains("panjin/2015-2025/mirror  search: 停水"))
  }

  @Test func aLongPathKeepsItsLastFolderWhole() {
    let path =
      "/home/reporter/archives/civic-notice/a-rather-long-folder-name/and-yet-another-level"
      + "/liaoning/panjin/boil-water-notices-2024"
    #expect(path.count == 124)
    let backend = MemoryBackend(
      size: GridSize(width: 40, height: 20),
      steps: [.capture, MemoryBackend.press(.character("q"))])
    _ = ReaderApp(options: ReaderOptions(dataDirectory: path), provider: SampleArticles.provider)
      .run(on: backend)
    let header = backend.captures[0].rowText(0)
    #expect(header == "Gazette  …panjin/boil-water-notices-2024")
    #expect(header.filter { $0 == "…" }.count == 1)
  }
}
