import GazetteImport
import XCTest

final class SpamDetectorTests: XCTestCase {
  let detector = SpamDetector()
  let traditional = ScriptProfile(
    "今年是全面振興新突破三年行動的首戰之年,也是文明城市創建的大考之年。爭創全域全國文明城市,是全面振興新突破題中應有之義。")
  let simplified = ScriptProfile("今年是全面振兴新突破三年行动的首战之年，也是文明城市创建的大考之年。争创全域全国文明城市。")

  func testTheSeedsSpamLineMatchesEveryRule() {
    let line = "欧美系列亚洲系列国产系列,人妻无码专用影院,国产亚洲精品拍拍拍拍拍,欧美一区二区三区精品日韩"
    XCTAssertEqual(
      detector.verdict(line, article: traditional),
      [.keywordList, .noSentence, .otherScript, .repetition])
  }

  func testKeywordListInTheOtherHanScriptIsFlagged() {
    let line = "网络彩票平台,正规娱乐官网,免费注册送彩金"
    XCTAssertEqual(
      detector.verdict(line, article: traditional), [.keywordList, .noSentence, .otherScript])
  }

  func testKeywordListInAnotherWritingSystemIsFlagged() {
    let line = "cheap watches, replica bags, best casino online, free spins"
    XCTAssertEqual(
      detector.verdict(line, article: simplified), [.keywordList, .noSentence, .otherScript])
  }

  func testStuffingInTheArticlesOwnScriptIsFlaggedByRepetition() {
    let line = "精品推荐,热门推荐,推荐推荐推荐推荐----"
    XCTAssertEqual(
      detector.verdict(line, article: simplified), [.keywordList, .noSentence, .repetition])
  }

  func testProseAndHonestListsAreNotFlagged() {
    for paragraph in [
      "爭創是政治任務,必須詮釋忠誠;爭創是發展所需,必須擔起使命;爭創是民心工程,必須傾情辦好。",
      "文明城市、文明乡村、文明家庭",  // a list, same script, no stuffing
      "联系人：张三,电话：0427-1234567,地址：兴隆台区",  // labelled fields
      "附件：1. 实施方案 2. 责任分工表",
      "打好打贏爭創攻堅戰,必須明確目標",  // only two phrases
    ] {
      XCTAssertNil(detector.verdict(paragraph, article: simplified), paragraph)
    }
    XCTAssertNil(
      detector.verdict(
        "Tokyo, Osaka, Kyoto, Nagoya", article: ScriptProfile("The city of Tokyo is large.")))
    // The known false positive (docs/import.md): a bare list of Latin names in a CJK article
    // looks exactly like injected Latin keywords.
    XCTAssertNotNil(detector.verdict("Tokyo, Osaka, Kyoto", article: simplified))
  }

  func testLanguageOfAProfile() {
    XCTAssertEqual(traditional.language, "zh-Hant")
    XCTAssertEqual(simplified.language, "zh-Hans")
    XCTAssertEqual(ScriptProfile("粗大ごみの収集日が変わります").language, "ja")
    XCTAssertEqual(ScriptProfile("제22대 국회의원선거 투표소 안내").language, "ko")
    XCTAssertNil(ScriptProfile("Notice of Public Hearing").language)
  }
}
