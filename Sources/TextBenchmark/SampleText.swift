/// Deterministic mixed CJK announcement text for the benchmark.
///
/// Paragraphs mix simplified and traditional Chinese, Japanese, Korean and English sentences
/// with URLs, numbers, dates, brackets, quotes, ellipses and a few emoji, the way scraped civic
/// notices do.
struct SampleText {
  private static let sentences = [
    "今年是全面振兴新突破三年行动的首战之年,也是文明城市创建的大考之年。",
    "爭創全域全國文明城市,是全面振興新突破題中應有之義,也是全市文化領域的重點工作。",
    "昨日，我市召开文明委（扩大）会议暨争创全域全国文明城市推进会议，对争创工作进行了再动员、再部署。",
    "「市民の皆さまへ」：令和5年度の住民税は、6月から納付が始まります。詳しくはホームページをご覧ください。",
    "ゴミの収集日が変わります……ご注意ください！ニュースレター第12号を発行しました。",
    "서울시는 2023년 5월부터 새로운 교통 정책을 시행합니다. 자세한 내용은 누리집을 참고하시기 바랍니다.",
    "The city council approved the 2023 budget of $12.5 million on Tuesday (see https://example.gov/budget/2023?lang=en for details).",
    "Residents can report potholes at www.example.org/report — the service runs 24/7.",
    "发布时间:2023-05-05 信息来源:盘锦日报 浏览次数:546",
    "“文明城市”既是形象的比拼，更是内涵的比拼——要下足绣花功夫。",
    "活動期間：2023年4月1日〜4月30日（土・日・祝日を除く）🎉",
    "詳細請見官方網站：https://www.gov.example.tw/news/12345 。",
  ]

  /// About `byteCount` bytes of text: paragraphs of 2–12 sentences separated by newlines.
  static func make(byteCount: Int, seed: UInt64 = 0x9E37_79B9_7F4A_7C15) -> String {
    var state = seed
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    var text = ""
    text.reserveCapacity(byteCount + 4096)
    while text.utf8.count < byteCount {
      let count = 2 + next(11)
      for _ in 0..<count {
        text += sentences[next(sentences.count)]
      }
      text += "\n"
    }
    return text
  }
}
