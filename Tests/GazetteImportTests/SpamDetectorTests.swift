import GazetteImport
import Testing

@Suite struct SpamDetectorTests {
  let detector = SpamDetector()
  let traditional = ScriptProfile(
    "今年是全面振興新突破三年行動的首戰之年,也是文明城市創建的大考之年。爭創全域全國文明城市,是全面振興新突破題中應有之義。")
  let simplified = ScriptProfile("今年是全面振兴新突破三年行动的首战之年，也是文明城市创建的大考之年。争创全域全国文明城市。")

  @Test func theSeedsSpamLineMatchesEveryRule() {
    let line = "欧美系列亚洲系列国产系列,人妻无码专用影院,国产亚洲精品拍拍拍拍拍,欧美一区二区三区精品日韩"
    #expect(
      detector.verdict(line, article: traditional) == [
        .keywordList, .noSentence, .otherScript, .repetition,
      ])
  }

  @Test func keywordListInTheOtherHanScriptIsFlagged() {
    let line = "网络彩票平台,正规娱乐官网,免费注册送彩金"
    #expect(
      detector.verdict(line, article: traditional) == [.keywordList, .noSentence, .otherScript])
  }

  @Test func keywordListInAnotherWritingSystemIsFlagged() {
    let line = "cheap watches, replica bags, best casino online, free spins"
    #expect(
      detector.verdict(line, article: simplified) == [.keywordList, .noSentence, .otherScript])
  }

  @Test func stuffingInTheArticlesOwnScriptIsFlaggedByRepetition() {
    let line = "精品推荐,热门推荐,推荐推荐推荐推荐----"
    #expect(
      detector.verdict(line, article: simplified) == [.keywordList, .noSentence, .repetition])
  }

  @Test func proseAndHonestListsAreNotFlagged() {
    for paragraph in [
      "爭創是政治任務,必須詮釋忠誠;爭創是發展所需,必須擔起使命;爭創是民心工程,必須傾情辦好。",
      "文明城市、文明乡村、文明家庭",  // a list, same script, no stuffing
      "联系人：张三,电话：0427-1234567,地址：兴隆台区",  // labelled fields
      "附件：1. 实施方案 2. 责任分工表",
      "打好打贏爭創攻堅戰,必須明確目標",  // only two phrases
    ] {
      #expect(detector.verdict(paragraph, article: simplified) == nil, "\(paragraph)")
    }
    #expect(
      detector.verdict(
        "Tokyo, Osaka, Kyoto, Nagoya", article: ScriptProfile("The city of Tokyo is large.")) == nil
    )
    // The known false positive (docs/import.md): a bare list of Latin names in a CJK article
    // looks exactly like injected Latin keywords.
    #expect(detector.verdict("Tokyo, Osaka, Kyoto", article: simplified) != nil)
  }

  @Test func languageOfAProfile() {
    #expect(traditional.language == "zh-Hant")
    #expect(simplified.language == "zh-Hans")
    #expect(ScriptProfile("粗大ごみの収集日が変わります").language == "ja")
    #expect(ScriptProfile("제22대 국회의원선거 투표소 안내").language == "ko")
    #expect(ScriptProfile("Notice of Public Hearing").language == nil)
  }
}
