import GazetteConfig
import Testing

@testable import GazetteUI

/// The parts of the screen a config file's `[colors]` names are the theme's fields.
@Suite struct ThemeConfigNamesTests {
  @Test func colorElementNamesAreTheThemeFieldsInSnakeCase() {
    let fields = Mirror(reflecting: Theme.color).children.compactMap(\.label)
    let snakeCase = fields.map { field in
      field.reduce(into: "") { name, character in
        if character.isUppercase {
          name += "_" + character.lowercased()
        } else {
          name.append(character)
        }
      }
    }
    #expect(snakeCase == ColorStyle.elementNames)
  }
}
